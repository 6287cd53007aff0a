export {
  runScanCommand,
  SCAN_USAGE,
  ScanExitCode,
  SCAN_REPORT_SCHEMA_VERSION,
  scanToJson,
} from "./scan-command";
export type { ScanIo } from "./scan-command";
export { loadInputs, UnreadableInputError } from "./load-inputs";
export type { ScanInput, InputKind, LoadOptions } from "./load-inputs";
export { scanInputs, failingFindings } from "./scan";
export type {
  ScanOptions,
  ScanFinding,
  ScanResult,
  ScannedDocument,
  FileAcknowledgementResult,
} from "./scan";
export { parseAcknowledgementFile, AcknowledgementFileError } from "./scan-acknowledgements";
export type { FileAcknowledgement } from "./scan-acknowledgements";
export { scanToSarif } from "./scan-sarif";
export { scanToJunit } from "./scan-junit";
export { toText as scanToText } from "./scan-text";
export { SCAN_CHECKS, MODULE_NOT_SCANNED } from "./scan-checks";
export type { ScanCheck } from "./scan-checks";
