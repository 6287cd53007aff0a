/**
 * An organisation's guard policy: rules that may never be disabled, weakened
 * or acknowledged, a format every acknowledgement reason must follow, the
 * longest an acknowledgement may last, and whether warnings fail synth.
 * Policies only ever add strictness: wherever several are in force (the file
 * next to `cdktf.json`, the `VOICE_AGENT_GUARD_POLICY` file, an app, a stack,
 * a construct) they combine into the strictest of them, so a policy set
 * deeper in the construct tree cannot loosen one set above it.
 */
import { describeValue, PropProblem, propsError } from "../core";
import { isRecord } from "../contracts";

/** A guard policy, in code or as the JSON of `voice-agent-guard.policy.json`. */
export interface GuardPolicy {
  /**
   * Rule ids (built-in rules and guard checks, `VAW-SOE-1`, `VAW-GUARD-4`)
   * that may never be disabled, weakened or acknowledged: each always runs as
   * built in, whatever the `rules` option says, and an acknowledgement of it
   * is refused. Enforcing VAW-GUARD-4 refuses every reduced rule set.
   * @default - none
   */
  readonly enforcedRules?: readonly string[];
  /**
   * A regular expression (JavaScript syntax, unanchored unless it says so)
   * every acknowledgement reason must match, e.g. `^[A-Z]+-\d+: ` for a
   * ticket reference in front.
   * @default - any reason of 20 characters or more
   */
  readonly reasonPattern?: string;
  /**
   * The longest an acknowledgement may last, in days from the guard's date:
   * acknowledgements without `expires`, or expiring later, are refused.
   * @default - no limit
   */
  readonly maxAcknowledgementDays?: number;
  /**
   * Whether warnings that no acknowledgement accepts fail synth like errors.
   * @default false
   */
  readonly warningsFail?: boolean;
  /**
   * Where the policy came from, for the reports (a file path, `code`).
   * @default "code"
   */
  readonly source?: string;
}

/** The policy in force for one guard run: every policy given, combined into the strictest. */
export interface EffectiveGuardPolicy {
  /** Where each combined policy came from, sorted. */
  readonly sources: readonly string[];
  /** The union of the enforced rule ids, sorted. */
  readonly enforcedRules: readonly string[];
  /** Every reason pattern (a reason must match all of them), sorted. */
  readonly reasonPatterns: readonly string[];
  /** The smallest maximum lifetime in days, if any policy sets one. */
  readonly maxAcknowledgementDays?: number;
  /** True when any policy makes warnings fail. */
  readonly warningsFail: boolean;
}

const KEYS = ["enforcedRules", "reasonPattern", "maxAcknowledgementDays", "warningsFail", "source"];
const RULE_ID = /^VAW-[A-Z0-9]+-\d+$/;
/** Ten years: a longer lifetime is a typo or no limit at all. */
const MAX_DAYS = 3650;

/**
 * Every problem of a policy value (from code or a parsed file), in the
 * library's prop-problem shape. `known` tells the rule ids that exist.
 */
export function guardPolicyProblems(value: unknown, known: (id: string) => boolean): PropProblem[] {
  if (!isRecord(value))
    return [
      {
        prop: "(policy)",
        problem: "must be an object",
        received: describeValue(value),
        fix: 'write a JSON object such as { "enforcedRules": ["VAW-SOE-1"], "warningsFail": true }',
      },
    ];
  const problems: PropProblem[] = [];
  for (const key of Object.keys(value).sort())
    if (!KEYS.includes(key) && key !== "$schema")
      problems.push({
        prop: key,
        problem: "is not a policy setting",
        received: describeValue(value[key]),
        fix: `use only ${KEYS.filter((k) => k !== "source").join(", ")}`,
      });
  const rules = value.enforcedRules;
  if (rules !== undefined && !Array.isArray(rules))
    problems.push({
      prop: "enforcedRules",
      problem: "must be a list of rule ids",
      received: describeValue(rules),
      fix: 'give ids listed in RULES.md, e.g. ["VAW-SOE-1", "VAW-GUARD-4"]',
    });
  (Array.isArray(rules) ? rules : []).forEach((id: unknown, i) => {
    if (typeof id !== "string" || !RULE_ID.test(id) || !known(id))
      problems.push({
        prop: `enforcedRules[${i}]`,
        problem: "must name a rule of the guard",
        received: describeValue(id),
        fix: "use an id listed in RULES.md (`VAW-<AREA>-<n>`)",
      });
  });
  const pattern = value.reasonPattern;
  if (pattern !== undefined) {
    const bad = typeof pattern !== "string" || pattern.length === 0 || compiles(pattern) !== true;
    if (bad)
      problems.push({
        prop: "reasonPattern",
        problem:
          typeof pattern === "string" && pattern.length > 0
            ? `must be a valid regular expression (${compiles(pattern)})`
            : "must be a non-empty regular expression",
        received: describeValue(pattern),
        fix: 'write a JavaScript regular expression, e.g. "^[A-Z]+-\\\\d+: " in JSON',
      });
  }
  const days = value.maxAcknowledgementDays;
  if (
    days !== undefined &&
    (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > MAX_DAYS)
  )
    problems.push({
      prop: "maxAcknowledgementDays",
      problem: `must be a whole number of days from 1 to ${MAX_DAYS}`,
      received: describeValue(days),
      fix: "give the longest an acknowledgement may last, e.g. 90",
    });
  if (value.warningsFail !== undefined && typeof value.warningsFail !== "boolean")
    problems.push({
      prop: "warningsFail",
      problem: "must be true or false",
      received: describeValue(value.warningsFail),
      fix: "write true to make warnings fail synth, or leave it out",
    });
  if (value.source !== undefined && typeof value.source !== "string")
    problems.push({
      prop: "source",
      problem: "must be a string",
      received: describeValue(value.source),
      fix: "name where the policy comes from, or leave it out",
    });
  return problems;
}

