/** The scanner's own check, reported like a rule (in SARIF and JUnit too). */
export interface ScanCheck {
  /** Stable id. */
  readonly id: string;
  /** Level of its findings. */
  readonly level: "error" | "warning";
  /** The compliant state. */
  readonly title: string;
  /** Why it matters. */
  readonly explanation: string;
  /** How to fix a finding. */
  readonly fix: string;
  /** Where it is documented. */
  readonly docUrl: string;
}

/** VAW-SCAN-1: a module call the scanner could not read (registry or remote module not downloaded, missing directory). */
export const MODULE_NOT_SCANNED: ScanCheck = {
  id: "VAW-SCAN-1",
  level: "warning",
  title: "Every module the configuration calls is scanned",
  explanation:
    "Resources inside a module that is not present locally are not judged: a Cloudant instance with legacy credentials or a " +
    "Manager key inside it would go unseen. The scanner reports each such call instead of skipping it.",
  fix: 'run "terraform init" so that .terraform/modules holds the module, or scan the plan ("terraform show -json plan.out > plan.json")',
  docUrl: "https://www.npmjs.com/package/cdktf-ibm-voice-agent#scan-existing-terraform",
};

/** The scanner's checks. */
export const SCAN_CHECKS: readonly ScanCheck[] = [MODULE_NOT_SCANNED];
