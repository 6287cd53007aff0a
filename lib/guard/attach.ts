import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { requireTerraformVersion } from "../core";
import { attachGuard } from "./stack-guard";

/**
 * Makes sure the stack containing `scope` runs the voice agent guard at synth.
 * Every construct of the library calls this in its constructor. Idempotent:
 * the guard attaches once per stack, also when two copies of the library are
 * loaded (the stack is marked with a `Symbol.for` key). See
 * {@link VoiceAgentGuard} for what the guard does and how to configure it.
 * The stack also gets `terraform.required_version = ">= 1.4.0"` (the
 * `terraform_data` the library renders needs it) unless the user sets a
 * constraint that excludes older Terraform themselves.
 */
export function ensureGuard(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  attachGuard(stack);
  requireTerraformVersion(stack);
}
