import { SkillModel } from "../../contracts";
import { Severity } from "../rule";
import { nodeLabel, SkillIssue, skillRule } from "../util/skill-rule";

/**
 * The voice-gateway commands IBM documents for Voice Agent with Watson and
 * Voice Gateway (action tags in `vgwAction` / `vgwActionSequence`). Names are
 * case-sensitive.
 */
export const VOICE_GATEWAY_COMMANDS: readonly string[] = [
  "vgwActPlayText",
  "vgwActPlayUrl",
  "vgwActHangup",
  "vgwActSetSTTConfig",
  "vgwActSetTTSConfig",
  "vgwActSetConversationConfig",
  "vgwActCollectDTMF",
  "vgwActPauseDTMF",
  "vgwActUnPauseDTMF",
  "vgwActExcludeFromTTSCache",
  "vgwActPauseSTT",
  "vgwActUnPauseSTT",
  "vgwActEnableSpeechBargeIn",
  "vgwActDisableSpeechBargeIn",
  "vgwActEnableDTMFBargeIn",
  "vgwActDisableDTMFBargeIn",
  "vgwActForceNoInputTurn",
  "vgwActTransfer",
  "vgwActSendSMS",
  "vgwActSetDisambiguationConfig",
  "vgwActSetOptionsConfig",
];

/** The SMS gateway's commands (`smsAction` / `smsActionSequence`). */
export const SMS_GATEWAY_COMMANDS: readonly string[] = [
  "smsActSendMedia",
  "setSessionTimeoutCount",
  "terminateSession",
];

/**
 * VAW-SKILL-2 (docs/threat-model.md#t26): every voice-gateway command in the
 * skill is one IBM documents, spelled exactly (names are case-sensitive); an
 * unknown one is reported with the closest documented name.
 */
export const voiceCommandsKnown = skillRule(
  {
    id: "VAW-SKILL-2",
    severity: Severity.WARNING,
    title: "Every voice-gateway command in the skill is a documented command, spelled exactly",
    explanation:
      "All agent behaviour beyond the dashboard is written as voice-gateway commands in the skill, and the gateway " +
      "ignores a command it does not know without an error: a misspelled vgwActExcludeFromTTSCache leaves the reply in " +
      "the TTS cache, a misspelled vgwActTransfer or vgwActHangup leaves the caller in the dialog. Names are " +
      "case-sensitive; exports in the field contain vgwActCollectDtmf (the spelling of Voice Agent's own API " +
      "reference) where the gateway matches vgwActCollectDTMF.",
    fix: "spell the command exactly as IBM's action-tag reference does (the finding names the closest one), or remove it",
    docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-api-reference",
    acknowledgeable: true,
  },
  checkCommands,
);

function checkCommands(skill: SkillModel): SkillIssue[] {
  const issues: SkillIssue[] = [];
  for (const node of skill.nodes)
    for (const c of node.commands) {
      const known = c.via.includes("smsAction") ? SMS_GATEWAY_COMMANDS : VOICE_GATEWAY_COMMANDS;
      if (known.includes(c.command)) continue;
      const near = closest(c.command, known);
      issues.push({
        node,
        place: c,
        detail: `${nodeLabel(node)} gives ${JSON.stringify(c.command)} (${c.via}), which is not a documented command${near ? `: did you mean ${near}?` : ""}`,
        severity: Severity.WARNING,
      });
    }
  return issues;
}

/** The documented name closest to `name`: the same letters in another case, else at most 3 edits away. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = 4;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
