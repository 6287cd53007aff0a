import { RuleStatus } from "../../lib/rules/rule";
import { smsWebhookCredentialWriter as rule } from "../../lib/rules/sms-webhook-credential-writer";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-CRED-2 the sms webhook credential has the writer role and serves nothing else", () => {
  test("passes a dedicated writer key", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("warns when the outbound api uses the same key", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.outboundCalling.apiCredential!.resourceKey = "ibm_resource_key.sms_webhook";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sms.webhookCredential.resourceKey",
    });
    expect(o.detail).toContain("outboundCalling.apiCredential");
  });

  test("warns for a reader key, reading the role from the resource key", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_resource_key.sms_webhook.role = "Reader";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sms.webhookCredential.role",
    });
  });

  test("warns for a manager key outside the stack, and leaves stack keys to VAW-KEY-1", () => {
    const existing = outcomeOf(rule, (s) => {
      s.data.ibm_resource_key = { sms: { name: "sms" } };
      s.manifest.sms!.webhookCredential = {
        name: "sms",
        role: "Manager",
        resourceKey: "data.ibm_resource_key.sms",
        purpose: "sms-webhook",
      };
    });
    expect(existing.status).toBe(RuleStatus.NON_COMPLIANT);
    const managed = outcomeOf(rule, (s) => {
      s.resource.ibm_resource_key.sms_webhook.role = "Manager";
    });
    expect(managed.status).toBe(RuleStatus.COMPLIANT);
  });

  test("cannot verify when the role is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_resource_key.sms_webhook.role = "${var.role}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply without an sms webhook credential", () => {
    expect(outcomeOf(rule, (s) => delete s.manifest.sms).status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
