/**
 * `cdktf-ibm-voice-agent scan-skill <file>... [--data-class PII|PHI|PCI]...
 * [--sensitive <name>]... [--not-sensitive <name>]... [--format text|json|sarif]`:
 * the guard's skill rules on Watson Assistant skill exports, without a stack.
 * Exit codes: 0 no error findings, 1 error findings, 2 bad arguments or a file
 * that cannot be read or is not a skill.
 */
import * as fs from "fs";
import { parseArgs } from "util";
import { ManifestDataClass } from "../contracts";
import { isVoiceAgentError } from "../core";
import { scanSkill, SkillScanFinding, skillScanSarif } from "../guard";
import { AssistantSkill } from "./assistant-skill";

/** Where the command writes and reads. */
export interface ScanSkillIo {
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

/** The usage text of `scan-skill`. */
export const SCAN_SKILL_USAGE = `usage: cdktf-ibm-voice-agent scan-skill <skill.json>... [options]

Runs the guard's skill rules (VAW-TTS-1, VAW-XFER-3, VAW-MMS-1, VAW-SKILL-1,
VAW-SKILL-2) on Watson Assistant skill exports: v1 dialog skills (dialog_nodes)
and v2 actions skills (actions[].steps[]).

options:
  --data-class PII|PHI|PCI  what callers disclose to the agent (repeatable; default PII)
  --sensitive <name>        a context variable or @entity whose value is sensitive (repeatable)
  --not-sensitive <name>    a name the data-class defaults count as sensitive that is not (repeatable)
  --format text|json|sarif  output format (default text)
  -h, --help                show this help

exit codes: 0 no error findings, 1 error findings, 2 usage error or unreadable skill`;

const DATA_CLASSES: readonly ManifestDataClass[] = ["PII", "PHI", "PCI"];
const FORMATS = ["text", "json", "sarif"] as const;

/** Runs `scan-skill` with the arguments after the command name; returns the exit code, never throws. */
export function runScanSkill(args: readonly string[], io: ScanSkillIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        "data-class": { type: "string", multiple: true },
        sensitive: { type: "string", multiple: true },
        "not-sensitive": { type: "string", multiple: true },
        format: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(SCAN_SKILL_USAGE);
    return 0;
  }
  const classes = (v["data-class"] ?? []).map((c) => c.toUpperCase());
  const badClass = classes.find((c) => !DATA_CLASSES.includes(c as ManifestDataClass));
  if (badClass !== undefined)
    return usage(io, `--data-class must be PII, PHI or PCI, got "${badClass}"`);
  const format = v.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format))
    return usage(io, `--format must be text, json or sarif, got "${format}"`);
  if (parsed.positionals.length === 0) return usage(io, "scan-skill needs at least one skill file");
  const read = io.readFile ?? ((p: string) => fs.readFileSync(p, "utf8"));
  const findings: SkillScanFinding[] = [];
  let unreadable = false;
  for (const file of parsed.positionals) {
    try {
      const skill = AssistantSkill.fromText(read(file), file);
      findings.push(
        ...scanSkill(skill.model, {
          dataClasses: classes.length ? (classes as ManifestDataClass[]) : ["PII"],
          sensitive: v.sensitive ?? [],
          notSensitive: v["not-sensitive"] ?? [],
        }),
      );
    } catch (e) {
      unreadable = true;
      const message = isVoiceAgentError(e)
        ? (e as Error).message
        : `${file}: cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      io.stderr(`cdktf-ibm-voice-agent scan-skill: ${message}`);
    }
  }
  print(findings, format as (typeof FORMATS)[number], io);
  if (unreadable) return 2;
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

function usage(io: ScanSkillIo, message: string): number {
  io.stderr(
    `cdktf-ibm-voice-agent scan-skill: ${message}; run "cdktf-ibm-voice-agent scan-skill --help" for usage`,
  );
  return 2;
}

function print(findings: readonly SkillScanFinding[], format: string, io: ScanSkillIo): void {
  if (format === "json") {
    const rows = findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file ?? f.skill,
      nodeId: f.nodeId,
      pointer: f.pointer,
      line: f.line,
      message: f.message,
      fix: f.fix,
    }));
    io.stdout(JSON.stringify({ findings: rows }, null, 2));
    return;
  }
  if (format === "sarif") {
    io.stdout(JSON.stringify(skillScanSarif(findings), null, 2));
    return;
  }
  for (const f of findings) {
    io.stdout(`${f.file ?? f.skill}:${f.line}: ${f.severity} ${f.ruleId}: ${f.message}`);
    io.stdout(`  at ${f.pointer} (node ${f.nodeId}); fix: ${f.fix}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  io.stdout(
    `${findings.length} finding${findings.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${findings.length - errors} warning${findings.length - errors === 1 ? "" : "s"})`,
  );
}
