/**
 * Acknowledgements: the only way to accept a finding. One names a rule id, is
 * attached to a construct (it covers findings on that construct path and every
 * path below it), carries a written reason of at least
 * {@link MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters and may expire on a
 * date (`YYYY-MM-DD`, the last day it applies). Rules that are not
 * acknowledgeable cannot be acknowledged: the attempt is rejected when it is
 * made. Acknowledgements are recorded in the rendered JSON under
 * `//.voiceAgentGuard.acknowledgements`, which is where the guard reads them.
 */
import { Token } from "cdktf";
import { describeValue, PropProblem } from "../core";
import { isRecord } from "../contracts";

/** The shortest reason accepted. */
export const MIN_ACKNOWLEDGEMENT_REASON_LENGTH = 20;

/** The key under the stack's `//` metadata where the guard records its acknowledgements. */
export const GUARD_METADATA_KEY = "voiceAgentGuard";

/** The environment variable that sets the date the guard compares expiries against (`YYYY-MM-DD`). */
export const GUARD_TODAY_ENV = "VOICE_AGENT_GUARD_TODAY";

/** What the caller says when accepting a finding. */
export interface AcknowledgementProps {
  /** The rule whose findings are accepted (`VAW-CLOUDANT-2`). */
  readonly ruleId: string;
  /** Why the finding is acceptable here, at least 20 characters (shown in reports and the synthesized JSON). */
  readonly reason: string;
  /**
   * The last day the acknowledgement applies, `YYYY-MM-DD`; after it the
   * findings count again.
   * @default - never expires
   */
  readonly expires?: string;
}

/** An acknowledgement attached to a construct path. */
export interface Acknowledgement extends AcknowledgementProps {
  /** The construct path it covers (that path and every path below it). */
  readonly constructPath: string;
}

/** What the validation needs to know about a rule id. */
export type RuleLookup = (ruleId: string) => { readonly acknowledgeable: boolean } | undefined;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Every problem of an acknowledgement, in the library's prop-problem shape. */
export function acknowledgementProblems(props: unknown, rules: RuleLookup): PropProblem[] {
  const p = isRecord(props) ? props : {};
  const problems: PropProblem[] = [];
  const ruleId = p.ruleId;
  const rule = typeof ruleId === "string" ? rules(ruleId) : undefined;
  if (typeof ruleId !== "string" || !rule)
    problems.push({
      prop: "ruleId",
      problem: "must name a rule of the guard",
      received: describeValue(ruleId),
      fix: "use an id listed in RULES.md (`VAW-<AREA>-<n>`)",
    });
  else if (!rule.acknowledgeable)
    problems.push({
      prop: "ruleId",
      problem: "names a rule that cannot be acknowledged",
      received: describeValue(ruleId),
      fix: "fix the finding instead; RULES.md lists which rules accept acknowledgements",
    });
  const reason = p.reason;
  if (typeof reason !== "string" || Token.isUnresolved(reason))
    problems.push({
      prop: "reason",
      problem: "must be a literal string",
      received: describeValue(reason),
      fix: `write why the finding is acceptable, at least ${MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters`,
    });
  else if (reason.trim().length < MIN_ACKNOWLEDGEMENT_REASON_LENGTH)
    problems.push({
      prop: "reason",
      problem: `must be at least ${MIN_ACKNOWLEDGEMENT_REASON_LENGTH} characters`,
      received: describeValue(reason),
      fix: "say why the finding is acceptable here and who accepted it",
    });
  if (p.expires !== undefined && !isIsoDate(p.expires))
    problems.push({
      prop: "expires",
      problem: "must be a date written YYYY-MM-DD",
      received: describeValue(p.expires),
      fix: "give the last day the acknowledgement applies, e.g. 2030-01-31, or leave it out",
    });
  return problems;
}

/** True when an acknowledgement on `ackPath` covers a finding on `findingPath` (same path or below it). */
export function coversPath(ackPath: string, findingPath: string): boolean {
  return findingPath === ackPath || findingPath.startsWith(`${ackPath}/`);
}

/**
 * The date expiries are compared against, `YYYY-MM-DD` (UTC): `now` when
 * given, else the {@link GUARD_TODAY_ENV} environment variable, else today.
 * Inject one of the first two where synthesis must not depend on the day.
 */
export function guardToday(now?: Date | string): string | PropProblem {
  const fromEnv = process.env[GUARD_TODAY_ENV];
  const raw = now ?? (fromEnv !== undefined && fromEnv !== "" ? fromEnv : new Date());
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  if (isIsoDate(raw)) return raw;
  return {
    prop: now !== undefined ? "now" : GUARD_TODAY_ENV,
    problem: "must be a date written YYYY-MM-DD",
    received: describeValue(raw),
    fix: "pass a Date or a YYYY-MM-DD string, or unset it to use the current date",
  };
}

/** The acknowledgements recorded in a rendered stack's `//.voiceAgentGuard` metadata, as found (not validated). */
export function recordedAcknowledgements(json: Readonly<Record<string, unknown>>): unknown[] {
  const meta = json["//"];
  const guard = isRecord(meta) ? meta[GUARD_METADATA_KEY] : undefined;
  const list = isRecord(guard) ? guard.acknowledgements : undefined;
  return Array.isArray(list) ? list : [];
}

/** Sorts acknowledgements by construct path, then rule id (the order they are recorded and reported in). */
export function sortAcknowledgements<T extends { constructPath: string; ruleId: string }>(
  list: readonly T[],
): T[] {
  return [...list].sort(
    (a, b) => compare(a.constructPath, b.constructPath) || compare(a.ruleId, b.ruleId),
  );
}

/** Locale-independent string order. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
