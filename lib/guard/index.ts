export * from "./terraform-document";
export * from "./attach";
export * from "./acknowledgements";
export * from "./guard-report";
export * from "./guard-checks";
export * from "./engine";
export * from "./sarif";
export * from "./report-schema";
export * from "./stable-json";
export * from "./guard-state";
export {
  GUARD_REPORT_FILE,
  GUARD_SARIF_FILE,
  AGENT_MANIFESTS_DIR,
  attachGuard,
  evaluateStack,
  stackDocument,
  blockingLines,
} from "./stack-guard";
export * from "./tool-info";
export * from "./voice-agent-guard";
