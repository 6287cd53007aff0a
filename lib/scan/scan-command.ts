/**
 * `cdktf-ibm-voice-agent scan <path>...`: the guard on Terraform that no
 * program of ours synthesized (see {@link SCAN_USAGE}). Arguments are parsed
 * with Node's `util.parseArgs`; the command never throws: bad arguments and
 * unreadable input are exit code 2 with a message saying why.
 */
import * as fs from "fs";
import { parseArgs } from "util";
import {
  FindingLevel,
  GUARD_POLICY_FILE,
  GUARD_REPORT_SCHEMA_VERSION,
  GuardPolicy,
  isBuiltInRuleId,
  readGuardPolicyFile,
  TOOL_NAME,
  toolVersion,
  VoiceAgentGuard,
} from "../guard";
import { isVoiceAgentError } from "../core";
import { loadInputs, UnreadableInputError } from "./load-inputs";
import { failingFindings, scanInputs, ScanResult } from "./scan";
import { AcknowledgementFileError, parseAcknowledgementFile } from "./scan-acknowledgements";
import { scanToJunit } from "./scan-junit";
import { scanToSarif } from "./scan-sarif";
import { toText } from "./scan-text";

/** Where the command writes and reads. */
export interface ScanIo {
  /** One line of normal output. */
  readonly stdout: (line: string) => void;
  /** One line of error output. */
  readonly stderr: (line: string) => void;
  /**
   * Reads a file as UTF-8.
   * @default - fs.readFileSync
   */
  readonly readFile?: (path: string) => string;
  /**
   * Writes a file.
   * @default - fs.writeFileSync
   */
  readonly writeFile?: (path: string, text: string) => void;
}

/** The `schemaVersion` of the JSON report of `scan`. */
export const SCAN_REPORT_SCHEMA_VERSION = "cdktf-ibm-voice-agent/scan-report/v1";

/** Exit codes of `scan`. */
export const ScanExitCode = {
  /** Nothing at or above `--fail-on`. */
  CLEAN: 0,
  /** Findings at or above `--fail-on` that no acknowledgement accepts. */
  FINDINGS: 1,
  /** Bad arguments, or input that cannot be read or in which nothing could be judged. */
  USAGE: 2,
} as const;

/** The help text of `scan`. */
export const SCAN_USAGE = `usage: ${TOOL_NAME} scan [options] <path>...

Runs the voice agent guard (the same rules, report and acknowledgements as at
cdktf synth) on Terraform written any way. Each <path> is one of:
  a directory of .tf / .tf.json files  a root module; local modules
                                       (source = "./..." or "../...") are
                                       expanded with their inputs and variable
                                       defaults; registry and remote modules are
                                       read from .terraform/modules after
                                       "terraform init", else reported as not
                                       scanned (VAW-SCAN-1)
  a .tf file                           its directory
  cdk.tf.json or another .tf.json      one document
  a cdktf.out directory                every stacks/<name>/cdk.tf.json
  a plan or state as JSON              "terraform show -json plan.out > plan.json":
                                       modules expanded, values known at plan
                                       time; the accurate input for module-heavy
                                       code

Root variables take their values from terraform.tfvars, terraform.tfvars.json,
*.auto.tfvars(.json) in lexical order, then each --var-file in order (later
wins), else their defaults (TF_VAR_* and -var are not read). Sensitive
variables are never replaced by values: the guard follows them as secrets.

options:
  --format <text|json|sarif|junit>  report format (default text: one line per
                                    finding, then a summary)
  --output <file>                   write the report there (the text report
                                    still goes to standard output)
  --fail-on <error|warning>         the lowest level that fails (default error)
  --acknowledgements <file>         JSON list of {"ruleId", "address", "reason",
                                    "expires"}: address is a Terraform address or
                                    address prefix (module.events); reason at
                                    least 20 characters; expires YYYY-MM-DD;
                                    stale ones are reported (VAW-GUARD-1)
  --var-file <file>                 variable definitions for root modules
                                    (repeatable)
  --policy <file>                   an organisation guard policy (repeatable);
                                    ${GUARD_POLICY_FILE} next to the
                                    nearest cdktf.json (from the working
                                    directory) and the file VOICE_AGENT_GUARD_POLICY
                                    names always apply; several combine into
                                    the strictest
  --version                         print the version
  -h, --help                        show this help

exit codes:
  0  no finding at or above --fail-on (acknowledged findings do not count)
  1  findings at or above --fail-on
  2  usage error, unreadable input, or a document in which nothing could be
     judged (never reported as a pass)`;

class UsageError extends Error {}

interface ScanArgs {
  readonly paths: string[];
  readonly format: "text" | "json" | "sarif" | "junit";
  readonly output?: string;
  readonly failOn: FindingLevel;
  readonly acknowledgements?: string;
  readonly varFiles: string[];
  readonly policies: string[];
}

