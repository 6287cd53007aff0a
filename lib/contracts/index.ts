export * from "./interfaces";
export * from "./manifest-schema";
export * from "./terraform-document";
export * from "./voice-agent-regions";
export * from "./code-engine";
export * from "./skill-model";
