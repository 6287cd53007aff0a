/**
 * Finding and reading the policy file an organisation keeps next to
 * `cdktf.json`. Lookup, from a start directory (the app's working directory,
 * which is where `cdktf synth` runs it):
 *
 * 1. the nearest directory, the start directory or one above it, holding
 *    `cdktf.json` (else the start directory itself): its
 *    `voice-agent-guard.policy.json`, when present;
 * 2. the file the `VOICE_AGENT_GUARD_POLICY` environment variable names
 *    (relative to the start directory), which must exist.
 *
 * Both apply when both are found (they combine into the strictest). A file
 * that is not valid JSON or not a valid policy stops synth with one error
 * listing every problem.
 */
import * as fs from "fs";
import * as path from "path";
import { describeValue, propsError } from "../core";
import { checkGuardPolicy, GuardPolicy } from "./guard-policy";

/** The policy file's name, looked for next to `cdktf.json`. */
export const GUARD_POLICY_FILE = "voice-agent-guard.policy.json";

/** The environment variable naming one more policy file (for CI, or a monorepo's shared policy). */
export const GUARD_POLICY_ENV = "VOICE_AGENT_GUARD_POLICY";

/** Options of `VoiceAgentGuard.loadPolicies`. */
export interface GuardPolicyLookup {
  /**
   * Where the lookup starts.
   * @default - the process's working directory
   */
  readonly cwd?: string;
  /**
   * Rule ids the policy may name besides the built-in rules and guard checks (custom rules).
   * @default - none
   */
  readonly extraRuleIds?: readonly string[];
}

/** The policy files that apply from `cwd`, as absolute paths (see the module's lookup order). */
export function guardPolicyFiles(cwd: string = process.cwd()): string[] {
  const start = path.resolve(cwd);
  let dir = start;
  for (let d = start; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, "cdktf.json"))) {
      dir = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  const files: string[] = [];
  const beside = path.join(dir, GUARD_POLICY_FILE);
  if (fs.existsSync(beside)) files.push(beside);
  const fromEnv = process.env[GUARD_POLICY_ENV];
  if (fromEnv !== undefined && fromEnv !== "") {
    const named = path.resolve(start, fromEnv);
    if (!files.includes(named)) files.push(named);
  }
  return files;
}

/**
 * Reads and validates one policy file. Throws one error naming the file and
 * listing every problem (unreadable, not JSON, unknown setting, bad rule id,
 * bad pattern…). `known` tells the rule ids that exist.
 */
export function readGuardPolicyFile(
  file: string,
  known: (id: string) => boolean,
  source: string = file,
): GuardPolicy {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw propsError("GuardPolicy", file, [
      {
        prop: "(file)",
        problem: "cannot be read",
        received: describeValue((e as NodeJS.ErrnoException).code ?? String(e)),
        fix: `create the file, or unset ${GUARD_POLICY_ENV} if it names the wrong one`,
      },
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw propsError("GuardPolicy", file, [
      {
        prop: "(file)",
        problem: `must be JSON (${(e as Error).message})`,
        received: describeValue(text),
        fix: 'write one JSON object, e.g. { "enforcedRules": ["VAW-SOE-1"], "warningsFail": true }',
      },
    ]);
  }
  checkGuardPolicy(parsed, file, known);
  const policy: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  delete policy.$schema;
  return { ...(policy as GuardPolicy), source };
}

/** Every policy that applies from the lookup's start directory, read and validated. */
export function loadGuardPolicies(
  known: (id: string) => boolean,
  lookup: GuardPolicyLookup = {},
): GuardPolicy[] {
  const extra = new Set(lookup.extraRuleIds ?? []);
  const isKnown = (id: string) => known(id) || extra.has(id);
  const start = path.resolve(lookup.cwd ?? process.cwd());
  // Sources are reported relative to the start directory, so reports do not depend on the machine.
  return guardPolicyFiles(start).map((f) =>
    readGuardPolicyFile(f, isKnown, path.relative(start, f).split(path.sep).join("/") || f),
  );
}
