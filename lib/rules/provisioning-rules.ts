import { Rule } from "./rule";

/** Rules on resources the library provisions around the agent (Twilio trunks, Code Engine, context-based restrictions). */
export const PROVISIONING_RULES: readonly Rule[] = [];
