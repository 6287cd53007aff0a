export * from "./attach";
export * from "./voice-agent-guard";
export type { StackGuardOptions } from "./guard-state";
export { runGuard, renderedAgents } from "./engine";
export type { GuardOptions } from "./engine";
export {
  MIN_ACKNOWLEDGEMENT_REASON_LENGTH,
  GUARD_METADATA_KEY,
  GUARD_TODAY_ENV,
  coversPath,
} from "./acknowledgements";
export type { Acknowledgement, AcknowledgementProps } from "./acknowledgements";
export * from "./guard-report";
export * from "./report-schema";
export { GUARD_CHECKS } from "./guard-checks";
export { guardPolicyProblems } from "./guard-policy";
export type { GuardPolicy, EffectiveGuardPolicy } from "./guard-policy";
export { GUARD_POLICY_FILE, GUARD_POLICY_ENV, guardPolicyFiles } from "./guard-policy-file";
export type { GuardPolicyLookup } from "./guard-policy-file";
export { failsClosed, undecidedBehaviour } from "./fail-closed";
export type { GuardCheck } from "./guard-checks";
export { sarifLog, toSarif, SARIF_VERSION, SARIF_SCHEMA_URI } from "./sarif";
export type { SarifOptions, SarifLog, SarifRunParts } from "./sarif";
export {
  GUARD_REPORT_FILE,
  GUARD_SARIF_FILE,
  AGENT_MANIFESTS_DIR,
  blockingLines,
} from "./stack-guard";
export { checkAcknowledgementProps } from "./check-acknowledgement";
export { UNMATCHED_ACKNOWLEDGEMENT } from "./guard-checks";
export { TOOL_NAME, toolVersion } from "./tool-info";
export { readGuardPolicyFile } from "./guard-policy-file";
export { isBuiltInRuleId } from "./engine";
export { scanSkill, skillScanSarif } from "./skill-scan";
export type { SkillScanFinding, SkillScanOptions } from "./skill-scan";
