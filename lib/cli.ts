#!/usr/bin/env node
/**
 * The package's command line: `cdktf-ibm-voice-agent validate <cdk.tf.json>...`
 * checks synthesized Terraform JSON offline against the bundled provider
 * schemas (exit codes: 0 valid, 1 problems found, 2 usage error or a file
 * that cannot be read or parsed); `cdktf-ibm-voice-agent scan <path>...`
 * runs the guard on any Terraform (see lib/scan).
 */
import * as fs from "fs";
import * as path from "path";
import { toolVersion } from "./guard";
import { runScanCommand } from "./scan";
import { runScanSkill } from "./assistant-skill";
import {
  InvalidSchemaError,
  SchemaValidator,
  formatSchemaProblem,
  formatSchemaSummary,
} from "./schema";

/** The program's name, as installed by the package's `bin` entry. */
export const CLI_NAME = "cdktf-ibm-voice-agent";

/** Exit codes of {@link runCli}. */
export const CliExitCode = {
  /** Every document is valid. */
  OK: 0,
  /** At least one problem was found. */
  PROBLEMS: 1,
  /** Bad arguments, or a file that cannot be read or is not a JSON object. */
  USAGE: 2,
} as const;

/** Where {@link runCli} writes and reads; tests pass their own. */
export interface CliIo {
  /** Writes one line of normal output. */
  readonly stdout: (line: string) => void;
  /** Writes one line of error output. */
  readonly stderr: (line: string) => void;
  /**
   * Reads a file as UTF-8 text.
   * @default - fs.readFileSync
   */
  readonly readFile?: (path: string) => string;
}

const USAGE = `usage: ${CLI_NAME} validate [--schema <file>]... <cdk.tf.json | directory>...
       ${CLI_NAME} scan [options] <path>...   (see "${CLI_NAME} scan --help")
       ${CLI_NAME} --version

Checks synthesized Terraform JSON offline against the provider schemas shipped
with ${CLI_NAME} (IBM Cloud, Twilio, Terraform's terraform_data): unknown
resource types, attributes and blocks, computed-only attributes set, missing
required arguments, wrong value types, block counts, provider configurations,
providers missing from terraform.required_providers.

A directory stands for its .tf.json files, or, for a cdktf output directory,
every stacks/<name>/cdk.tf.json.

Prints each problem as "<file>: <address>: <path>: <message>", then
"<N> resources checked, <M> problems".

options:
  --schema <file>  also load a provider schema saved from
                   "terraform providers schema -json" (repeatable)
  --version        print the version
  -h, --help       show this help

exit codes: 0 no problems, 1 problems found, 2 usage error or unreadable file

Also: ${CLI_NAME} scan-skill <skill.json>... checks Watson Assistant skill
exports with the guard's skill rules (${CLI_NAME} scan-skill --help).`;

class UsageError extends Error {}

interface ValidateArgs {
  readonly files: string[];
  readonly schemaFiles: string[];
}

/**
 * Runs the command line and returns its exit code; never throws and never
 * prints a stack trace.
 * @param argv the arguments after the program name (`process.argv.slice(2)`)
 */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    if (argv.length === 0) throw new UsageError("missing command");
    const [command, ...rest] = argv;
    if (command === "-h" || command === "--help" || command === "help") {
      io.stdout(USAGE);
      return CliExitCode.OK;
    }
    if (command === "--version") {
      io.stdout(toolVersion());
      return CliExitCode.OK;
    }
    if (command === "scan") return runScanCommand(rest, io);
    if (command === "scan-skill") return runScanSkill(rest, io);
    if (command !== "validate") throw new UsageError(`unknown command "${command}"`);
    const args = parseValidateArgs(rest);
    if (args === "help") {
      io.stdout(USAGE);
      return CliExitCode.OK;
    }
    if (args === "version") {
      io.stdout(toolVersion());
      return CliExitCode.OK;
    }
    return validateFiles(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${CLI_NAME}: ${e.message}; run "${CLI_NAME} --help" for usage`);
    } else {
      io.stderr(`${CLI_NAME}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return CliExitCode.USAGE;
  }
}

