// The public API of cdktf-ibm-voice-agent: everything exported here, nothing else.
export * from "./core/errors";
export * from "./secrets";
