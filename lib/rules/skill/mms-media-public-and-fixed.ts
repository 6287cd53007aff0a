import { SkillModel } from "../../contracts";
import { Severity } from "../rule";
import { handlesPhiOrPci, nodeLabel, SkillFacts, SkillIssue, skillRule } from "../util/skill-rule";
import { shownReference } from "../util/skill-sensitivity";

/**
 * VAW-MMS-1 (docs/threat-model.md#t34): MMS media (`vgwActSendSMS` and
 * `smsActSendMedia` `mediaURL`, a string or a list; `image` responses) are
 * fixed `https:` URLs, never built from context, and not sent at all by agents
 * handling PHI or PCI data: media URLs are necessarily public.
 */
export const mmsMediaPublicAndFixed = skillRule(
  {
    id: "VAW-MMS-1",
    severity: Severity.ERROR,
    title: "MMS media are fixed https URLs, and agents handling PHI or PCI data send none",
    explanation:
      "Twilio fetches MMS media only from public URLs, so whatever a media URL points to is readable by anyone who has " +
      "the link; IBM says to avoid sensitive or personal information in MMS. A URL over http: can be read and altered on " +
      "the way, a URL built from context variables (an account id, a claim number) publishes that data in the link, and " +
      "an agent handling PHI or card data should send no media at all.",
    fix: "send only fixed https: URLs of public, non-personal content (a map, a logo); for PHI or PCI agents remove the media and send a text instead",
    docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#data_handling",
    acknowledgeable: true,
  },
  checkMedia,
);

function checkMedia(skill: SkillModel, facts: SkillFacts): SkillIssue[] {
  const issues: SkillIssue[] = [];
  const sensitiveAgent = handlesPhiOrPci(facts.dataClasses);
  for (const node of skill.nodes)
    for (const m of node.media) {
      const problems: string[] = [];
      if (/^\s*http:/i.test(m.text)) problems.push("is fetched over http:");
      else if (!/^\s*https:\/\//i.test(m.text) && m.references.length === 0)
        problems.push("is not an https: URL");
      if (m.references.length > 0)
        problems.push(`carries ${m.references.map(shownReference).join(", ")} in a public link`);
      if (sensitiveAgent)
        problems.push(
          `is sent by an agent handling ${facts.dataClasses.filter((c) => c !== "PII").join(" and ")} data`,
        );
      if (problems.length)
        issues.push({
          node,
          place: m,
          detail: `${nodeLabel(node)} sends MMS media (${m.source}) ${JSON.stringify(m.text)}, which ${problems.join(" and ")}`,
        });
    }
  return issues;
}
