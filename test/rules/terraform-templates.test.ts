import { resourceKeyLeastPrivilege } from "../../lib/rules/resource-key-least-privilege";
import { RuleStatus } from "../../lib/rules/rule";
import { transferTargetsOnOwnTrunk } from "../../lib/rules/transfer-targets-on-own-trunk";
import { outcomeOf } from "./fixtures/agent-stack";
import { appAndStack, secureCloudant, statuses, writerKey } from "./resource-rule-kit";

// Rules tell Terraform expressions from literals with core's one detector: a
// `%{ … }` directive is an expression (the value is decided at apply time), an
// escaped `$${ … }` is literal text. The detector rules used before read any
// "${" as an expression and missed directives.
describe("rules read Terraform templates as Terraform does", () => {
  test("cannot verify a transfer target chosen by a %{ if } directive", () => {
    const o = outcomeOf(transferTargetsOnOwnTrunk, (s) => {
      s.manifest.callTransfer!.defaultTransferTarget =
        "%{ if var.uk }tel:+442079460958%{ else }tel:+18885550100%{ endif }";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.callTransfer.defaultTransferTarget",
    });
  });

  test("judges an escaped $${ in a transfer target as the literal text it is", () => {
    const o = outcomeOf(transferTargetsOnOwnTrunk, (s) => {
      s.manifest.callTransfer!.defaultTransferTarget = "tel:+1888$${number}";
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("cannot verify a resource key role chosen by a directive, never passing it", () => {
    const { stack } = appAndStack();
    writerKey(
      stack,
      "switch",
      secureCloudant(stack),
      "%{ if var.admin }Manager%{ else }Writer%{ endif }",
    );
    expect(statuses(resourceKeyLeastPrivilege, stack)).toEqual({
      "guarded/switch#role": RuleStatus.CANNOT_VERIFY,
    });
  });

  test("judges an escaped $${ in a resource key role as a literal role", () => {
    const { stack } = appAndStack();
    writerKey(stack, "literal", secureCloudant(stack), "$${role}:Manager");
    expect(statuses(resourceKeyLeastPrivilege, stack)).toEqual({
      "guarded/literal#role": RuleStatus.NON_COMPLIANT,
    });
  });
});
