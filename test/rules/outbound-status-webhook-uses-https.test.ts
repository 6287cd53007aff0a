import { outboundStatusWebhookUsesHttps as rule } from "../../lib/rules/outbound-status-webhook-uses-https";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-OUT-3 the outbound calls status webhook uses https", () => {
  test("passes an https webhook", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails an http webhook", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.outboundCalling.statusWebhookUrl = "http://hooks.example.com/status";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.outboundCalling.statusWebhookUrl",
    });
  });

  test("cannot verify an expression webhook", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.outboundCalling.statusWebhookUrl = "${var.webhook}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply without outbound calling or without a webhook", () => {
    const off = outcomeOf(rule, (s) => {
      s.manifest.outboundCalling.enabled = false;
      s.manifest.outboundCalling.statusWebhookUrl = "http://hooks.example.com/status";
    });
    expect(off.status).toBe(RuleStatus.NOT_APPLICABLE);
    const none = outcomeOf(rule, (s) => delete s.manifest.outboundCalling.statusWebhookUrl);
    expect(none.status).toBe(RuleStatus.NOT_APPLICABLE);
  });

  test("cannot be acknowledged", () => {
    expect(rule.acknowledgeable).toBe(false);
  });
});
