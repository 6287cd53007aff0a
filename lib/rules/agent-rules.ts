import { Rule } from "./rule";

/** Rules that check agent manifests (and the resources they reference). */
export const AGENT_RULES: readonly Rule[] = [];
