import { TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { DataIbmSmArbitrarySecret } from "../../.gen/providers/ibm/data-ibm-sm-arbitrary-secret";
import { VoiceAgentGuard } from "../../lib/guard";
import { RuleStatus } from "../../lib/rules/rule";
import { secretOutputsSensitive as rule } from "../../lib/rules/secret-outputs-sensitive";
import { appAndStack, findings, secureCloudant, statuses, writerKey } from "./resource-rule-kit";

/** An arbitrary secret read from Secrets Manager (`data.ibm_sm_arbitrary_secret.soe`). */
function smSecret(stack: TerraformStack): DataIbmSmArbitrarySecret {
  return new DataIbmSmArbitrarySecret(stack, "soe", {
    instanceId: "11111111-2222-3333-4444-555555555555",
    secretId: "66666666-7777-8888-9999-000000000000",
  });
}

describe("VAW-SECRET-2 outputs that carry secrets are marked sensitive", () => {
  test("passes a sensitive output of a credential and a plain output of a crn", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    const key = writerKey(stack, "key", c);
    new TerraformOutput(stack, "apikey", {
      value: key.credentials.lookup("apikey"),
      sensitive: true,
    });
    new TerraformOutput(stack, "crn", { value: c.crn });
    expect(statuses(rule, stack)).toEqual({
      "guarded/apikey#sensitive": RuleStatus.COMPLIANT,
      "guarded/crn#sensitive": RuleStatus.COMPLIANT,
    });
  });

  test("fails a non-sensitive output of resource key credentials", () => {
    const { stack } = appAndStack();
    const key = writerKey(stack, "key", secureCloudant(stack));
    new TerraformOutput(stack, "apikey", { value: key.credentials.lookup("apikey") });
    const [f] = findings(stack, "VAW-SECRET-2");
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      constructPath: "guarded/apikey",
      address: "output.apikey",
    });
    expect(f.message).toBe(
      "sensitive must be true for an output that reads the secret ibm_resource_key.key.credentials, got undefined",
    );
  });

  test("fails a non-sensitive output that reads a sensitive variable through a local", () => {
    const { stack } = appAndStack();
    const pw = new TerraformVariable(stack, "soe_password", { type: "string", sensitive: true });
    const local = new TerraformLocal(stack, "auth", `soe:${pw.stringValue}`);
    new TerraformOutput(stack, "basic_auth", { value: local.expression });
    expect(statuses(rule, stack)["guarded/basic_auth#sensitive"]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("fails a non-sensitive output of a data source's secret payload", () => {
    const { stack } = appAndStack();
    const secret = smSecret(stack);
    new TerraformOutput(stack, "payload", { value: secret.payload });
    const [f] = findings(stack, "VAW-SECRET-2");
    expect(f).toMatchObject({ constructPath: "guarded/payload", address: "output.payload" });
    expect(f.message).toContain("reads the secret data.ibm_sm_arbitrary_secret.soe.payload");
  });

  test("fails a non-sensitive output of a whole resource or data source that holds a secret", () => {
    const { stack } = appAndStack();
    writerKey(stack, "key", secureCloudant(stack));
    smSecret(stack);
    new TerraformOutput(stack, "whole_key", { value: "${ibm_resource_key.key}" });
    new TerraformOutput(stack, "whole_secret", { value: "${data.ibm_sm_arbitrary_secret.soe}" });
    new TerraformOutput(stack, "all_keys", { value: "${ibm_resource_key.key[*]}" });
    const messages = Object.fromEntries(
      findings(stack, "VAW-SECRET-2").map((f) => [f.address, f.message]),
    );
    expect(messages).toEqual({
      "output.whole_key": expect.stringContaining("reads the secret ibm_resource_key.key,"),
      "output.whole_secret": expect.stringContaining(
        "reads the secret data.ibm_sm_arbitrary_secret.soe,",
      ),
      "output.all_keys": expect.stringContaining("reads the secret ibm_resource_key.key,"),
    });
  });

  test("passes an output of a data source's attribute that is not the secret", () => {
    const { stack } = appAndStack();
    const secret = smSecret(stack);
    new TerraformOutput(stack, "secret_crn", { value: secret.crn });
    expect(statuses(rule, stack)).toEqual({ "guarded/secret_crn#sensitive": RuleStatus.COMPLIANT });
  });

  test("passes an output built from a non-sensitive variable (nothing secret to verify)", () => {
    const { stack } = appAndStack();
    const region = new TerraformVariable(stack, "region", { type: "string" });
    new TerraformOutput(stack, "region_out", { value: region.stringValue });
    expect(statuses(rule, stack)).toEqual({ "guarded/region_out#sensitive": RuleStatus.COMPLIANT });
  });

  test("cannot be acknowledged", () => {
    const { stack } = appAndStack();
    expect(() =>
      VoiceAgentGuard.acknowledge(stack, {
        ruleId: "VAW-SECRET-2",
        reason: "the pipeline masks outputs anyway",
      }),
    ).toThrow(/cannot be acknowledged/);
  });

  test("an addOverride that clears sensitive on a credential output is found", () => {
    const { stack } = appAndStack();
    const key = writerKey(stack, "key", secureCloudant(stack));
    new TerraformOutput(stack, "apikey", {
      value: key.credentials.lookup("apikey"),
      sensitive: true,
    }).addOverride("sensitive", false);
    expect(statuses(rule, stack)["guarded/apikey#sensitive"]).toBe(RuleStatus.NON_COMPLIANT);
  });
});
