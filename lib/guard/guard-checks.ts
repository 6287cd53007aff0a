import { Rule, Severity } from "../rules";
import { RULES_DOC_URI } from "./tool-info";

/** A guard check: described like a rule (for reports, SARIF and RULES.md), but run by the engine itself. */
export type GuardCheck = Omit<Rule, "check" | "scope">;

/** VAW-GUARD-1: an acknowledgement that accepts no finding is stale and reported. */
export const UNMATCHED_ACKNOWLEDGEMENT: GuardCheck = {
  id: "VAW-GUARD-1",
  severity: Severity.WARNING,
  title: "Every acknowledgement accepts at least one finding",
  explanation:
    "An acknowledgement that matches no finding is a stale exception: the problem was fixed or the construct moved. Left in " +
    "place it would silently accept the same problem if it came back later under that construct path.",
  fix: "remove the acknowledgement, or attach it to the construct whose finding it is meant to accept",
  docUrl: `${RULES_DOC_URI}#acknowledgements`,
  acknowledgeable: false,
};

/** VAW-GUARD-2: an acknowledgement found in the rendered JSON that is not valid is ignored and reported. */
export const REJECTED_ACKNOWLEDGEMENT: GuardCheck = {
  id: "VAW-GUARD-2",
  severity: Severity.WARNING,
  title:
    "Every acknowledgement is valid (known acknowledgeable rule, reason of 20 characters or more, YYYY-MM-DD expiry) and allowed by the guard policy",
  explanation:
    "Acknowledgements reach the guard through the rendered JSON (`//.voiceAgentGuard`), where an override could also put them. " +
    "The guard applies the same checks as VoiceAgentGuard.acknowledge, and those of the guard policy in force (enforced " +
    "rules, reason pattern, maximum lifetime), and ignores an invalid one, so the findings it meant to accept still count.",
  fix: "acknowledge with VoiceAgentGuard.acknowledge(construct, { ruleId, reason, expires }) instead of editing the metadata, with a reason of at least 20 characters",
  docUrl: `${RULES_DOC_URI}#acknowledgements`,
  acknowledgeable: false,
};

/** VAW-GUARD-3: a rule that throws is an error, never a silent pass. */
export const RULE_FAILED: GuardCheck = {
  id: "VAW-GUARD-3",
  severity: Severity.ERROR,
  title: "Every rule runs to completion",
  explanation:
    "A rule that throws has not judged the stack; treating that as a pass would let the configuration through unchecked.",
  fix: "report the message to the maintainers of the rule; the rendered JSON may hold a shape the rule does not expect",
  docUrl: `${RULES_DOC_URI}#guard-checks`,
  acknowledgeable: false,
};

/**
 * VAW-GUARD-4 (docs/threat-model.md#t40): running with fewer or weaker rules
 * than built in is reported and blocks until acknowledged with a reason.
 */
export const RULES_WEAKENED: GuardCheck = {
  id: "VAW-GUARD-4",
  severity: Severity.ERROR,
  title: "The guard runs every built-in rule as built in, or an acknowledged reason says why not",
  explanation:
    "The `rules` option of VoiceAgentGuard can leave rules out or replace them with copies that have a lower severity, " +
    "accept acknowledgements or check something else. A guard switched off that way would still report `passed`, so a " +
    "reduced or weakened rule set is itself an error finding listing which rules do not run or run weakened; it must be " +
    "acknowledged on the stack with a reason. Rules a guard policy enforces always run as built in.",
  fix: 'run every rule (leave out the rules option), or acknowledge VAW-GUARD-4 on the stack with a reason: VoiceAgentGuard.acknowledge(stack, { ruleId: "VAW-GUARD-4", reason })',
  docUrl: `${RULES_DOC_URI}#guard-policy`,
  acknowledgeable: true,
};

/** The guard's own checks, in id order (they guard against docs/threat-model.md#t40). */
export const GUARD_CHECKS: readonly GuardCheck[] = [
  UNMATCHED_ACKNOWLEDGEMENT,
  REJECTED_ACKNOWLEDGEMENT,
  RULE_FAILED,
  RULES_WEAKENED,
];
