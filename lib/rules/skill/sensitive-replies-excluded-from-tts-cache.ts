import { SkillModel } from "../../contracts";
import { Severity } from "../rule";
import { handlesPhiOrPci, nodeLabel, SkillFacts, SkillIssue, skillRule } from "../util/skill-rule";
import { sensitiveReferences, shownReference } from "../util/skill-sensitivity";

/** The command that keeps a node's reply out of the TTS cache (case-sensitive). */
export const EXCLUDE_FROM_TTS_CACHE = "vgwActExcludeFromTTSCache";

/**
 * VAW-TTS-1 (docs/threat-model.md#t25): every dialog node or action step whose
 * spoken reply takes in a sensitive value carries `vgwActExcludeFromTTSCache`.
 * The exclusion is per node: a parent's does not cover its slots, handlers or
 * conditional responses.
 */
export const sensitiveRepliesExcludedFromTtsCache = skillRule(
  {
    id: "VAW-TTS-1",
    severity: Severity.WARNING,
    title: "Dialog nodes that speak sensitive values are excluded from the TTS cache",
    explanation:
      "Voice Agent caches the audio of what Text to Speech says for 336 hours by default (and up to 24 hours after the " +
      "instance is deleted) unless the dialog node carries vgwActExcludeFromTTSCache. A reply that speaks an account " +
      "number, a balance, a date of birth, a diagnosis or the caller's own words is then kept as audio. The exclusion " +
      "applies per node: slots, handlers and conditional responses need their own. An error for agents handling PHI or " +
      "PCI data, a warning otherwise.",
    fix: 'add { "command": "vgwActExcludeFromTTSCache" } to the node\'s output.vgwAction (or its vgwActionSequence, or a user_defined response), or stop speaking the value',
    docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#tts_caching",
    acknowledgeable: true,
  },
  checkTtsCache,
);

function checkTtsCache(skill: SkillModel, facts: SkillFacts): SkillIssue[] {
  if (facts.speaks === false) return []; // an SMS agent has no Text to Speech, so no TTS cache
  const severity = handlesPhiOrPci(facts.dataClasses) ? Severity.ERROR : Severity.WARNING;
  const issues: SkillIssue[] = [];
  for (const node of skill.nodes) {
    if (node.commands.some((c) => c.command === EXCLUDE_FROM_TTS_CACHE)) continue;
    for (const spoken of node.spoken) {
      const found = sensitiveReferences(spoken.references, skill, facts);
      if (found.length === 0) continue;
      const what = found.map((f) => `${shownReference(f.reference)} (${f.why})`).join(", ");
      issues.push({
        node,
        place: spoken,
        detail: `${nodeLabel(node)} speaks ${what} without ${EXCLUDE_FROM_TTS_CACHE}: the audio stays in the TTS cache for 336 hours`,
        severity,
      });
    }
  }
  return issues;
}
