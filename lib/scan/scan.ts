/**
 * Scanning Terraform that no cdktf program of ours synthesized: every
 * document is judged by {@link VoiceAgentGuard.check} with the same rules,
 * report and acknowledgements as at synth, and each finding is placed at
 * its Terraform address, module, file and line. Never a silent pass: a
 * document with nothing to judge is a problem, not a clean result.
 */
import { TerraformDocument } from "../contracts";
import {
  Acknowledgement,
  coversPath,
  FindingLevel,
  GuardFinding,
  GuardReport,
  UNMATCHED_ACKNOWLEDGEMENT,
  VoiceAgentGuard,
  VoiceAgentGuardCheckOptions,
} from "../guard";
import { addressPath, FlatSubject } from "./flatten";
import { InputKind, ScanInput } from "./load-inputs";
import { MODULE_NOT_SCANNED } from "./scan-checks";
import { coversAddress, FileAcknowledgement } from "./scan-acknowledgements";
import { attributeSteps, hclLine, jsonLine } from "./source-lines";

/** Options of {@link scanInputs}. */
export interface ScanOptions {
  /** Acknowledgements from a file. */
  readonly acknowledgements?: readonly FileAcknowledgement[];
  /**
   * Options for every {@link VoiceAgentGuard.check} run (rules, the date for expiries, an organisation policy).
   * @default - the guard's defaults
   */
  readonly guard?: VoiceAgentGuardCheckOptions;
}

/** A finding placed in Terraform's terms. */
export interface ScanFinding extends Omit<GuardFinding, "address" | "constructPath"> {
  /** The Terraform address (`module.events.ibm_cloudant.db`); empty for findings on acknowledgements. */
  readonly address: string;
  /** The module path (`module.events`), empty at the root. */
  readonly module: string;
  /** The cdktf construct path, for cdktf stacks. */
  readonly constructPath?: string;
  /** The file to annotate. */
  readonly file: string;
  /** Its line, 1-based, when found. */
  readonly line?: number;
  /** Where the values judged came from (module inputs, defaults, tfvars). */
  readonly valuesFrom?: readonly string[];
  /** The path given to scan that produced it. */
  readonly input: string;
}

/** One scanned document. */
export interface ScannedDocument {
  /** The path given. */
  readonly input: string;
  /** What it was. */
  readonly kind: InputKind;
  /** The stack name reported. */
  readonly stack: string;
  /** Resources and data sources judged. */
  readonly resources: number;
  /** The guard's report (guard addresses, before placing). */
  readonly report: GuardReport;
  /** Module calls not scanned. */
  readonly notScanned: readonly { address: string; source: string; reason: string }[];
  /** Not created (count 0 or empty for_each), so not judged. */
  readonly notCreated: readonly string[];
}

/** What became of one acknowledgement of the file. */
export interface FileAcknowledgementResult extends FileAcknowledgement {
  /** `active`, `expired`, `unmatched` (stale) or `rejected`. */
  readonly status: "active" | "expired" | "unmatched" | "rejected";
  /** Findings it accepted. */
  readonly matchedFindings: number;
}

/** The result of a scan. */
export interface ScanResult {
  /** Every document judged. */
  readonly documents: readonly ScannedDocument[];
  /** Every finding, sorted by file, line, rule and address. */
  readonly findings: readonly ScanFinding[];
  /** The file's acknowledgements. */
  readonly acknowledgements: readonly FileAcknowledgementResult[];
  /** Documents that could not be judged, and why (each makes the scan fail with exit code 2). */
  readonly problems: readonly string[];
}

/** The level order: a finding at or above `failOn` fails the scan. */
export function atOrAbove(level: FindingLevel, failOn: FindingLevel): boolean {
  return failOn === "warning" || level === "error";
}

/** Findings that fail the scan at the given threshold (not acknowledged, level at or above it). */
export function failingFindings(result: ScanResult, failOn: FindingLevel): ScanFinding[] {
  return result.findings.filter(
    (f) => !f.acknowledged && (f.blocking || atOrAbove(f.level, failOn)),
  );
}

interface Derived {
  readonly file: FileAcknowledgement;
  readonly paths: string[];
}

