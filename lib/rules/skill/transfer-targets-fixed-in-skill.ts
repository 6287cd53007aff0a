import {
  parseTransferTarget,
  samePhoneNumber,
  sipHostOf,
  transferTargetNumberRisk,
} from "../../core";
import { SkillModel, SkillTransfer } from "../../contracts";
import { Severity } from "../rule";
import { nodeLabel, SkillFacts, SkillIssue, skillRule } from "../util/skill-rule";
import { shownReference } from "../util/skill-sensitivity";

/**
 * VAW-XFER-3 (docs/threat-model.md#t14): the skill transfers only to fixed
 * business numbers the agent declares: never to a target assembled from
 * context variables or caller input, never to a number the transfer-target
 * rules refuse (malformed, personal, outside the declared list, or a SIP host
 * other than the trunk's termination).
 */
export const transferTargetsFixedInSkill = skillRule(
  {
    id: "VAW-XFER-3",
    severity: Severity.ERROR,
    title: "Transfers in the skill go to fixed business numbers the agent declares",
    explanation:
      "vgwActTransfer and connect_to_agent hand the call to whatever their target names. A target built from context " +
      "variables or from what the caller said or keyed lets a caller (or anything that writes the context, such as an " +
      "SOE) steer the call to a number of their choosing, at the company's cost. IBM says never to transfer to a " +
      "personal number; the agent's declared targets are the list a reviewer approves.",
    fix: "write each transfer target as a literal tel:+<number> or sip:+<number>@<trunk termination host>, and list it in the agent's callTransfer.allowedTargets (or defaultTarget)",
    docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#calltransfer_infosec",
    acknowledgeable: true,
  },
  checkTransfers,
);

function checkTransfers(skill: SkillModel, facts: SkillFacts): SkillIssue[] {
  const issues: SkillIssue[] = [];
  for (const node of skill.nodes)
    for (const t of node.transfers) {
      const problem = judge(t, facts);
      if (problem)
        issues.push({
          node,
          place: t,
          detail: `${nodeLabel(node)} transfers (${t.source}) to ${JSON.stringify(t.text)}, which ${problem.text}`,
          severity: problem.severity,
        });
    }
  return issues;
}

function judge(
  t: SkillTransfer,
  facts: SkillFacts,
): { text: string; severity: Severity } | undefined {
  const error = (text: string) => ({ text, severity: Severity.ERROR });
  if (t.references.length > 0)
    return error(
      `is built from ${t.references.map(shownReference).join(", ")}: context or caller input steers the call`,
    );
  if (/<\?|\$\{|\$[A-Za-z_]/.test(t.text)) return error("is built from an expression");
  // Watson Assistant needs the @ of a SIP URI escaped (`sip:+1888…\\@host`).
  const parsed = parseTransferTarget(t.text.replace(/\\@/g, "@"));
  if (!parsed.ok) return error(`is refused: it ${parsed.reason}`);
  const n = parsed.number;
  if (transferTargetNumberRisk(n.type) === "personal")
    return error(
      `is a personal number (${n.type?.toLowerCase().replace(/_/g, " ")}), never a transfer target`,
    );
  if (parsed.host !== undefined && facts.terminationUri !== undefined) {
    const own = sipHostOf(facts.terminationUri);
    if (own !== undefined && own !== parsed.host)
      return error(`leaves the trunk: its host must be ${own}, the trunk's termination`);
  }
  if (facts.transferTargets === undefined) {
    if (transferTargetNumberRisk(n.type) === "undetermined")
      return {
        text: `may be a personal number (${n.international} is ${String(n.type ?? "of unknown type")
          .toLowerCase()
          .replace(/_/g, " ")})`,
        severity: Severity.WARNING,
      };
    return undefined;
  }
  const declared = facts.transferTargets.some((d) => {
    const p = parseTransferTarget(d);
    return p.ok && samePhoneNumber(p.number.e164, n.e164);
  });
  return declared
    ? undefined
    : error(
        `is not among the agent's declared transfer targets (callTransfer.defaultTarget, allowedTargets)`,
      );
}
