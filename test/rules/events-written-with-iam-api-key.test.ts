import { eventsWrittenWithIamApiKey as rule } from "../../lib/rules/events-written-with-iam-api-key";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-EVT-1 forwarded events are written with an iam api key", () => {
  test("passes api key authentication", () => {
    expect(outcomeOf(rule)).toMatchObject({
      status: RuleStatus.COMPLIANT,
      attributePath: "input.eventForwarding.authentication",
    });
  });

  test("fails legacy cloudant credentials", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.authentication = "legacy";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.eventForwarding.authentication",
    });
    expect(o.detail).toContain('got "legacy"');
  });

  test("cannot verify when the authentication is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.authentication = "${var.auth}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("cannot verify when forwarding itself is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      (s.manifest.eventForwarding as any).enabled = "${var.forward}";
      s.manifest.eventForwarding.authentication = "legacy";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.eventForwarding.enabled",
    });
  });

  test("does not apply when event forwarding is off", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.enabled = false;
      s.manifest.eventForwarding.authentication = "legacy";
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });

  test("does not apply when forwarding is on but no event type is", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.cdrEvents.enabled = false;
      s.manifest.eventForwarding.authentication = "legacy";
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
