import { App, TerraformStack, Testing } from "cdktf";
import { SipProviderKind, SipTrunk } from "../../lib";
import { excludesOlderThan } from "../../lib/core";

// Every stack the library touches requires Terraform 1.4 or later (terraform_data), and a
// constraint the user sets wins as long as it still excludes older Terraform.

function trunkStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "calls");
  new SipTrunk(stack, "trunk", {
    providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
    terminationUri: "sbc.example.com",
  });
  return stack;
}

const requiredVersion = (stack: TerraformStack) =>
  JSON.parse(Testing.synth(stack, true)).terraform?.required_version;

test("a stack with one of the library's constructs requires terraform >= 1.4.0", () => {
  expect(requiredVersion(trunkStack())).toBe(">= 1.4.0");
});

test("a stack the library does not touch gets nothing", () => {
  const stack = new TerraformStack(Testing.app(), "other");
  expect(requiredVersion(stack)).toBeUndefined();
});

test("two constructs in one stack add it once", () => {
  const stack = trunkStack();
  new SipTrunk(stack, "second", {
    providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
    terminationUri: "sbc2.example.com",
  });
  expect(stack.node.children.filter((c) => c.node.id.includes("required-terraform"))).toHaveLength(
    1,
  );
});

test.each([
  ["set before the construct", true],
  ["set after the construct", false],
])("a stricter user constraint wins, %s", (_, before) => {
  const stack = new TerraformStack(Testing.app(), "calls");
  if (before) stack.addOverride("terraform.required_version", ">= 1.6.0, < 2.0.0");
  new SipTrunk(stack, "trunk", {
    providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
    terminationUri: "sbc.example.com",
  });
  if (!before) stack.addOverride("terraform.required_version", ">= 1.6.0, < 2.0.0");
  expect(requiredVersion(stack)).toBe(">= 1.6.0, < 2.0.0");
});

test("a user constraint that admits terraform older than 1.4 fails synth with the fix", () => {
  const app = new App({ outdir: Testing.app().outdir });
  const stack = new TerraformStack(app, "calls");
  new SipTrunk(stack, "trunk", {
    providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
    terminationUri: "sbc.example.com",
  });
  stack.addOverride("terraform.required_version", "~> 1.2");
  expect(() => app.synth()).toThrow(
    /terraform\.required_version must exclude terraform older than 1\.4\.0 \(terraform_data\), got "~> 1\.2"; add ">= 1\.4\.0" to the constraint, e\.g\. "~> 1\.2, >= 1\.4\.0"/,
  );
});

describe("excludesOlderThan", () => {
  test.each([
    [">= 1.4.0", true],
    [">= 1.4", true],
    ["> 1.5.0", true],
    ["~> 1.6", true],
    ["1.7.2", true],
    ["= 1.4.0", true],
    [">= 1.0, < 2.0", false],
    ["~> 1.2", false],
    ["< 2.0.0", false],
    ["!= 1.3.0", false],
    [">= 1.3.9, >= 1.5.0", true],
    ["", false],
    ["latest", false],
  ])("%j → %s", (constraint, expected) => {
    expect(excludesOlderThan(constraint, "1.4.0")).toBe(expected);
  });
});
