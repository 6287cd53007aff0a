/**
 * The guard's per-stack state, kept on the stack under a `Symbol.for` key so
 * that two loaded copies of the library share it (and attach once). It holds
 * plain data only.
 */
import { TerraformStack } from "cdktf";
import { Rule } from "../rules";
import { Acknowledgement } from "./acknowledgements";

/** The symbol under which a stack carries its guard state. */
export const GUARD_STATE = Symbol.for("cdktf-ibm-voice-agent.guard");

/** Options that shape how the guard runs on a stack. */
export interface StackGuardOptions {
  /**
   * The rules to run.
   * @default ALL_RULES - every agent and resource rule
   */
  readonly rules?: readonly Rule[];
  /**
   * The date acknowledgement expiries are compared against (a Date, or `YYYY-MM-DD`).
   * @default - the `VOICE_AGENT_GUARD_TODAY` environment variable, else the current date (UTC)
   */
  readonly now?: Date | string;
  /**
   * Whether warnings are printed (one line each, to stdout) when the stack is synthesized.
   * They are always in the report files.
   * @default true
   */
  readonly printWarnings?: boolean;
}

/** What a stack carries under {@link GUARD_STATE}. */
export interface GuardState {
  /** The options in force (merged from every call that set some). */
  options: StackGuardOptions;
  /** Every acknowledgement made in the stack, sorted. */
  acknowledgements: Acknowledgement[];
  /** True while the stack's synthesizer runs: the validation then leaves the check to the synthesizer. */
  synthesizing: boolean;
}

/** The guard state of a stack, if the guard is attached. */
export function guardStateOf(stack: TerraformStack): GuardState | undefined {
  return (stack as unknown as Record<symbol, GuardState | undefined>)[GUARD_STATE];
}

/** Stores a new guard state on a stack. */
export function setGuardState(stack: TerraformStack, state: GuardState): void {
  Object.defineProperty(stack, GUARD_STATE, {
    value: state,
    enumerable: false,
    configurable: false,
  });
}
