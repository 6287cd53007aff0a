import { pciEventsNotForwarded as rule } from "../../lib/rules/pci-events-not-forwarded";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-EVT-2 agents that take card data forward no transcription or turn events", () => {
  test("passes a pci agent that forwards only cdr events", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails a pci agent that forwards transcription and turn events", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.transcriptionEvents = { enabled: true, database: "t" };
      s.manifest.eventForwarding.turnEvents = { enabled: true, database: "u" };
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.eventForwarding.transcriptionEvents.enabled",
    });
    expect(o.detail).toContain("transcriptionEvents and turnEvents");
  });

  test("fails a pci agent that forwards turn events only", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.turnEvents = { enabled: true, database: "u" };
    });
    expect(o.attributePath).toBe("input.eventForwarding.turnEvents.enabled");
  });

  test("cannot verify when turn forwarding is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      (s.manifest.eventForwarding.turnEvents as any).enabled = "${var.turns}";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.eventForwarding.turnEvents.enabled",
    });
  });

  test("passes a pci agent with event forwarding off", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.enabled = false;
      s.manifest.eventForwarding.turnEvents = { enabled: true, database: "u" };
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("does not apply to agents without pci data", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII", "PHI"];
      s.manifest.eventForwarding.turnEvents = { enabled: true, database: "u" };
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
