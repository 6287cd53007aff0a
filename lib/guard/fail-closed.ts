/**
 * Failing closed where the data is sensitive: what a rule does when it cannot
 * decide, derived from its metadata. On an agent whose callers may disclose
 * PHI or PCI (or a resource serving one, see {@link sensitiveSubjects}), a
 * cannot-verify outcome of a rule whose finding there would be an error is an
 * error itself; everywhere else it stays a warning.
 */
import { Rule, Severity } from "../rules";

/** The metadata the decision reads. */
export type UndecidedRule = Pick<Rule, "severity" | "sensitiveDataSeverity" | "acknowledgeable">;

/** True when a cannot-verify outcome of `rule` on a PHI or PCI subject blocks synthesis. */
export function failsClosed(rule: UndecidedRule): boolean {
  return (rule.sensitiveDataSeverity ?? rule.severity) === Severity.ERROR;
}

/** What happens when `rule` cannot decide, in words (RULES.md states it per rule). */
export function undecidedBehaviour(rule: UndecidedRule): string {
  if (!failsClosed(rule))
    return "a cannot-verify warning, for every agent (a non-compliant finding is not an error for PHI or PCI agents either)";
  const until = rule.acknowledgeable
    ? "until the value is made decidable or the finding is acknowledged with a reason"
    : "until the value is made decidable (the rule cannot be acknowledged)";
  return (
    "a cannot-verify warning; an error that blocks synthesis when the subject is an agent handling PHI or PCI " +
    `(or whose data classes are an expression) or a resource serving one, ${until}`
  );
}
