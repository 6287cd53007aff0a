export * from "./service-orchestration-engine-defaults";
export * from "./service-orchestration-engine";
export * from "./code-engine-service-orchestration-engine-defaults";
export * from "./code-engine-service-orchestration-engine-props";
export * from "./code-engine-service-orchestration-engine";
