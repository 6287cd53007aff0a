import { TerraformLocal, TerraformVariable } from "cdktf";
import { ApiAccountsSipCredentialListsCredentials } from "../../.gen/providers/twilio/api-accounts-sip-credential-lists-credentials";
import { CodeEngineSecret } from "../../.gen/providers/ibm/code-engine-secret";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { SmArbitrarySecret } from "../../.gen/providers/ibm/sm-arbitrary-secret";
import { VoiceAgentGuard } from "../../lib/guard";
import { RuleStatus } from "../../lib/rules/rule";
import { secretVariablesSensitive as rule } from "../../lib/rules/secret-variables-sensitive";
import { appAndStack, findings, statuses } from "./resource-rule-kit";

const sipCredential = (stack: any, password: string) =>
  new ApiAccountsSipCredentialListsCredentials(stack, "sip", {
    credentialListSid: "CL1",
    username: "agent",
    password,
  });

describe("VAW-SECRET-3 variables that feed secret-holding attributes are declared sensitive", () => {
  test("passes a sensitive variable that feeds a secrets manager payload", () => {
    const { stack } = appAndStack();
    const v = new TerraformVariable(stack, "payload", { type: "string", sensitive: true });
    new SmArbitrarySecret(stack, "sm", { instanceId: "guid", name: "n", payload: v.stringValue });
    expect(statuses(rule, stack)).toEqual({ "guarded/payload#sensitive": RuleStatus.COMPLIANT });
  });

  test("warns about a plain variable that feeds a SIP credential's password, naming the attribute", () => {
    const { stack } = appAndStack();
    sipCredential(stack, new TerraformVariable(stack, "sip_pw", { type: "string" }).stringValue);
    const [f] = findings(stack, "VAW-SECRET-3");
    expect([f.constructPath, f.level, f.blocking]).toEqual(["guarded/sip_pw", "warning", false]);
    expect(f.message).toBe(
      "sensitive must be true for a variable that feeds twilio_api_accounts_sip_credential_lists_credentials.sip.password, which holds a secret, got undefined",
    );
  });

  test("follows the variable through a local and a template into code engine secret data", () => {
    const { stack } = appAndStack();
    const v = new TerraformVariable(stack, "registry_key", { type: "string" });
    const local = new TerraformLocal(stack, "key", `iam-${v.stringValue}`);
    new CodeEngineSecret(stack, "reg", {
      projectId: "p",
      name: "reg",
      format: "generic",
      data: { apikey: local.asString },
    });
    expect(statuses(rule, stack)["guarded/registry_key#sensitive"]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("never fires on a name alone: secret-named variables that feed names, ids, paths and flags pass", () => {
    const { stack } = appAndStack();
    const names = [
      "sm_secret_name",
      "existing_secret_id",
      "api_key_file_path",
      "cors_allow_credentials",
    ];
    const vars = names.map((n) => new TerraformVariable(stack, n, { type: "string" }));
    new TerraformVariable(stack, "twilio_auth_token", { type: "string" });
    new ResourceInstance(stack, "sm", {
      name: vars[0].stringValue,
      service: "secrets-manager",
      plan: "standard",
      location: "us-south",
      tags: vars.slice(1).map((v) => v.stringValue),
    });
    expect(findings(stack, "VAW-SECRET-3")).toEqual([]);
  });

  test("ignores bool and number variables, which cannot hold a key", () => {
    const { stack } = appAndStack();
    const flag = new TerraformVariable(stack, "use_password", { type: "bool" });
    sipCredential(stack, `\${var.${flag.friendlyUniqueId} ? "a" : "b"}`);
    expect(findings(stack, "VAW-SECRET-3")).toEqual([]);
  });

  test("judges the rendered flag, so a sensitive flag from an expression or an override is not taken as sensitive", () => {
    const { stack } = appAndStack();
    const a = new TerraformVariable(stack, "a", { type: "string", sensitive: true });
    a.addOverride("sensitive", "${var.flag}");
    const b = new TerraformVariable(stack, "b", { type: "string", sensitive: true });
    b.addOverride("sensitive", false);
    sipCredential(stack, `${a.stringValue}${b.stringValue}`);
    expect(statuses(rule, stack)).toEqual({
      "guarded/a#sensitive": RuleStatus.NON_COMPLIANT,
      "guarded/b#sensitive": RuleStatus.NON_COMPLIANT,
    });
  });

  test("an acknowledgement accepts a plain variable feeding a secret attribute", () => {
    const { stack } = appAndStack();
    const v = new TerraformVariable(stack, "sip_pw", { type: "string" });
    sipCredential(stack, v.stringValue);
    VoiceAgentGuard.acknowledge(v, {
      ruleId: "VAW-SECRET-3",
      reason: "set only from the vault-injected TF_VAR in CI, plan output is not kept",
    });
    expect(findings(stack, "VAW-SECRET-3")[0]).toMatchObject({
      acknowledgement: { constructPath: "guarded/sip_pw" },
    });
  });
});
