import { callAudioUsesSrtp as rule } from "../../lib/rules/call-audio-uses-srtp";
import { RuleStatus, Severity } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-SIP-3 call audio uses srtp", () => {
  test("passes srtp media", () => {
    expect(outcomeOf(rule)).toMatchObject({
      status: RuleStatus.COMPLIANT,
      attributePath: "input.sipTrunk.media",
    });
  });

  test("fails rtp media as an error for a phi agent", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII", "PHI"];
      s.manifest.sipTrunk!.media = "rtp";
    });
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.ERROR });
    expect(o.detail).toContain('got "rtp"');
  });

  test("fails rtp media as a warning for a pii-only agent", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII"];
      s.manifest.sipTrunk!.media = "rtp";
    });
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.WARNING });
  });

  test("treats a manifest without data classes as pii-only", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = [];
      s.manifest.sipTrunk!.media = "rtp";
    });
    expect(o.severity).toBe(Severity.WARNING);
  });

  test("cannot verify when media is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.media = "${var.media}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to an sms agent without a trunk", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.agentType = "SMS";
      delete s.manifest.sipTrunk;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
