import { manifestSecretsAreSensitiveReferences as rule } from "../../lib/rules/manifest-secrets-are-sensitive-references";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf, withSoe } from "./fixtures/agent-stack";

describe("VAW-CRED-3 secrets in the agent manifest are references to sensitive stores", () => {
  test("passes sensitive variables for the sms and soe passwords", () => {
    expect(outcomeOf(rule, withSoe).status).toBe(RuleStatus.COMPLIANT);
  });

  test("passes secrets manager and resource key references", () => {
    const o = outcomeOf(rule, (s) => {
      s.data.ibm_sm_arbitrary_secret = { token: { secret_id: "x", instance_id: "y" } };
      s.manifest.sms!.smsProviderPassword = {
        source: "secrets-manager",
        address: "data.ibm_sm_arbitrary_secret.token",
        field: "payload",
      };
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails a reference to a variable that is not sensitive", () => {
    const o = outcomeOf(rule, (s) => {
      s.variable.twilio_auth_token.sensitive = false;
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sms.smsProviderPassword",
    });
  });

  test("fails a plain string password without showing it", () => {
    const o = outcomeOf(rule, (s) => {
      (s.manifest.sms as any).smsProviderPassword = "my-auth-token-0123";
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
    expect(o.detail).not.toContain("my-auth-token");
  });

  test("fails a reference whose address is not of its source's kind", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sms!.smsProviderPassword = {
        source: "resource-key",
        address: "ibm_cloudant.events",
      };
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("cannot verify a reference to something outside the stack", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sms!.smsProviderPassword = { source: "terraform-variable", address: "var.gone" };
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to an agent whose manifest names no secret", () => {
    expect(outcomeOf(rule, (s) => delete s.manifest.sms).status).toBe(RuleStatus.NOT_APPLICABLE);
  });

  test("cannot be acknowledged", () => {
    expect(rule.acknowledgeable).toBe(false);
  });
});