function subjectsOf(doc: TerraformDocument) {
  return [...doc.all, ...doc.outputBlocks, ...doc.variableBlocks, ...doc.providerBlocks];
}

/** The construct paths a file acknowledgement stands for in one document (none when it covers nothing there). */
function derive(
  ack: FileAcknowledgement,
  doc: TerraformDocument,
  subjects: Map<string, FlatSubject>,
): string[] {
  const covered = subjectsOf(doc).filter((s) => {
    const address = subjects.get(s.address)?.address ?? s.address;
    return coversAddress(ack.address, address) || coversPath(ack.address, s.constructPath);
  });
  if (covered.length === 0) return [];
  const prefix = addressPath(ack.address);
  if (covered.every((s) => coversPath(prefix, s.constructPath))) return [prefix];
  if (covered.every((s) => coversPath(ack.address, s.constructPath))) return [ack.address];
  return [...new Set(covered.map((s) => s.constructPath))];
}

function place(
  input: ScanInput,
  f: GuardFinding,
): Pick<ScanFinding, "address" | "module" | "file" | "line" | "valuesFrom" | "constructPath"> {
  const subject = input.subjects.get(f.address);
  const file = subject?.file ?? input.source;
  const text = input.texts.get(file);
  let line: number | undefined;
  const steps = attributeSteps(f.attributePath);
  const jsonPath = input.jsonPaths.get(f.address);
  if (text !== undefined && jsonPath)
    line = jsonLine(text, [
      ...jsonPath,
      ...(jsonPath.includes("outputs") ? [] : ["values"]),
      ...steps,
    ]);
  else if (text !== undefined && subject && file.endsWith(".json")) {
    const { keyword, labels } = subject.block;
    const section = keyword === "variable" ? "variable" : keyword;
    line = jsonLine(text, [section, ...labels, ...steps]);
  } else if (text !== undefined && subject)
    line = hclLine(text, subject.block.keyword, subject.block.labels, f.attributePath);
  const top = f.attributePath?.split(".")[0];
  const valuesFrom = top ? subject?.provenance[top] : undefined;
  return {
    address: subject?.address ?? f.address,
    module: subject?.module ?? "",
    ...(input.kind === "cdktf" && f.constructPath ? { constructPath: f.constructPath } : {}),
    file,
    ...(line !== undefined ? { line } : {}),
    ...(valuesFrom?.length ? { valuesFrom } : {}),
  };
}

function notScannedFinding(input: ScanInput, m: ScanInput["notScanned"][number]): ScanFinding {
  const text = input.texts.get(m.file);
  const name = m.address.split(".").pop() ?? "";
  const line =
    text === undefined
      ? undefined
      : m.file.endsWith(".json")
        ? jsonLine(text, ["module", name])
        : hclLine(text, "module", [name]);
  return {
    ruleId: MODULE_NOT_SCANNED.id,
    level: MODULE_NOT_SCANNED.level,
    status: "cannot-verify",
    resourceType: "module",
    message: `${m.address} (source ${JSON.stringify(m.source)}) is not scanned: ${m.reason}`,
    fix: MODULE_NOT_SCANNED.fix,
    docUrl: MODULE_NOT_SCANNED.docUrl,
    blocking: false,
    acknowledged: false,
    address: m.address,
    module: m.address.split(".").slice(0, -2).join("."),
    file: m.file,
    ...(line !== undefined ? { line } : {}),
    input: input.source,
  };
}

