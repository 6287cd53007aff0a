export * from "./interfaces";
export * from "./manifest-schema";
export * from "./terraform-document";
export * from "./voice-agent-regions";
export * from "./code-engine";
export * from "./skill-model";
export * from "./secret-attributes";
/** The types of an agent manifest's parts (`AgentManifestFormat.ManifestSipTrunk`, …), as one namespace. */
export type * as AgentManifestFormat from "./manifest-schema";
/** The types of an analysed Watson Assistant skill (`SkillModelFormat.SkillNode`, …), as one namespace. */
export type * as SkillModelFormat from "./skill-model";
