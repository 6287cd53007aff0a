import { callerUrisKeptFromEventStores as rule } from "../../lib/rules/caller-uris-kept-from-event-stores";
import { RuleStatus, Severity } from "../../lib/rules/rule";
import { AgentStack, outcomeOf, withSoe } from "./fixtures/agent-stack";

const forwardTurns = (s: AgentStack) => {
  s.manifest.dataClasses = ["PII"];
  s.manifest.eventForwarding.turnEvents = { enabled: true, database: "support-turns" };
};

describe("VAW-DATA-2 voice agents that forward turn or transcription events reach watson assistant through an soe", () => {
  test("passes turn forwarding through an soe", () => {
    const o = outcomeOf(rule, (s) => {
      forwardTurns(s);
      withSoe(s);
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("warns when turn events are forwarded and watson assistant is called directly", () => {
    const o = outcomeOf(rule, forwardTurns);
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.conversation.location1.serviceType",
      severity: Severity.WARNING,
    });
    expect(o.detail).toContain("conversation.location1, conversation.location2");
  });

  test("is an error for a phi agent", () => {
    const o = outcomeOf(rule, (s) => {
      forwardTurns(s);
      s.manifest.dataClasses = ["PHI"];
    });
    expect(o.severity).toBe(Severity.ERROR);
  });

  test("cannot verify when transcription forwarding is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      (s.manifest.eventForwarding.transcriptionEvents as any).enabled = "${var.transcripts}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to cdr-only forwarding, sms agents or agents not sending sip uris", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.NOT_APPLICABLE);
    const sms = outcomeOf(rule, (s) => {
      forwardTurns(s);
      s.manifest.agentType = "SMS";
      delete s.manifest.sipTrunk;
    });
    expect(sms.status).toBe(RuleStatus.NOT_APPLICABLE);
    const noUris = outcomeOf(rule, (s) => {
      forwardTurns(s);
      for (const k of Object.keys(s.manifest.serviceDefaults))
        if (k.startsWith("sendSip")) s.manifest.serviceDefaults[k] = false;
    });
    expect(noUris.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
