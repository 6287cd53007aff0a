import { AGENT_RULES } from "./agent-rules";
import { RESOURCE_RULES } from "./resource-rules";
import { Rule } from "./rule";

export * from "./rule";
export { AGENT_RULES } from "./agent-rules";
export { RESOURCE_RULES } from "./resource-rules";

/** Every rule the guard runs, agent rules first, each id once. */
export const ALL_RULES: readonly Rule[] = [...AGENT_RULES, ...RESOURCE_RULES];