function parse(argv: readonly string[]): ScanArgs | "help" | "version" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        output: { type: "string" },
        "fail-on": { type: "string" },
        acknowledgements: { type: "string" },
        "var-file": { type: "string", multiple: true },
        policy: { type: "string", multiple: true },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]);
  }
  const v = parsed.values;
  if (v.help) return "help";
  if (v.version) return "version";
  const format = v.format ?? "text";
  if (!["text", "json", "sarif", "junit"].includes(format))
    throw new UsageError(`--format must be text, json, sarif or junit, got "${format}"`);
  const failOn = v["fail-on"] ?? "error";
  if (failOn !== "error" && failOn !== "warning")
    throw new UsageError(`--fail-on must be error or warning, got "${failOn}"`);
  if (parsed.positionals.length === 0) throw new UsageError("scan needs at least one path");
  return {
    paths: parsed.positionals,
    format: format as ScanArgs["format"],
    ...(v.output !== undefined ? { output: v.output } : {}),
    failOn,
    ...(v.acknowledgements !== undefined ? { acknowledgements: v.acknowledgements } : {}),
    varFiles: v["var-file"] ?? [],
    policies: v.policy ?? [],
  };
}

/** The JSON report of a scan. */
export function scanToJson(result: ScanResult, failOn: FindingLevel): string {
  const failing = failingFindings(result, failOn).length;
  return `${JSON.stringify(
    {
      schemaVersion: SCAN_REPORT_SCHEMA_VERSION,
      guardReportSchemaVersion: GUARD_REPORT_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: toolVersion() },
      passed: failing === 0 && result.problems.length === 0,
      failOn,
      counts: {
        documents: result.documents.length,
        resources: result.documents.reduce((n, d) => n + d.resources, 0),
        failing,
        errors: result.findings.filter((f) => f.level === "error" && !f.acknowledged).length,
        warnings: result.findings.filter((f) => f.level === "warning" && !f.acknowledged).length,
        acknowledged: result.findings.filter((f) => f.acknowledged).length,
      },
      problems: result.problems,
      findings: result.findings,
      acknowledgements: result.acknowledgements,
      documents: result.documents.map((d) => ({
        input: d.input,
        kind: d.kind,
        stack: d.stack,
        resources: d.resources,
        notScanned: d.notScanned,
        notCreated: d.notCreated,
        rules: d.report.rules,
      })),
    },
    null,
    2,
  )}\n`;
}

/** Runs `scan` with the arguments after the command name; resolves to the exit code. */
export async function runScanCommand(argv: readonly string[], io: ScanIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`${TOOL_NAME} scan: ${message}`);
    return ScanExitCode.USAGE;
  };
  let args;
  try {
    args = parse(argv);
  } catch (e) {
    return fail(`${(e as Error).message}; run "${TOOL_NAME} scan --help" for usage`);
  }
  if (args === "help") {
    io.stdout(SCAN_USAGE);
    return ScanExitCode.CLEAN;
  }
  if (args === "version") {
    io.stdout(toolVersion());
    return ScanExitCode.CLEAN;
  }
  const readFile = io.readFile ?? ((p: string) => fs.readFileSync(p, "utf8"));
  try {
    const acknowledgements = args.acknowledgements
      ? parseAcknowledgementFile(args.acknowledgements, readFile(args.acknowledgements))
      : [];
    const inputs = await loadInputs(args.paths, { varFiles: args.varFiles, readFile });
    const policy: GuardPolicy[] = [
      ...VoiceAgentGuard.loadPolicies(),
      ...args.policies.map((f) => readGuardPolicyFile(f, isBuiltInRuleId)),
    ];
    const result = scanInputs(inputs, { acknowledgements, guard: { policy } });
    result.problems.forEach((p) => io.stderr(`${TOOL_NAME} scan: ${p}`));
    const report =
      args.format === "json"
        ? scanToJson(result, args.failOn)
        : args.format === "sarif"
          ? `${JSON.stringify(scanToSarif(result), null, 2)}\n`
          : args.format === "junit"
            ? scanToJunit(result, args.failOn)
            : undefined;
    if (args.output !== undefined)
      (io.writeFile ?? fs.writeFileSync)(args.output, report ?? `${toText(result, args.failOn)}\n`);
    if (report === undefined || args.output !== undefined) {
      if (result.documents.length > 0) toText(result, args.failOn).split("\n").forEach(io.stdout);
    } else io.stdout(report.replace(/\n$/, ""));
    if (result.problems.length) return ScanExitCode.USAGE;
    return failingFindings(result, args.failOn).length ? ScanExitCode.FINDINGS : ScanExitCode.CLEAN;
  } catch (e) {
    if (
      e instanceof UnreadableInputError ||
      e instanceof AcknowledgementFileError ||
      isVoiceAgentError(e)
    )
      return fail((e as Error).message);
    return fail(`cannot scan: ${e instanceof Error ? e.message : String(e)}`);
  }
}