/** Judges every input; never throws for a document that judges nothing (that is a {@link ScanResult.problems} entry). */
export function scanInputs(inputs: readonly ScanInput[], options: ScanOptions = {}): ScanResult {
  const fileAcks = options.acknowledgements ?? [];
  const documents: ScannedDocument[] = [];
  const findings: ScanFinding[] = [];
  const problems: string[] = [];
  const ackStats = fileAcks.map(() => ({
    statuses: new Set<string>(),
    matched: 0,
    problems: new Set<string>(),
  }));
  for (const input of inputs) {
    const doc = new TerraformDocument(input.json, input.stackName);
    const notScannedText = input.notScanned.length
      ? `; not scanned: ${input.notScanned.map((m) => `${m.address} (${m.source})`).join(", ")}`
      : "";
    if (doc.all.length === 0) {
      problems.push(`${input.source}: no resources or data sources to judge${notScannedText}`);
      continue;
    }
    const derived: Derived[] = fileAcks.map((file) => ({
      file,
      paths: derive(file, doc, input.subjects),
    }));
    const given: Acknowledgement[] = derived.flatMap((d) =>
      d.paths.map((constructPath) => ({
        ruleId: d.file.ruleId,
        constructPath,
        reason: d.file.reason,
        ...(d.file.expires !== undefined ? { expires: d.file.expires } : {}),
      })),
    );
    const report = VoiceAgentGuard.check(input.json, {
      ...options.guard,
      stackName: input.stackName,
      acknowledgements: [...(options.guard?.acknowledgements ?? []), ...given],
    });
    if (report.rules.every((r) => !r.applicable)) {
      const types = [...new Set(doc.all.map((r) => r.type))].sort();
      problems.push(
        `${input.source}: the guard judged nothing: none of its ${doc.all.length} resources (${types.slice(0, 8).join(", ")}${types.length > 8 ? ", …" : ""}) is a kind it checks${notScannedText}`,
      );
      continue;
    }
    derived.forEach((d, i) => {
      for (const a of report.acknowledgements)
        if (
          a.ruleId === d.file.ruleId &&
          a.reason === d.file.reason &&
          d.paths.includes(a.constructPath)
        ) {
          ackStats[i].statuses.add(a.status);
          if (a.problem) ackStats[i].problems.add(a.problem);
          ackStats[i].matched += a.matchedFindings;
        }
    });
    const fromFile = (f: GuardFinding) =>
      f.ruleId === UNMATCHED_ACKNOWLEDGEMENT.id &&
      derived.some(
        (d) => d.paths.includes(f.constructPath) && f.message.includes(`of ${d.file.ruleId} `),
      );
    for (const f of report.findings) {
      if (fromFile(f)) continue;
      const rest = Object.fromEntries(
        Object.entries(f).filter(([k]) => k !== "address" && k !== "constructPath"),
      ) as Omit<GuardFinding, "address" | "constructPath">;
      findings.push({ ...rest, ...place(input, f), input: input.source });
    }
    findings.push(...input.notScanned.map((m) => notScannedFinding(input, m)));
    documents.push({
      input: input.source,
      kind: input.kind,
      stack: input.stackName,
      resources: doc.all.length,
      report,
      notScanned: input.notScanned.map(({ address, source, reason }) => ({
        address,
        source,
        reason,
      })),
      notCreated: input.notCreated,
    });
  }
  const acknowledgements = fileAcks.map((a, i): FileAcknowledgementResult => {
    const s = ackStats[i].statuses;
    const status = s.has("rejected")
      ? "rejected"
      : s.has("active")
        ? "active"
        : s.has("expired")
          ? "expired"
          : "unmatched";
    return { ...a, status, matchedFindings: ackStats[i].matched };
  });
  fileAcks.forEach((a, i) => {
    for (const p of ackStats[i].problems) problems.push(`${a.origin}: refused: ${p}`);
  });
  for (const a of acknowledgements)
    if (a.status === "unmatched" && documents.length > 0)
      findings.push({
        ruleId: UNMATCHED_ACKNOWLEDGEMENT.id,
        level: "warning",
        status: "non-compliant",
        resourceType: "acknowledgement",
        message: `acknowledgement of ${a.ruleId} for ${a.address} (${a.origin}) matches no finding`,
        fix: UNMATCHED_ACKNOWLEDGEMENT.fix,
        docUrl: UNMATCHED_ACKNOWLEDGEMENT.docUrl,
        blocking: false,
        acknowledged: false,
        address: "",
        module: "",
        file: a.origin.replace(/#\d+$/, ""),
        input: a.origin,
      });
  findings.sort(byPlace);
  return { documents, findings, acknowledgements, problems };
}

function byPlace(a: ScanFinding, b: ScanFinding): number {
  const c = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    c(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    c(a.ruleId, b.ruleId) ||
    c(a.address, b.address) ||
    c(a.attributePath ?? "", b.attributePath ?? "") ||
    c(a.message, b.message)
  );
}
