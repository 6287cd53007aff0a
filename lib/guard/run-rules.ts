/**
 * Running rules: every rule's check on one rendered stack, each outcome that
 * needs attention turned into a pending finding, and a per-rule summary. A
 * rule that throws becomes a {@link RULE_FAILED} finding, never a pass.
 */
import { Rule, RuleContext, RuleOutcome, RuleStatus, Severity } from "../rules";
import { failsClosed } from "./fail-closed";
import { GuardCheck, RULE_FAILED } from "./guard-checks";
import { GuardFinding, RuleRun } from "./guard-report";
import { failClosedClause, SensitiveReason } from "./sensitive-subjects";

/** A finding before acknowledgements are applied. */
export type PendingFinding = Omit<GuardFinding, "blocking" | "acknowledged">;

/** What running the rules gives. */
export interface RuleResults {
  /** Non-compliant and cannot-verify outcomes, and failed rules. */
  readonly findings: PendingFinding[];
  /** One summary per rule run. */
  readonly runs: RuleRun[];
}

/**
 * Runs `rules` on `context`. `sensitive` gives, by address, the subjects that
 * concern agents handling PHI or PCI: there a cannot-verify outcome of a rule
 * that {@link failsClosed} is an error.
 */
export function runRules(
  rules: readonly Rule[],
  context: RuleContext,
  sensitive: ReadonlyMap<string, readonly SensitiveReason[]> = new Map(),
): RuleResults {
  const findings: PendingFinding[] = [];
  const runs: RuleRun[] = [];
  for (const rule of rules) {
    let outcomes: readonly RuleOutcome[];
    try {
      outcomes = rule.check(context);
    } catch (e) {
      findings.push(
        guardFinding(
          RULE_FAILED,
          context.document.stackName,
          `rule ${rule.id} failed: ${(e as Error)?.message ?? String(e)}`,
        ),
      );
      outcomes = [];
    }
    runs.push(ruleRun(rule, outcomes));
    for (const o of outcomes)
      if (o.status === RuleStatus.NON_COMPLIANT || o.status === RuleStatus.CANNOT_VERIFY)
        findings.push(ruleFinding(rule, o, sensitive.get(o.subject.address)));
  }
  return { findings, runs };
}

function ruleFinding(
  rule: Rule,
  o: RuleOutcome,
  sensitive: readonly SensitiveReason[] | undefined,
): PendingFinding {
  const cannot = o.status === RuleStatus.CANNOT_VERIFY;
  const closed = cannot && sensitive !== undefined && failsClosed(rule);
  const detail =
    o.detail ?? (cannot ? `cannot verify: ${rule.title}` : `not compliant: ${rule.title}`);
  return {
    ruleId: rule.id,
    level: closed
      ? "error"
      : cannot
        ? "warning"
        : (o.severity ?? rule.severity) === Severity.ERROR
          ? "error"
          : "warning",
    status: cannot ? "cannot-verify" : "non-compliant",
    constructPath: o.subject.constructPath,
    address: o.subject.address,
    resourceType: o.subject.type,
    ...(o.attributePath !== undefined ? { attributePath: o.attributePath } : {}),
    message: closed
      ? `${detail}; ${failClosedClause(sensitive, rule.id, rule.acknowledgeable)}`
      : detail,
    fix: rule.fix,
    docUrl: rule.docUrl,
    ...(o.skillLocation
      ? {
          skill: {
            name: o.skillLocation.skill,
            ...(o.skillLocation.file !== undefined ? { file: o.skillLocation.file } : {}),
            nodeId: o.skillLocation.nodeId,
            pointer: o.skillLocation.pointer,
            line: o.skillLocation.line,
          },
        }
      : {}),
    ...(o.acknowledgeable === false && rule.acknowledgeable ? { acknowledgeable: false } : {}),
  };
}

/** A finding of one of the guard's own checks. */
export function guardFinding(
  check: GuardCheck,
  constructPath: string,
  message: string,
  resourceType = check.id === RULE_FAILED.id ? "rule" : "acknowledgement",
): PendingFinding {
  return {
    ruleId: check.id,
    level: check.severity === Severity.ERROR ? "error" : "warning",
    status: "non-compliant",
    constructPath,
    address: "",
    resourceType,
    message,
    fix: check.fix,
    docUrl: check.docUrl,
  };
}

function ruleRun(rule: Rule, outcomes: readonly RuleOutcome[]): RuleRun {
  const count = (s: RuleStatus) => outcomes.filter((o) => o.status === s).length;
  const notApplicable = count(RuleStatus.NOT_APPLICABLE);
  const reasons = [
    ...new Set(
      outcomes.flatMap((o) =>
        o.status === RuleStatus.NOT_APPLICABLE && o.detail
          ? [`${o.subject.constructPath}: ${o.detail}`]
          : [],
      ),
    ),
  ].sort();
  return {
    id: rule.id,
    severity: rule.severity === Severity.ERROR ? "error" : "warning",
    title: rule.title,
    scope: rule.scope,
    acknowledgeable: rule.acknowledgeable,
    applicable: outcomes.length > notApplicable,
    ...(reasons.length ? { notApplicableReasons: reasons } : {}),
    outcomes: {
      compliant: count(RuleStatus.COMPLIANT),
      nonCompliant: count(RuleStatus.NON_COMPLIANT),
      cannotVerify: count(RuleStatus.CANNOT_VERIFY),
      notApplicable,
    },
  };
}
