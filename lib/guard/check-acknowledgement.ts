/**
 * Checking an acknowledgement given outside a construct tree (an
 * acknowledgements file read by `scan`) with the same rules as
 * {@link VoiceAgentGuard.acknowledge}: a known rule that accepts
 * acknowledgements, a reason of the minimum length, a `YYYY-MM-DD` expiry.
 */
import { PropProblem } from "../core";
import { ALL_RULES } from "../rules";
import { acknowledgementProblems } from "./acknowledgements";
import { GuardOptions } from "./engine";

/** Every problem of one acknowledgement (`ruleId`, `reason`, `expires`), as `VoiceAgentGuard.acknowledge` would refuse it. */
export function checkAcknowledgementProps(
  props: unknown,
  options: Pick<GuardOptions, "rules"> = {},
): PropProblem[] {
  const known = new Map([...ALL_RULES, ...(options.rules ?? [])].map((r) => [r.id, r]));
  return acknowledgementProblems(props, (id) => known.get(id));
}
