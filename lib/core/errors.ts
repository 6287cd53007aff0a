/**
 * Every error message the library raises is built here, in one shape:
 * `<Construct> at <path>: <prop> <what is wrong>, got <value>; <how to fix>`
 * with the rule id in front where a rule raised it. Lowercase, no trailing
 * period, never a secret value.
 */

/** One problem found in a construct's props. */
export interface PropProblem {
  /** The prop, as a dotted path from the props root (`sipTrunk.signalingTransport`). */
  readonly prop: string;
  /** What is wrong, lowercase (`must be at most 64 characters`). */
  readonly problem: string;
  /** The value received, already rendered for display (see `describeValue`). */
  readonly received: string;
  /** What is allowed or how to fix it. */
  readonly fix: string;
}

/** Marker so that callers can tell the library's own errors from anything else. */
export const VOICE_AGENT_ERROR = Symbol.for("cdktf-ibm-voice-agent.error");

/**
 * The library's one error type for bad input: it lists every problem found in
 * one construct's props at once.
 */
export class VoiceAgentPropsError extends Error {
  /**
   * Always true: lets tests and callers recognise the library's own errors
   * across copies (callers use `isVoiceAgentError`).
   * @internal
   */
  public readonly [VOICE_AGENT_ERROR] = true;
  /** The construct class (`VoiceAgent`). */
  public readonly constructName: string;
  /** The construct path (`stack/agent`). */
  public readonly constructPath: string;
  /** Every problem, in the order found. */
  public readonly problems: readonly PropProblem[];

  /** Builds the error; the library builds it with `propsError`. */
  constructor(constructName: string, constructPath: string, problems: readonly PropProblem[]) {
    super(formatPropsErrorMessage(constructName, constructPath, problems));
    this.name = "VoiceAgentPropsError";
    this.constructName = constructName;
    this.constructPath = constructPath;
    this.problems = problems;
  }
}

/** Formats one problem line in the library's error shape. */
export function formatProblem(
  constructName: string,
  constructPath: string,
  p: PropProblem,
): string {
  return `${constructName} at ${constructPath}: ${p.prop} ${p.problem}, got ${p.received}; ${p.fix}`;
}

function formatPropsErrorMessage(
  constructName: string,
  constructPath: string,
  problems: readonly PropProblem[],
): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const lines = problems.map((p) => `  - ${formatProblem(constructName, constructPath, p)}`);
  return `invalid props for ${constructName} at ${constructPath} (${count}):\n${lines.join("\n")}`;
}

/** Builds the error that lists every problem of one construct's props. */
export function propsError(
  constructName: string,
  constructPath: string,
  problems: readonly PropProblem[],
): VoiceAgentPropsError {
  return new VoiceAgentPropsError(constructName, constructPath, problems);
}

/** True when `e` is one of the library's own errors (also across two loaded copies). */
export function isVoiceAgentError(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as Record<symbol, unknown>)[VOICE_AGENT_ERROR] === true
  );
}

/** The error for a `Secret` misuse, e.g. a Terraform variable that is not sensitive. */
export function secretSourceError(constructPath: string, problem: string, fix: string): Error {
  return propsError("Secret", constructPath, [
    { prop: "source", problem, received: "(not shown)", fix },
  ]);
}

/** The error a guard run raises when error findings remain; `lines` are pre-formatted findings. */
export function guardFailure(stackPath: string, lines: readonly string[]): Error {
  const count = lines.length === 1 ? "1 error finding" : `${lines.length} error findings`;
  const e = new Error(
    `voice agent guard blocked synthesis of ${stackPath} (${count}):\n${lines.map((l) => `  - ${l}`).join("\n")}`,
  );
  e.name = "VoiceAgentGuardError";
  (e as unknown as Record<symbol, boolean>)[VOICE_AGENT_ERROR] = true;
  return e;
}

const MAX_SHOWN = 80;

/**
 * Renders a received value for an error message. Secrets must be passed with
 * `secret = true` and are never shown; long strings are cut.
 */
export function describeValue(value: unknown, secret = false): string {
  if (secret) return value === undefined ? "undefined" : "(secret, not shown)";
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") {
    const cut =
      value.length > MAX_SHOWN
        ? `${value.slice(0, MAX_SHOWN)}… (${value.length} characters)`
        : value;
    return JSON.stringify(cut);
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  const ctor = (value as object).constructor?.name;
  return ctor && ctor !== "Object" ? `a ${ctor}` : "an object";
}

/**
 * One guard finding as a line of {@link guardFailure}:
 * `<rule id> <resource type> at <construct path>: <what is wrong>; <how to fix>`.
 * `problem` already names the attribute and the received value (secrets masked).
 */
export function guardFindingLine(
  ruleId: string,
  subjectType: string,
  constructPath: string,
  problem: string,
  fix: string,
): string {
  return `${ruleId} ${subjectType} at ${constructPath}: ${problem}; ${fix}`;
}

/** The error of `cdktf-ibm-voice-agent/testing/setup` when no jest-style `expect` global exists. */
export function matcherSetupError(): Error {
  return propsError("guardMatchers", "(test setup)", [
    {
      prop: "expect",
      problem: "must be a global with an extend method",
      received: "undefined",
      fix: "load the setup file from jest (setupFilesAfterEnv) or call expect.extend(guardMatchers) yourself",
    },
  ]);
}
