/**
 * The skill rules on skill files alone, without a stack (`scan-skill`): the
 * agent's data classes and declared-sensitive names are given as options,
 * and transfers are judged without an agent's declared targets.
 */
import { createHash } from "crypto";
import type { Result } from "sarif";
import { ManifestDataClass, SkillModel } from "../contracts";
import { Severity, SKILL_RULES } from "../rules";
import { FindingLevel } from "./guard-report";
import { ruleDescriptor, sarifLog, SarifLog, skillUri } from "./sarif";
import { TOOL_NAME, toolVersion } from "./tool-info";

/** Options of {@link scanSkill}. */
export interface SkillScanOptions {
  /**
   * The data classes of the agent running the skill.
   * @default ["PII"]
   */
  readonly dataClasses?: readonly ManifestDataClass[];
  /**
   * Context variables and entities declared sensitive.
   * @default - none
   */
  readonly sensitive?: readonly string[];
  /**
   * Names declared not sensitive.
   * @default - none
   */
  readonly notSensitive?: readonly string[];
  /**
   * Whether the agent forwards turn events (makes VAW-SKILL-1 findings not acknowledgeable).
   * @default false
   */
  readonly turnEventsForwarded?: boolean;
}

/** One finding of {@link scanSkill}. */
export interface SkillScanFinding {
  /** The rule id (`VAW-TTS-1`). */
  readonly ruleId: string;
  /** `error` or `warning`. */
  readonly severity: FindingLevel;
  /** The skill file, when the skill was read from one. */
  readonly file?: string;
  /** The skill's name. */
  readonly skill: string;
  /** The dialog node id or `<action>/<step>`. */
  readonly nodeId: string;
  /** The JSON pointer of the offending value. */
  readonly pointer: string;
  /** Its 1-based line (0 when unknown). */
  readonly line: number;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** Runs every skill rule on one skill; findings sorted by line, rule and pointer. */
export function scanSkill(model: SkillModel, options: SkillScanOptions = {}): SkillScanFinding[] {
  const strip = (names: readonly string[] = []) => names.map((n) => n.replace(/^[$@]/, ""));
  const facts = {
    dataClasses: [...(options.dataClasses ?? ["PII"])],
    sensitive: strip(options.sensitive),
    notSensitive: strip(options.notSensitive),
    turnEventsForwarded: options.turnEventsForwarded ?? false,
  };
  const findings = SKILL_RULES.flatMap((rule) =>
    rule.checkSkill(model, facts).map((i): SkillScanFinding => ({
      ruleId: rule.id,
      severity: (i.severity ?? rule.severity) === Severity.ERROR ? "error" : "warning",
      ...(model.file !== undefined ? { file: model.file } : {}),
      skill: model.name,
      nodeId: i.node.id,
      pointer: i.place.pointer,
      line: i.place.line,
      message: i.detail,
      fix: rule.fix,
    })),
  );
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0),
  );
}

/** Scan findings as a SARIF 2.1.0 log, each result located at its skill file and line. */
export function skillScanSarif(findings: readonly SkillScanFinding[]): SarifLog {
  const files = [...new Set(findings.map((f) => skillUri(f.file ?? f.skill)))].sort();
  const index = new Map(SKILL_RULES.map((r, i) => [r.id, i]));
  const results = findings.map((f): Result => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: f.severity,
    kind: "fail",
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: skillUri(f.file ?? f.skill),
            index: files.indexOf(skillUri(f.file ?? f.skill)),
          },
          ...(f.line > 0 ? { region: { startLine: f.line } } : {}),
        },
        logicalLocations: [
          { fullyQualifiedName: `${f.skill}#${f.pointer}`, name: f.nodeId, kind: "object" },
        ],
      },
    ],
    partialFingerprints: {
      "voiceAgentSkillFinding/v1": createHash("sha256")
        .update(JSON.stringify([f.ruleId, f.skill, f.nodeId, f.pointer]))
        .digest("hex"),
    },
    properties: { nodeId: f.nodeId, pointer: f.pointer },
  }));
  return sarifLog({
    toolName: TOOL_NAME,
    toolVersion: toolVersion(),
    rules: SKILL_RULES.map(ruleDescriptor),
    automationId: "voice-agent-guard/scan-skill/",
    artifacts: files.map((uri) => ({ location: { uri } })),
    results,
  });
}
