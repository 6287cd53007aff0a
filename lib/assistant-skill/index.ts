export * from "./assistant-skill";
export { canonicalJson, contentHash } from "./canonical-json";
export { runScanSkill, SCAN_SKILL_USAGE } from "./scan-skill-command";
export type { ScanSkillIo } from "./scan-skill-command";
