import { TerraformVariable } from "cdktf";
import { VoiceAgentGuard } from "../../lib/guard";
import { RuleStatus } from "../../lib/rules/rule";
import { secretVariablesSensitive as rule } from "../../lib/rules/secret-variables-sensitive";
import { appAndStack, findings, statuses } from "./resource-rule-kit";

describe("VAW-SECRET-3 variables named like secrets are declared sensitive", () => {
  test("passes sensitive secret-named variables and ignores other names", () => {
    const { stack } = appAndStack();
    new TerraformVariable(stack, "twilio_auth_token", { type: "string", sensitive: true });
    new TerraformVariable(stack, "region", { type: "string" });
    expect(statuses(rule, stack)).toEqual({
      "guarded/twilio_auth_token#sensitive": RuleStatus.COMPLIANT,
    });
  });

  test("warns about a secret-named variable that is not sensitive", () => {
    const { stack } = appAndStack();
    new TerraformVariable(stack, "soe_password", { type: "string" });
    new TerraformVariable(stack, "ibmcloud_api_key", { type: "string" });
    const found = findings(stack, "VAW-SECRET-3");
    expect(found.map((f) => [f.constructPath, f.level, f.blocking])).toEqual([
      ["guarded/ibmcloud_api_key", "warning", false],
      ["guarded/soe_password", "warning", false],
    ]);
    expect(found[0].message).toBe(
      "sensitive must be true for a variable named like a secret, got undefined",
    );
  });

  test("judges the rendered flag, so a sensitive flag from an expression is not taken as sensitive", () => {
    const { stack } = appAndStack();
    new TerraformVariable(stack, "api_key", { type: "string" }).addOverride(
      "sensitive",
      "${var.flag}",
    );
    expect(statuses(rule, stack)["guarded/api_key#sensitive"]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("an acknowledgement accepts a secret-named variable that holds no secret", () => {
    const { stack } = appAndStack();
    const v = new TerraformVariable(stack, "token_ttl_seconds", { type: "number" });
    VoiceAgentGuard.acknowledge(v, {
      ruleId: "VAW-SECRET-3",
      reason: "holds a lifetime in seconds, not a token",
    });
    expect(findings(stack, "VAW-SECRET-3")[0]).toMatchObject({
      acknowledgement: { constructPath: "guarded/token_ttl_seconds" },
    });
  });

  test("an addOverride that drops sensitive from a secret variable is found", () => {
    const { stack } = appAndStack();
    new TerraformVariable(stack, "soe_password", { type: "string", sensitive: true }).addOverride(
      "sensitive",
      false,
    );
    expect(statuses(rule, stack)["guarded/soe_password#sensitive"]).toBe(RuleStatus.NON_COMPLIANT);
  });
});
