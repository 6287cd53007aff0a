import { AGENT_RULES } from "./agent-rules";
import { PROVISIONING_RULES } from "./provisioning-rules";
import { RESOURCE_RULES } from "./resource-rules";
import { Rule } from "./rule";

export * from "./rule";
export { AGENT_RULES } from "./agent-rules";
export * from "./not-checkable";
export { RESOURCE_RULES } from "./resource-rules";
export { PROVISIONING_RULES } from "./provisioning-rules";

/** Every rule the guard runs, agent rules first, then resource and provisioning rules, each id once. */
export const ALL_RULES: readonly Rule[] = [
  ...AGENT_RULES,
  ...RESOURCE_RULES,
  ...PROVISIONING_RULES,
];
