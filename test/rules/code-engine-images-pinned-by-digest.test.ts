import { TerraformVariable } from "cdktf";
import { VoiceAgentGuard } from "../../lib";
import { codeEngineImagesPinnedByDigest as rule } from "../../lib/rules/code-engine-images-pinned-by-digest";
import { RuleStatus } from "../../lib/rules/rule";
import {
  codeEngineSoe,
  findings,
  provisioningStack,
  REASON,
  secretOf,
  statuses,
} from "./provisioning-kit";

const AT = "guarded/soe/Resource#image_reference";

describe("VAW-CE-3 code engine app images are pinned by digest", () => {
  test("judges an image reference built from variables with literal defaults by them", () => {
    const { stack } = provisioningStack();
    const tag = new TerraformVariable(stack, "tag", { type: "string", default: "latest" });
    codeEngineSoe(stack, { image: `us.icr.io/claims/soe:${tag.stringValue}` });
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.NON_COMPLIANT });
    expect(findings(stack, "VAW-CE-3")[0].message).toBe(
      '"us.icr.io/claims/soe:latest" is not pinned by digest; judged by the default of var.tag (a value set at apply time is not seen); the code run can change without a change here',
    );
    const pinned = provisioningStack().stack;
    const digest = new TerraformVariable(pinned, "digest", {
      type: "string",
      default: `sha256:${"a".repeat(64)}`,
    });
    codeEngineSoe(pinned, { image: `us.icr.io/claims/soe@${digest.stringValue}` });
    expect(statuses(rule, pinned)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("passes an image pinned by sha256 digest", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack);
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("passes a tag pinned by digest too", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack, { image: `us.icr.io/claims/soe:1.4@sha256:${"c".repeat(64)}` });
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("warns about an image referenced by tag", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack, { image: "us.icr.io/claims/soe:latest" });
    const [f] = findings(stack, "VAW-CE-3");
    expect(f).toMatchObject({ level: "warning", blocking: false });
    expect(f.message).toBe(
      '"us.icr.io/claims/soe:latest" is not pinned by digest; the code run can change without a change here',
    );
  });

  test("an addOverride replacing the digest by a tag is found", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack).app.addOverride("image_reference", "us.icr.io/claims/soe");
    expect(statuses(rule, stack)[AT]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("cannot verify an image given by a variable", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack, { image: secretOf(stack, "image").value });
    expect(statuses(rule, stack)[AT]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("an acknowledgement records the accepted tag", () => {
    const { stack } = provisioningStack();
    const soe = codeEngineSoe(stack, { image: "us.icr.io/claims/soe:latest" });
    VoiceAgentGuard.acknowledge(soe, { ruleId: "VAW-CE-3", reason: REASON });
    expect(findings(stack, "VAW-CE-3")[0]).toMatchObject({ acknowledged: true });
  });
});
