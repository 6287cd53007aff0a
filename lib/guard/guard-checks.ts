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
    "Every acknowledgement is valid (known acknowledgeable rule, reason of 20 characters or more, YYYY-MM-DD expiry)",
  explanation:
    "Acknowledgements reach the guard through the rendered JSON (`//.voiceAgentGuard`), where an override could also put them. " +
    "The guard applies the same checks as VoiceAgentGuard.acknowledge and ignores an invalid one, so the findings it meant " +
    "to accept still count.",
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

/** The guard's own checks, in id order (they guard against docs/threat-model.md#t40). */
export const GUARD_CHECKS: readonly GuardCheck[] = [
  UNMATCHED_ACKNOWLEDGEMENT,
  REJECTED_ACKNOWLEDGEMENT,
  RULE_FAILED,
];
