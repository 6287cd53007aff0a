/**
 * The guard report as a SARIF 2.1.0 log (`voice-agent-guard.sarif`), for code
 * scanning dashboards: one run, the rules that ran plus the guard's own checks
 * as `tool.driver.rules`, one result per finding located by construct path
 * (logical location) and by the stack's `cdk.tf.json` (physical location).
 * Acknowledged findings are results with an external, accepted suppression
 * carrying the written reason.
 */
import { createHash } from "crypto";
import type { Artifact, Invocation, Log, ReportingDescriptor, Result } from "sarif";
import { ALL_RULES } from "../rules";
import { Rule, Severity } from "../rules";
import { GUARD_CHECKS, GuardCheck } from "./guard-checks";
import { GuardFinding, GuardReport } from "./guard-report";
import { TOOL_INFORMATION_URI } from "./tool-info";

/** The SARIF version written. */
export const SARIF_VERSION = "2.1.0";

/** The `$schema` written into SARIF logs. */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** Options of {@link toSarif}. */
export interface SarifOptions {
  /** The analysed file, relative to the synth output directory (`stacks/my-stack/cdk.tf.json`), with `/` separators. */
  readonly artifactUri: string;
  /**
   * The rules the report was produced with (for their descriptions).
   * @default ALL_RULES
   */
  readonly rules?: readonly Rule[];
}

/** A SARIF 2.1.0 log: the `Log` type of `@types/sarif`. */
export type SarifLog = Log;

/** What one tool run of this package puts into a SARIF log (see {@link sarifLog}). */
export interface SarifRunParts {
  /** The tool's name (`cdktf-ibm-voice-agent`). */
  readonly toolName: string;
  /** The tool's version (also its semantic version). */
  readonly toolVersion: string;
  /** The rules the results refer to by index. */
  readonly rules: ReportingDescriptor[];
  /** The run's automation id (`voice-agent-guard/<stack>/`). */
  readonly automationId: string;
  /** The files the results are located in, in index order. */
  readonly artifacts: Artifact[];
  /** The invocation. @default - one that succeeded */
  readonly invocation?: Invocation;
  /** The run's property bag, when it has one. */
  readonly properties?: Record<string, unknown>;
  /** The results. */
  readonly results: Result[];
}

/** A SARIF 2.1.0 log of one run: the envelope every report of this package shares. */
export function sarifLog(run: SarifRunParts): SarifLog {
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: run.toolName,
            version: run.toolVersion,
            semanticVersion: run.toolVersion,
            informationUri: TOOL_INFORMATION_URI,
            rules: run.rules,
          },
        },
        automationDetails: { id: run.automationId },
        artifacts: run.artifacts,
        invocations: [run.invocation ?? { executionSuccessful: true }],
        ...(run.properties ? { properties: run.properties } : {}),
        results: run.results,
      },
    ],
  };
}

/** Converts a guard report to a SARIF 2.1.0 log. */
export function toSarif(report: GuardReport, options: SarifOptions): SarifLog {
  const byId = new Map<string, GuardCheck>();
  [...ALL_RULES, ...(options.rules ?? []), ...GUARD_CHECKS].forEach((r) => byId.set(r.id, r));
  const ids = [...report.rules.map((r) => r.id), ...GUARD_CHECKS.map((c) => c.id)];
  const descriptors = ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  const skillFiles = [
    ...new Set(report.findings.flatMap((f) => (f.skill?.file ? [skillUri(f.skill.file)] : []))),
  ].sort();
  return sarifLog({
    toolName: report.tool.name,
    toolVersion: report.tool.version,
    rules: descriptors.map(ruleDescriptor),
    automationId: `voice-agent-guard/${report.stack}/`,
    artifacts: [
      { location: { uri: options.artifactUri } },
      ...skillFiles.map((uri) => ({ location: { uri } })),
    ],
    // Which built-in rules did not run or ran weakened, and the policy in force (VAW-GUARD-4's
    // result says who accepted it: its suppression carries the acknowledgement's reason).
    properties: {
      rulesNotRun: [...report.configuration.rulesNotRun],
      rulesWeakened: report.configuration.rulesWeakened.map((w) => ({
        id: w.id,
        changes: [...w.changes],
      })),
      rulesRestored: [...report.configuration.rulesRestored],
      ...(report.configuration.policy ? { policy: report.configuration.policy } : {}),
    },
    results: report.findings.map((f) =>
      result(f, index.get(f.ruleId), options.artifactUri, skillFiles),
    ),
  });
}

/** A rule (or guard check) as a SARIF reporting descriptor. */
export function ruleDescriptor(r: GuardCheck): ReportingDescriptor {
  return {
    id: r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.explanation },
    help: { text: r.fix },
    helpUri: r.docUrl,
    defaultConfiguration: { level: r.severity === Severity.ERROR ? "error" : "warning" },
    properties: { acknowledgeable: r.acknowledgeable },
  };
}

/** A skill file as a SARIF artifact URI: relative paths with `/`, absolute ones as `file:` URIs. */
export function skillUri(file: string): string {
  const slashed = file.split("\\").join("/");
  if (/^([A-Za-z]:)?\//.test(slashed))
    return `file://${slashed.startsWith("/") ? "" : "/"}${encodeURI(slashed)}`;
  return encodeURI(slashed);
}

function physical(
  f: GuardFinding,
  uri: string,
  skillFiles: readonly string[],
): Result["locations"] {
  const file = f.skill?.file ? skillUri(f.skill.file) : undefined;
  const at = file ? skillFiles.indexOf(file) : -1;
  return [
    {
      physicalLocation:
        file && at >= 0
          ? {
              artifactLocation: { uri: file, index: at + 1 },
              ...(f.skill && f.skill.line > 0 ? { region: { startLine: f.skill.line } } : {}),
            }
          : { artifactLocation: { uri, index: 0 } },
      logicalLocations: [
        {
          fullyQualifiedName: f.constructPath,
          ...(f.address ? { name: f.address } : {}),
          kind: "resource",
        },
        ...(f.skill
          ? [
              {
                fullyQualifiedName: `${f.skill.name}#${f.skill.pointer}`,
                name: f.skill.nodeId,
                kind: "object",
              },
            ]
          : []),
      ],
    },
  ];
}

function result(
  f: GuardFinding,
  ruleIndex: number | undefined,
  uri: string,
  skillFiles: readonly string[],
): Result {
  const expired = f.expiredAcknowledgement
    ? ` (acknowledgement at ${f.expiredAcknowledgement.constructPath} expired after ${f.expiredAcknowledgement.expires})`
    : "";
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify([
        f.ruleId,
        f.constructPath,
        f.address,
        f.attributePath ?? "",
        ...(f.skill ? [f.skill.name, f.skill.nodeId, f.skill.pointer] : []),
      ]),
    )
    .digest("hex");
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: f.level,
    kind: "fail",
    message: { text: `${f.message}${expired}` },
    locations: physical(f, uri, skillFiles),
    partialFingerprints: { "voiceAgentGuardFinding/v1": fingerprint },
    ...(f.acknowledgement
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: f.acknowledgement.reason,
              properties: {
                constructPath: f.acknowledgement.constructPath,
                ...(f.acknowledgement.expires ? { expires: f.acknowledgement.expires } : {}),
              },
            },
          ],
        }
      : {}),
    properties: {
      status: f.status,
      blocking: f.blocking,
      ...(f.attributePath !== undefined ? { attributePath: f.attributePath } : {}),
      ...(f.skill ? { skillPointer: f.skill.pointer, skillNode: f.skill.nodeId } : {}),
    },
  };
}
