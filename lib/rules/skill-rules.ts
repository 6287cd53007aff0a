import { mmsMediaPublicAndFixed } from "./skill/mms-media-public-and-fixed";
import { noCredentialsInSkill } from "./skill/no-credentials-in-skill";
import { sensitiveRepliesExcludedFromTtsCache } from "./skill/sensitive-replies-excluded-from-tts-cache";
import { transferTargetsFixedInSkill } from "./skill/transfer-targets-fixed-in-skill";
import { voiceCommandsKnown } from "./skill/voice-commands-known";
import { SkillRule } from "./util/skill-rule";

/** Rules that check the Watson Assistant skill an agent runs, in id order. */
export const SKILL_RULES: readonly SkillRule[] = [
  mmsMediaPublicAndFixed,
  noCredentialsInSkill,
  voiceCommandsKnown,
  sensitiveRepliesExcludedFromTtsCache,
  transferTargetsFixedInSkill,
];
