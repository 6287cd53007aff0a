export * from "./service-orchestration-engine-defaults";
export * from "./service-orchestration-engine";
