import { AGENT_RULES } from "./agent-rules";
import { PROVISIONING_RULES } from "./provisioning-rules";
import { RESOURCE_RULES } from "./resource-rules";
import { Rule } from "./rule";
import { SKILL_RULES } from "./skill-rules";

export * from "./rule";
export { AGENT_RULES } from "./agent-rules";
export * from "./not-checkable";
export { RESOURCE_RULES } from "./resource-rules";
export { PROVISIONING_RULES } from "./provisioning-rules";
export { SKILL_RULES } from "./skill-rules";
export { NO_SKILL_DETAIL, skillFactsOf } from "./util/skill-rule";
export type { SkillFacts, SkillIssue, SkillRule } from "./util/skill-rule";
export { SENSITIVE_NAME_DEFAULTS } from "./util/skill-sensitivity";

/** Every rule the guard runs, agent rules first, then skill, resource and provisioning rules, each id once. */
export const ALL_RULES: readonly Rule[] = [
  ...AGENT_RULES,
  ...SKILL_RULES,
  ...RESOURCE_RULES,
  ...PROVISIONING_RULES,
];
