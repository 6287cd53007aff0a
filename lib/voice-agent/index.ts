export * from "./data-class";
export * from "./voice-agent-enums";
export * from "./voice-agent-defaults";
export * from "./voice-agent-service-types";
export * from "./voice-agent-service-base";
export * from "./voice-agent-service";
export * from "./voice-agent-props";
export * from "./voice-agent";
