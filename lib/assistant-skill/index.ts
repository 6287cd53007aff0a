export * from "./assistant-skill";
export { runScanSkill, SCAN_SKILL_USAGE } from "./scan-skill-command";
export type { ScanSkillIo } from "./scan-skill-command";
