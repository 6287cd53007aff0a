/**
 * Every error message the library raises is built here, in one shape:
 * `<Construct> at <path>: <prop> <what is wrong>, got <value>; <how to fix>`
 * with the rule id in front where a rule raised it. Lowercase, no trailing
 * period, never a secret value.
 */

import { defineHidden, setShortStack } from "./short-stack";

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
  declare public readonly [VOICE_AGENT_ERROR]: true;
  /** The construct class (`VoiceAgent`). */
  declare public readonly constructName: string;
  /** The construct path (`stack/agent`). */
  declare public readonly constructPath: string;
  /** Every problem, in the order found. */
  declare public readonly problems: readonly PropProblem[];

  /**
   * Builds the error; the library builds it with `propsError`. The fields are
   * not enumerable and `stack` is the message plus the user's frame, so that
   * an uncaught error prints only the problem lines.
   */
  constructor(constructName: string, constructPath: string, problems: readonly PropProblem[]) {
    super(formatPropsErrorMessage(constructName, constructPath, problems));
    defineHidden(this, "name", "VoiceAgentPropsError", true);
    defineHidden(this, VOICE_AGENT_ERROR, true);
    defineHidden(this, "constructName", constructName);
    defineHidden(this, "constructPath", constructPath);
    defineHidden(this, "problems", problems);
    setShortStack(this, VoiceAgentPropsError, constructPath);
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

/** One blocking finding of a {@link VoiceAgentGuardError}. */
export interface GuardFailureFinding {
  /** The rule (`VAW-SIP-1`). */
  readonly ruleId: string;
  /** The Terraform resource type or block kind (`ibm_cloudant`, `output`). */
  readonly resourceType: string;
  /** The construct path of the subject. */
  readonly constructPath: string;
  /** What is wrong, naming the attribute and the received value (secrets masked). */
  readonly problem: string;
  /** How to fix it. */
  readonly fix: string;
}

/** Counts and the report file shown under the blocking findings of a {@link VoiceAgentGuardError}. */
export interface GuardFailureSummary {
  /** Unacknowledged warning findings. */
  readonly warnings: number;
  /** Findings accepted by an acknowledgement. */
  readonly acknowledged: number;
  /** The JSON report, as shown (relative to the working directory when inside it). */
  readonly reportFile: string;
}

/**
 * The error a guard run raises when error findings remain: one line per
 * blocking finding, then the counts and the report file. Fields are not
 * enumerable; `stack` is the message plus the user's frame (as for
 * {@link VoiceAgentPropsError}).
 */
export class VoiceAgentGuardError extends Error {
  /**
   * Always true: lets tests and callers recognise the library's own errors
   * across copies (callers use `isVoiceAgentError`).
   * @internal
   */
  declare public readonly [VOICE_AGENT_ERROR]: true;
  /** The construct path of the blocked stack. */
  declare public readonly stackPath: string;
  /** Every blocking finding, in report order. */
  declare public readonly findings: readonly GuardFailureFinding[];
  /** The JSON report with every finding (see {@link GuardFailureSummary.reportFile}). */
  declare public readonly reportFile: string;

  /** Builds the error; the library builds it with `guardFailure`. */
  constructor(
    stackPath: string,
    findings: readonly GuardFailureFinding[],
    summary: GuardFailureSummary,
  ) {
    super(formatGuardFailureMessage(stackPath, findings, summary));
    defineHidden(this, "name", "VoiceAgentGuardError", true);
    defineHidden(this, VOICE_AGENT_ERROR, true);
    defineHidden(this, "stackPath", stackPath);
    defineHidden(this, "findings", findings);
    defineHidden(this, "reportFile", summary.reportFile);
    setShortStack(this, VoiceAgentGuardError, stackPath);
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatGuardFailureMessage(
  stackPath: string,
  findings: readonly GuardFailureFinding[],
  summary: GuardFailureSummary,
): string {
  const lines = findings.map(
    (f) => `  - ${guardFindingLine(f.ruleId, f.resourceType, f.constructPath, f.problem, f.fix)}`,
  );
  const counts = [
    plural(findings.length, "error"),
    plural(summary.warnings, "warning"),
    `${summary.acknowledged} acknowledged`,
  ].join(", ");
  return [
    `voice agent guard blocked synthesis of ${stackPath} (${plural(findings.length, "error finding")}):`,
    ...lines,
    `summary: ${counts}; full report: ${summary.reportFile}`,
  ].join("\n");
}

/** Builds the error a guard run raises when error findings remain. */
export function guardFailure(
  stackPath: string,
  findings: readonly GuardFailureFinding[],
  summary: GuardFailureSummary,
): VoiceAgentGuardError {
  return new VoiceAgentGuardError(stackPath, findings, summary);
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
