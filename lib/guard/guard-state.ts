/**
 * The guard's per-stack state, kept on the stack under a `Symbol.for` key so
 * that two loaded copies of the library share it (and attach once). It holds
 * plain data only.
 */
import { TerraformStack } from "cdktf";
import { Rule } from "../rules";
import { Acknowledgement } from "./acknowledgements";
import { GuardPolicy } from "./guard-policy";

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
   * Whether warnings are printed (console.warn) when the stack is synthesized.
   * They are always in the report files.
   * @default true
   */
  readonly printWarnings?: boolean;
  /**
   * A guard policy for the stack. Policies never replace one another: every
   * policy given for the stack, its app, and the policy files combine into
   * the strictest (see {@link GuardPolicy}).
   * @default - none besides the policy files
   */
  readonly policy?: GuardPolicy;
}

/** What a stack carries under {@link GUARD_STATE}. */
export interface GuardState {
  /** The options in force (merged from every call that set some). */
  options: StackGuardOptions;
  /** Every acknowledgement made in the stack, sorted. */
  acknowledgements: Acknowledgement[];
  /** True while the stack's synthesizer runs: the validation then leaves the check to the synthesizer. */
  synthesizing: boolean;
  /** Every policy given for the stack (never replaced; absent in states made by older copies). */
  policies?: GuardPolicy[];
  /** Where the `rules` option in force was given (a construct path or `(app)`). */
  rulesSetAt?: string;
}

/** The symbol under which an app carries the policies given for all its stacks. */
export const APP_POLICIES = Symbol.for("cdktf-ibm-voice-agent.guard.app-policies");

/** The policies given for a whole app (kept on the App, so that stacks added later follow them too). */
export function appPolicies(app: object): GuardPolicy[] {
  const target = app as Record<symbol, GuardPolicy[] | undefined>;
  let list = target[APP_POLICIES];
  if (!list) {
    list = [];
    Object.defineProperty(app, APP_POLICIES, { value: list, enumerable: false });
  }
  return list;
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
