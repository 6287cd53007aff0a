/**
 * The scan as one SARIF 2.1.0 run: the guard's rule descriptors (as
 * {@link toSarif} writes them) plus the scanner's checks, one artifact per
 * file, and each result at its file and line, with the Terraform address as
 * logical location; acknowledged findings carry an accepted suppression.
 */
import { createHash } from "crypto";
import * as path from "path";
import type { Log, ReportingDescriptor, Result } from "sarif";
import { sarifLog, toSarif, TOOL_NAME, toolVersion, VoiceAgentGuardCheckOptions } from "../guard";
import { ScanFinding, ScanResult } from "./scan";
import { SCAN_CHECKS } from "./scan-checks";

/** A path as a SARIF artifact URI (relative paths kept relative, `/` separators). */
function uri(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  const shown = rel.startsWith("..") ? file : rel;
  return shown.replace(/\\/g, "/").replace(/^\.\//, "");
}

function descriptors(
  result: ScanResult,
  guard?: VoiceAgentGuardCheckOptions,
): ReportingDescriptor[] {
  const first = result.documents[0]?.report;
  const base = first
    ? (toSarif(first, { artifactUri: "x", ...(guard?.rules ? { rules: guard.rules } : {}) }).runs[0]
        .tool.driver.rules ?? [])
    : [];
  return [
    ...base,
    ...SCAN_CHECKS.map((c) => ({
      id: c.id,
      shortDescription: { text: c.title },
      fullDescription: { text: c.explanation },
      help: { text: c.fix },
      helpUri: c.docUrl,
      defaultConfiguration: { level: c.level },
      properties: { acknowledgeable: false },
    })),
  ];
}

function result(f: ScanFinding, ruleIndex: number | undefined, artifactIndex: number): Result {
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([f.ruleId, f.address, f.attributePath ?? "", f.message]))
    .digest("hex");
  const from = f.valuesFrom?.length ? ` (value from ${f.valuesFrom.join("; ")})` : "";
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: f.level,
    kind: "fail",
    message: { text: `${f.address ? `${f.address}: ` : ""}${f.message}${from}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.file), index: artifactIndex },
          ...(f.line !== undefined ? { region: { startLine: f.line } } : {}),
        },
        ...(f.address
          ? {
              logicalLocations: [
                {
                  fullyQualifiedName: f.address,
                  name: f.address.split(".").slice(-2).join("."),
                  kind: "resource",
                },
              ],
            }
          : {}),
      },
    ],
    partialFingerprints: { "voiceAgentScanFinding/v1": fingerprint },
    ...(f.acknowledgement
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: f.acknowledgement.reason,
              ...(f.acknowledgement.expires
                ? { properties: { expires: f.acknowledgement.expires } }
                : {}),
            },
          ],
        }
      : {}),
    properties: {
      status: f.status,
      ...(f.module ? { module: f.module } : {}),
      ...(f.attributePath !== undefined ? { attributePath: f.attributePath } : {}),
      ...(f.constructPath ? { constructPath: f.constructPath } : {}),
    },
  };
}

/** The scan as a SARIF 2.1.0 log. */
export function scanToSarif(scan: ScanResult, guard?: VoiceAgentGuardCheckOptions): Log {
  const rules = descriptors(scan, guard);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const files = [...new Set(scan.findings.map((f) => uri(f.file)))];
  const fileIndex = new Map(files.map((f, i) => [f, i]));
  return sarifLog({
    toolName: TOOL_NAME,
    toolVersion: toolVersion(),
    rules,
    automationId: "voice-agent-scan/",
    artifacts: files.map((f) => ({ location: { uri: f } })),
    invocation: {
      executionSuccessful: scan.problems.length === 0,
      ...(scan.problems.length
        ? {
            toolExecutionNotifications: scan.problems.map((p) => ({
              level: "error" as const,
              message: { text: p },
            })),
          }
        : {}),
    },
    results: scan.findings.map((f) =>
      result(f, ruleIndex.get(f.ruleId), fileIndex.get(uri(f.file)) ?? 0),
    ),
  });
}
