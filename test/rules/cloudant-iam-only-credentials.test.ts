import * as fs from "fs";
import * as path from "path";
import { TerraformVariable } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { VoiceAgentGuard } from "../../lib/guard";
import { cloudantIamOnlyCredentials as rule } from "../../lib/rules/cloudant-iam-only-credentials";
import { RuleStatus } from "../../lib/rules/rule";
import { appAndStack, findings, secureCloudant, statuses } from "./resource-rule-kit";

const cloudant = (stack: any, id: string, legacyCredentials?: any) =>
  new Cloudant(stack, id, {
    name: id,
    location: "us-south",
    plan: "standard",
    legacyCredentials,
    enableCors: false,
  });

describe("VAW-CLOUDANT-1 cloudant instances use IAM credentials only", () => {
  test("passes a cloudant with legacy_credentials = false", () => {
    const { stack } = appAndStack();
    secureCloudant(stack);
    expect(statuses(rule, stack)).toEqual({
      "guarded/events#legacy_credentials": RuleStatus.COMPLIANT,
    });
  });

  test("fails a cloudant with legacy_credentials = true", () => {
    const { stack } = appAndStack();
    cloudant(stack, "legacy", true);
    const [f] = findings(stack, "VAW-CLOUDANT-1");
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      constructPath: "guarded/legacy",
      attributePath: "legacy_credentials",
    });
    expect(f.message).toBe("legacy_credentials must be false, got true");
  });

  test("passes a cloudant that leaves legacy_credentials out: the provider sends its default, false", () => {
    const { stack } = appAndStack();
    cloudant(stack, "omitted");
    expect(statuses(rule, stack)).toEqual({
      "guarded/omitted#legacy_credentials": RuleStatus.COMPLIANT,
    });
  });

  test("judges legacy_credentials held in a variable by its literal default, and says so", () => {
    const { stack } = appAndStack();
    const on = new TerraformVariable(stack, "legacy_on", { type: "bool", default: true });
    const off = new TerraformVariable(stack, "legacy_off", { type: "bool", default: false });
    cloudant(stack, "on", on.booleanValue);
    cloudant(stack, "off", off.booleanValue);
    expect(statuses(rule, stack)).toEqual({
      "guarded/on#legacy_credentials": RuleStatus.NON_COMPLIANT,
      "guarded/off#legacy_credentials": RuleStatus.COMPLIANT,
    });
    expect(findings(stack, "VAW-CLOUDANT-1")[0].message).toBe(
      'legacy_credentials must be false, got "${var.legacy_on}"; judged by the default of var.legacy_on (a value set at apply time is not seen)',
    );
  });

  test("cannot verify legacy_credentials given by a variable, and says so as a warning", () => {
    const { stack } = appAndStack();
    const v = new TerraformVariable(stack, "legacy", { type: "bool" });
    cloudant(stack, "token", v.booleanValue);
    expect(statuses(rule, stack)["guarded/token#legacy_credentials"]).toBe(
      RuleStatus.CANNOT_VERIFY,
    );
    expect(findings(stack, "VAW-CLOUDANT-1")[0]).toMatchObject({
      level: "warning",
      status: "cannot-verify",
      blocking: false,
    });
  });

  test("judges cloudant created as an ibm_resource_instance by parameters.legacyCredentials", () => {
    const { stack } = appAndStack();
    const base = { location: "us-south", plan: "standard", service: "cloudantnosqldb" };
    new ResourceInstance(stack, "iam", {
      ...base,
      name: "iam",
      parameters: { legacyCredentials: "false" },
    });
    new ResourceInstance(stack, "legacy", { ...base, name: "legacy" });
    new ResourceInstance(stack, "json", {
      ...base,
      name: "json",
      parametersJson: '{"legacyCredentials": true}',
    });
    new ResourceInstance(stack, "assistant", { ...base, service: "conversation", name: "wa" });
    new ResourceInstance(stack, "gen2", { ...base, plan: "standard-gen2", name: "gen2" });
    new ResourceInstance(stack, "unknown_plan", {
      ...base,
      plan: new TerraformVariable(stack, "plan", { type: "string" }).stringValue,
      name: "unknown",
    });
    expect(statuses(rule, stack)).toEqual({
      "guarded/iam#parameters.legacyCredentials": RuleStatus.COMPLIANT,
      "guarded/legacy#parameters.legacyCredentials": RuleStatus.NON_COMPLIANT,
      "guarded/json#parameters_json.legacyCredentials": RuleStatus.NON_COMPLIANT,
      "guarded/gen2#parameters.legacyCredentials": RuleStatus.COMPLIANT,
      "guarded/unknown_plan#plan": RuleStatus.CANNOT_VERIFY,
    });
    expect(
      findings(stack, "VAW-CLOUDANT-1").find((f) => f.constructPath === "guarded/legacy")?.message,
    ).toContain("absent: the service default, true, applies");
  });

  test("an acknowledgement on the instance accepts the finding", () => {
    const { stack } = appAndStack();
    const c = cloudant(stack, "legacy", true);
    VoiceAgentGuard.acknowledge(c, {
      ruleId: "VAW-CLOUDANT-1",
      reason: "migration of the legacy reporting job until Q3",
    });
    const [f] = findings(stack, "VAW-CLOUDANT-1");
    expect(f.blocking).toBe(false);
    expect(f.acknowledgement).toEqual({
      constructPath: "guarded/legacy",
      reason: "migration of the legacy reporting job until Q3",
    });
  });

  test("an addOverride that turns legacy credentials on in a compliant stack fails app.synth and leaves no cdk.tf.json", () => {
    const { app, stack, outdir } = appAndStack();
    VoiceAgentGuard.apply(stack, { printWarnings: false });
    const c = secureCloudant(stack);
    c.addOverride("legacy_credentials", true);
    expect(() => app.synth()).toThrow(
      /VAW-CLOUDANT-1 ibm_cloudant at guarded\/events: legacy_credentials must be false, got true/,
    );
    expect(fs.existsSync(path.join(outdir, "stacks", "guarded", "cdk.tf.json"))).toBe(false);
  });
});
