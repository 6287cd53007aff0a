import "../../lib/testing/setup";
import { Aspects, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { VoiceAgentGuard } from "../../lib/guard";
import { guardMatchers } from "../../lib/testing";
import { appAndStack, secureCloudant } from "../guard/guard-kit";

function legacy(stack: TerraformStack): Cloudant {
  return new Cloudant(stack, "legacy", {
    name: "legacy",
    location: "us-south",
    plan: "standard",
    legacyCredentials: true,
    enableCors: false,
  });
}

describe("guard jest matchers", () => {
  test("toHaveGuardFinding matches a rule id on an exact construct path or a parent path", () => {
    const { stack } = appAndStack();
    VoiceAgentGuard.apply(stack);
    legacy(stack);
    expect(stack).toHaveGuardFinding("VAW-CLOUDANT-1");
    expect(stack).toHaveGuardFinding("VAW-CLOUDANT-1", "guarded/legacy");
    expect(stack).toHaveGuardFinding("VAW-CLOUDANT-1", "guarded");
    expect(stack).not.toHaveGuardFinding("VAW-CLOUDANT-1", "guarded/leg");
    expect(stack).not.toHaveGuardFinding("VAW-KEY-1");
  });

  test("toPassGuard fails with the blocking findings, and passes once they are acknowledged", () => {
    const { stack } = appAndStack();
    VoiceAgentGuard.apply(stack);
    const c = legacy(stack);
    expect(stack).not.toPassGuard();
    const failure = guardMatchers.toPassGuard(stack);
    expect(failure.pass).toBe(false);
    expect(failure.message()).toContain(
      "expected guarded to pass the guard:\n  - VAW-CLOUDANT-1 ibm_cloudant at guarded/legacy: legacy_credentials must be false, got true",
    );
    VoiceAgentGuard.acknowledge(c, {
      ruleId: "VAW-CLOUDANT-1",
      reason: "migration of the legacy reporting job",
    });
    expect(stack).toPassGuard();
    expect(stack).toHaveGuardFinding("VAW-CLOUDANT-1", "guarded/legacy");
  });

  test("run the stack's aspects before judging, like synthesis", () => {
    const { stack } = appAndStack();
    VoiceAgentGuard.apply(stack);
    secureCloudant(stack);
    expect(stack).toPassGuard();
    Aspects.of(stack).add({
      visit(node: IConstruct) {
        if (node instanceof Cloudant) node.legacyCredentials = true;
      },
    });
    expect(stack).toHaveGuardFinding("VAW-CLOUDANT-1", "guarded/events");
  });

  test("say what they received when it is neither a stack nor a report", () => {
    const result = guardMatchers.toHaveGuardFinding({ not: "a stack" }, "VAW-CLOUDANT-1");
    expect(result).toMatchObject({ pass: false });
    expect(result.message()).toBe(
      "expected a TerraformStack or a guard report, got something else",
    );
  });

  test("also accept a guard report", () => {
    const { stack } = appAndStack();
    VoiceAgentGuard.apply(stack);
    legacy(stack);
    expect(VoiceAgentGuard.evaluate(stack)).toHaveGuardFinding("VAW-CLOUDANT-1");
  });
});
