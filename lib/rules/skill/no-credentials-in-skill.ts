import { SkillModel } from "../../contracts";
import { nodeLabel, SkillFacts, SkillIssue, skillRule } from "../util/skill-rule";
import { Severity } from "../rule";

/**
 * VAW-SKILL-1 (docs/threat-model.md#t27): the skill carries no credentials:
 * no passwords or API keys in `vgwActSetConversationConfig`, no credentials or
 * `thirdPartyCredentials` in `vgwActSetSTTConfig` / `vgwActSetTTSConfig`, no
 * password in a URL. Not acknowledgeable while turn events are forwarded:
 * they copy every response, credentials included, into Cloudant.
 */
export const noCredentialsInSkill = skillRule(
  {
    id: "VAW-SKILL-1",
    severity: Severity.ERROR,
    title: "The Watson Assistant skill carries no credentials",
    explanation:
      "vgwActSetConversationConfig takes a user name and password, and vgwActSetSTTConfig / vgwActSetTTSConfig pass " +
      "credentials (thirdPartyCredentials for Google) straight to the speech services. Written in the dialog JSON they " +
      "are readable by everyone who can open or export the skill, are kept in every skill backup, and travel in every " +
      "response; turn events copy the response verbatim into Cloudant, so with turn events forwarded the finding cannot " +
      "be acknowledged.",
    fix: "remove the credential from the skill: configure the service in the agent (or an SOE that adds it at run time from a secret store), and rotate the exposed credential",
    docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-dynamic-donfig",
    acknowledgeable: true,
  },
  checkCredentials,
);

function checkCredentials(skill: SkillModel, facts: SkillFacts): SkillIssue[] {
  return skill.nodes.flatMap((node) =>
    node.credentials.map((c) => ({
      node,
      place: c,
      detail:
        `${nodeLabel(node)} writes a credential (${c.source} ${c.parameter}) into the skill` +
        (facts.turnEventsForwarded ? "; turn events copy it into Cloudant" : ""),
      severity: Severity.ERROR,
      ...(facts.turnEventsForwarded ? { acknowledgeable: false } : {}),
    })),
  );
}