function compiles(pattern: string): true | string {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, "").toLowerCase();
  }
}

/** Throws one error listing every problem of `policy` (`where` names it: a file path, `(app)`). */
export function checkGuardPolicy(
  policy: unknown,
  where: string,
  known: (id: string) => boolean,
): asserts policy is GuardPolicy {
  const problems = guardPolicyProblems(policy, known);
  if (problems.length > 0) throw propsError("GuardPolicy", where, problems);
}

/** Combines policies into the strictest; undefined when none is given. */
export function combinePolicies(
  policies: readonly (GuardPolicy | EffectiveGuardPolicy | undefined)[],
): EffectiveGuardPolicy | undefined {
  const given = policies.filter((p): p is GuardPolicy | EffectiveGuardPolicy => p !== undefined);
  if (given.length === 0) return undefined;
  const sources = new Set<string>();
  const rules = new Set<string>();
  const patterns = new Set<string>();
  let days: number | undefined;
  let warningsFail = false;
  for (const p of given) {
    const effective = "sources" in p ? p : undefined;
    const plain = effective ? undefined : (p as GuardPolicy);
    (effective?.sources ?? [plain?.source ?? "code"]).forEach((s) => sources.add(s));
    (p.enforcedRules ?? []).forEach((r) => rules.add(r));
    (effective?.reasonPatterns ?? (plain?.reasonPattern ? [plain.reasonPattern] : [])).forEach(
      (r) => patterns.add(r),
    );
    if (p.maxAcknowledgementDays !== undefined)
      days = Math.min(days ?? Infinity, p.maxAcknowledgementDays);
    warningsFail ||= p.warningsFail === true;
  }
  return {
    sources: [...sources].sort(),
    enforcedRules: [...rules].sort(),
    reasonPatterns: [...patterns].sort(),
    ...(days !== undefined ? { maxAcknowledgementDays: days } : {}),
    warningsFail,
  };
}

/** The last day an acknowledgement may run to under `policy`, counted from `today` (`YYYY-MM-DD`). */
export function latestExpiry(policy: EffectiveGuardPolicy, today: string): string | undefined {
  if (policy.maxAcknowledgementDays === undefined) return undefined;
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + policy.maxAcknowledgementDays);
  return d.toISOString().slice(0, 10);
}

/** Why `policy` refuses an acknowledgement, or undefined when it allows it. */
export function policyRefusal(
  policy: EffectiveGuardPolicy | undefined,
  ack: { readonly ruleId: string; readonly reason: string; readonly expires?: string },
  today: string,
): PropProblem[] {
  if (!policy) return [];
  const from = policy.sources.join(", ");
  const problems: PropProblem[] = [];
  if (policy.enforcedRules.includes(ack.ruleId))
    problems.push({
      prop: "ruleId",
      problem: `names a rule the guard policy (${from}) enforces, which cannot be acknowledged`,
      received: describeValue(ack.ruleId),
      fix: "fix the finding; the policy allows no exception for this rule",
    });
  for (const pattern of policy.reasonPatterns)
    if (!new RegExp(pattern, "u").test(ack.reason))
      problems.push({
        prop: "reason",
        problem: `must match the guard policy's reason pattern /${pattern}/ (${from})`,
        received: describeValue(ack.reason),
        fix: "write the reason in the form the policy asks for, e.g. with the ticket in front",
      });
  const latest = latestExpiry(policy, today);
  if (latest !== undefined && (ack.expires === undefined || ack.expires > latest))
    problems.push({
      prop: "expires",
      problem: `must be at most ${policy.maxAcknowledgementDays} days ahead, by ${latest}, under the guard policy (${from})`,
      received: describeValue(ack.expires),
      fix: `give an expiry on or before ${latest}, and renew the acknowledgement when it lapses`,
    });
  return problems;
}
