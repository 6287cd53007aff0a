import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { attachGuard } from "./stack-guard";

/**
 * Makes sure the stack containing `scope` runs the voice agent guard at synth.
 * Every construct of the library calls this in its constructor. Idempotent:
 * the guard attaches once per stack, also when two copies of the library are
 * loaded (the stack is marked with a `Symbol.for` key). See
 * {@link VoiceAgentGuard} for what the guard does and how to configure it.
 */
export function ensureGuard(scope: IConstruct): void {
  attachGuard(TerraformStack.of(scope));
}
