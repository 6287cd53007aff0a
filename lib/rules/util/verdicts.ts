/**
 * The one way rules build verdicts. A {@link Verdict} says what a rule found
 * on one subject without naming it; {@link outcome} attaches the subject (the
 * resource judged, or the `terraform_data` carrying an agent's manifest).
 */
import { RenderedResource } from "../../contracts";
import { RenderedAgent, RuleContext, RuleOutcome, RuleStatus, Severity } from "../rule";

/** A rule's verdict on one subject, before it is attached to the subject. */
export interface Verdict {
  /** The status. */
  readonly status: RuleStatus;
  /** What is wrong or undecidable, lowercase, no secret values. */
  readonly detail?: string;
  /** The attribute concerned (for agents: relative to the manifest, `sipTrunk.media`). */
  readonly attributePath?: string;
  /** Overrides the rule's severity (data-class escalation). */
  readonly severity?: Severity;
}

/** The subject is in the compliant state. */
export function compliant(attributePath?: string): Verdict {
  return { status: RuleStatus.COMPLIANT, attributePath };
}

/** The rule does not concern the subject. */
export function notApplicable(): Verdict {
  return { status: RuleStatus.NOT_APPLICABLE };
}

/** The deciding value is an unresolved expression (or lives outside the stack). */
export function cannotVerify(attributePath: string, detail: string): Verdict {
  return { status: RuleStatus.CANNOT_VERIFY, attributePath, detail };
}

/** The subject is not in the compliant state; `severity` overrides the rule's default. */
export function nonCompliant(attributePath: string, detail: string, severity?: Severity): Verdict {
  return { status: RuleStatus.NON_COMPLIANT, attributePath, detail, severity };
}

/** True when `x` is a verdict rather than something a helper resolved. */
export function isVerdict<T extends object>(x: T | Verdict): x is Verdict {
  return "status" in x;
}

/** Attaches a verdict to its subject; `prefix` is put before the attribute path (`input.` for manifests). */
export function outcome(subject: RenderedResource, v: Verdict, prefix = ""): RuleOutcome {
  return {
    status: v.status,
    subject,
    ...(v.detail !== undefined ? { detail: v.detail } : {}),
    ...(v.attributePath !== undefined ? { attributePath: `${prefix}${v.attributePath}` } : {}),
    ...(v.severity !== undefined ? { severity: v.severity } : {}),
  };
}

/**
 * Merges several verdicts on one subject into one: non-compliant if any is
 * (details joined, the worst severity kept), else cannot-verify if any is,
 * else compliant if any is, else not applicable.
 */
export function combine(verdicts: readonly Verdict[]): Verdict {
  for (const status of [RuleStatus.NON_COMPLIANT, RuleStatus.CANNOT_VERIFY]) {
    const found = verdicts.filter((v) => v.status === status);
    if (found.length === 0) continue;
    const severities = found.map((v) => v.severity);
    const severity = severities.includes(Severity.ERROR)
      ? Severity.ERROR
      : severities.includes(Severity.WARNING)
        ? Severity.WARNING
        : undefined;
    const detail = found.map((v) => v.detail).join("; ");
    return { status, attributePath: found[0].attributePath, detail, severity };
  }
  const ok = verdicts.find((v) => v.status === RuleStatus.COMPLIANT);
  return ok ?? notApplicable();
}

/** Runs `judge` on every agent of the context; paths are prefixed with `input.` (the `terraform_data` argument). */
export function perAgent(
  context: RuleContext,
  judge: (agent: RenderedAgent) => Verdict,
): RuleOutcome[] {
  return context.agents.map((agent) => outcome(agent.resource, judge(agent), "input."));
}
