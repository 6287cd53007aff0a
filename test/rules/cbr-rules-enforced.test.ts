import { TerraformVariable } from "cdktf";
import { CbrRule } from "../../.gen/providers/ibm/cbr-rule";
import { CbrEnforcementMode, CloudantEventTarget, VoiceAgentGuard } from "../../lib";
import { cbrRulesEnforced as rule } from "../../lib/rules/cbr-rules-enforced";
import { RuleStatus } from "../../lib/rules/rule";
import { findings, provisioningStack, REASON, secretOf, statuses } from "./provisioning-kit";

const AT = "guarded/events/NetworkRestriction/Rule#enforcement_mode";
const restricted = (stack: any, enforcementMode?: CbrEnforcementMode) =>
  new CloudantEventTarget(stack, "events", {
    name: "events",
    location: "us-south",
    networkRestriction: { allowedAddresses: ["169.59.10.204"], enforcementMode },
  });

describe("VAW-CBR-1 context-based restriction rules are enforced", () => {
  test("judges an enforcement mode held in a variable by its literal default", () => {
    for (const [mode, status] of [
      ["report", RuleStatus.NON_COMPLIANT],
      ["enabled", RuleStatus.COMPLIANT],
    ] as const) {
      const { stack } = provisioningStack();
      const v = new TerraformVariable(stack, "mode", { type: "string", default: mode });
      restricted(stack).networkRestriction!.rule.addOverride("enforcement_mode", v.stringValue);
      expect(statuses(rule, stack)).toEqual({ [AT]: status });
    }
    const { stack } = provisioningStack();
    const v = new TerraformVariable(stack, "mode", { type: "string", default: "report" });
    restricted(stack).networkRestriction!.rule.addOverride("enforcement_mode", v.stringValue);
    expect(findings(stack, "VAW-CBR-1")[0].message).toContain("judged by the default of var.mode");
  });

  test("passes the event target's network restriction", () => {
    const { stack } = provisioningStack();
    restricted(stack);
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("warns about a report-only rule", () => {
    const { stack } = provisioningStack();
    restricted(stack, CbrEnforcementMode.REPORT);
    const [f] = findings(stack, "VAW-CBR-1");
    expect(f).toMatchObject({ level: "warning", blocking: false });
    expect(f.message).toBe(
      'enforcement_mode must be "enabled", got "report"; the rule does not deny requests from other networks',
    );
  });

  test("warns about a hand-written rule that leaves enforcement_mode to the service", () => {
    const { stack } = provisioningStack();
    new CbrRule(stack, "raw", {
      resources: [{ attributes: [{ name: "serviceName", value: "cloudantnosqldb" }] }],
    });
    expect(findings(stack, "VAW-CBR-1")[0].message).toBe(
      'enforcement_mode is not set; set "enabled" so that terraform keeps the rule enforced',
    );
  });

  test("an addOverride disabling the rule is found", () => {
    const { stack } = provisioningStack();
    restricted(stack).networkRestriction!.rule.addOverride("enforcement_mode", "disabled");
    expect(statuses(rule, stack)[AT]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("cannot verify a mode given by a variable", () => {
    const { stack } = provisioningStack();
    restricted(stack).networkRestriction!.rule.addOverride(
      "enforcement_mode",
      secretOf(stack, "m").value,
    );
    expect(statuses(rule, stack)[AT]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("an acknowledgement records the report-only period", () => {
    const { stack } = provisioningStack();
    VoiceAgentGuard.acknowledge(restricted(stack, CbrEnforcementMode.REPORT), {
      ruleId: "VAW-CBR-1",
      reason: REASON,
      expires: "2999-01-31",
    });
    expect(findings(stack, "VAW-CBR-1")[0]).toMatchObject({ acknowledged: true });
  });
});