function parseValidateArgs(args: readonly string[]): ValidateArgs | "help" | "version" {
  const files: string[] = [];
  const schemaFiles: string[] = [];
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (options && (a === "-h" || a === "--help")) return "help";
    if (options && a === "--version") return "version";
    if (options && a === "--") options = false;
    else if (options && a === "--schema") {
      if (i + 1 >= args.length) throw new UsageError("--schema needs a file");
      schemaFiles.push(args[++i]);
    } else if (options && a.startsWith("--schema=")) schemaFiles.push(a.slice("--schema=".length));
    else if (options && a.startsWith("-") && a !== "-")
      throw new UsageError(`unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length === 0) throw new UsageError("validate needs at least one cdk.tf.json file");
  return { files: files.flatMap(expandDirectory), schemaFiles };
}

/**
 * A directory as the JSON documents it holds: every stacks/<name>/cdk.tf.json
 * of a cdktf output directory, else its .tf.json files; a directory with
 * neither is a usage error (never "0 resources checked").
 */
function expandDirectory(file: string): string[] {
  let isDir = false;
  try {
    isDir = fs.statSync(file).isDirectory();
  } catch {
    return [file]; // reported as unreadable by validateFiles
  }
  if (!isDir) return [file];
  const stacks = path.join(file, "stacks");
  const found = fs.existsSync(stacks)
    ? fs
        .readdirSync(stacks)
        .sort()
        .map((s) => path.join(stacks, s, "cdk.tf.json"))
        .filter((f) => fs.existsSync(f))
    : fs
        .readdirSync(file)
        .filter((f) => f.endsWith(".tf.json"))
        .sort()
        .map((f) => path.join(file, f));
  if (found.length === 0)
    throw new UsageError(
      `${file}: a directory without stacks/<name>/cdk.tf.json or .tf.json files (validate reads Terraform JSON; for .tf files use "${CLI_NAME} scan")`,
    );
  return found;
}

function validateFiles(args: ValidateArgs, io: CliIo): number {
  let validator: SchemaValidator;
  try {
    validator = SchemaValidator.load({ schemaFiles: args.schemaFiles });
  } catch (e) {
    if (e instanceof InvalidSchemaError) throw new UsageError(e.message);
    throw e;
  }
  const readFile = io.readFile ?? ((p: string) => fs.readFileSync(p, "utf8"));
  let unreadable = false;
  let readable = 0;
  let resources = 0;
  let problems = 0;
  for (const file of args.files) {
    const json = readJson(file, readFile);
    if ("error" in json) {
      io.stderr(`${CLI_NAME}: ${file}: ${json.error}`);
      unreadable = true;
      continue;
    }
    readable++;
    const result = validator.validate(json.value);
    for (const p of result.problems) io.stdout(formatSchemaProblem(p, file));
    resources += result.resourcesChecked;
    problems += result.problems.length;
  }
  // a summary only of what was read: unreadable input never reads "0 resources checked"
  if (readable > 0) io.stdout(formatSchemaSummary(resources, problems));
  if (unreadable) return CliExitCode.USAGE;
  return problems > 0 ? CliExitCode.PROBLEMS : CliExitCode.OK;
}

function readJson(
  file: string,
  readFile: (p: string) => string,
): { value: unknown } | { error: string } {
  let text: string;
  try {
    text = readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const reason = typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
    return { error: `cannot read the file (${reason})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: "not a Terraform JSON document (the top level must be an object)" };
  }
  return { value };
}

/* istanbul ignore next: exercised by the child-process test */
if (require.main === module) {
  void Promise.resolve(
    runCli(process.argv.slice(2), {
      stdout: (line) => process.stdout.write(`${line}\n`),
      stderr: (line) => process.stderr.write(`${line}\n`),
    }),
  ).then((code) => {
    process.exitCode = code;
  });
}
