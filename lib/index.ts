// The public API of cdktf-ibm-voice-agent: everything exported here, nothing else.
export * from "./core/errors";
export * from "./credentials";
export * from "./secrets";
export * from "./watson";
export * from "./event-forwarding";
export * from "./orchestration";
export * from "./sip-trunk";
export * from "./voice-agent";
export * from "./rules";
export * from "./guard";
export * from "./schema";
export * from "./contracts";
export * from "./assistant-skill";
