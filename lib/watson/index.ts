export * from "./watson-defaults";
export * from "./watson-service";
export * from "./existing-watson-service";
export * from "./watson-assistant";
export * from "./speech-to-text";
export * from "./text-to-speech";
export * from "./check-same-language";
export * from "./check-watson-service";
