import { TerraformVariable } from "cdktf";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { watsonInstancesKeepNoRequestData as rule } from "../../lib/rules/watson-instances-keep-no-request-data";
import { RuleStatus } from "../../lib/rules/rule";
import { appAndStack, findings, statuses } from "./resource-rule-kit";

const instance = (stack: any, id: string, service: string, plan: string) =>
  new ResourceInstance(stack, id, { name: id, service, plan, location: "us-south" });

describe("VAW-DATA-4 Watson instances are on plans that keep no request data", () => {
  test.each([
    ["conversation", "plus"],
    ["conversation", "lite"],
    ["speech-to-text", "standard"],
    ["speech-to-text", "plus"],
    ["text-to-speech", "lite"],
  ])("warns about a raw %s instance on plan %s, outside any agent manifest", (service, plan) => {
    const { stack } = appAndStack();
    instance(stack, "watson", service, plan);
    const [f] = findings(stack, "VAW-DATA-4");
    expect(f).toMatchObject({
      level: "warning",
      constructPath: "guarded/watson",
      attributePath: "plan",
    });
    expect(f.message).toContain(`is on plan "${plan}", which logs request data for ibm`);
  });

  test.each([
    ["conversation", "enterprise"],
    ["speech-to-text", "premium"],
    ["text-to-speech", "Premium"],
  ])("passes its fixed twin, %s on %s", (service, plan) => {
    const { stack } = appAndStack();
    instance(stack, "watson", service, plan);
    expect(statuses(rule, stack)).toEqual({ "guarded/watson#plan": RuleStatus.COMPLIANT });
  });

  test("does not judge other services", () => {
    const { stack } = appAndStack();
    instance(stack, "kms", "kms", "tiered-pricing");
    instance(stack, "cos", "cloud-object-storage", "standard");
    expect(findings(stack, "VAW-DATA-4")).toEqual([]);
  });

  test("a plan from a variable with a literal default is judged by it, one without a default cannot be verified", () => {
    const { stack } = appAndStack();
    const lite = new TerraformVariable(stack, "stt_plan", { type: "string", default: "lite" });
    const bare = new TerraformVariable(stack, "tts_plan", { type: "string" });
    instance(stack, "stt", "speech-to-text", lite.stringValue);
    instance(stack, "tts", "text-to-speech", bare.stringValue);
    expect(statuses(rule, stack)).toEqual({
      "guarded/stt#plan": RuleStatus.NON_COMPLIANT,
      "guarded/tts#plan": RuleStatus.CANNOT_VERIFY,
    });
    expect(findings(stack, "VAW-DATA-4")[0].message).toContain(
      "judged by the default of var.stt_plan",
    );
  });
});
