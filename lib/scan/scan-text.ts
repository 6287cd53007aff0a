/**
 * The compact text report of `scan`: one line per finding
 * (`file:line: level RULE address: message`), then one summary line.
 */
import { FindingLevel } from "../guard";
import { failingFindings, ScanFinding, ScanResult } from "./scan";

function where(f: ScanFinding): string {
  return f.line !== undefined ? `${f.file}:${f.line}` : f.file;
}

/** One line for a finding. */
export function findingLine(f: ScanFinding): string {
  const subject = f.address ? ` ${f.address}${f.attributePath ? ` (${f.attributePath})` : ""}` : "";
  const state = f.acknowledged
    ? ` [acknowledged: ${f.acknowledgement?.reason ?? ""}${f.acknowledgement?.expires ? `, until ${f.acknowledgement.expires}` : ""}]`
    : f.expiredAcknowledgement
      ? ` [acknowledgement expired after ${f.expiredAcknowledgement.expires}]`
      : "";
  const from = f.valuesFrom?.length ? ` (value from ${f.valuesFrom.join("; ")})` : "";
  return `${where(f)}: ${f.level} ${f.ruleId}${subject}: ${f.message}${from}${state}`;
}

/** The summary line. */
export function summaryLine(result: ScanResult, failOn: FindingLevel): string {
  const resources = result.documents.reduce((n, d) => n + d.resources, 0);
  const count = (p: (f: ScanFinding) => boolean) => result.findings.filter(p).length;
  const errors = count((f) => f.level === "error" && !f.acknowledged);
  const warnings = count((f) => f.level === "warning" && !f.acknowledged);
  const acknowledged = count((f) => f.acknowledged);
  const notScanned = result.documents.reduce((n, d) => n + d.notScanned.length, 0);
  const failing = failingFindings(result, failOn).length;
  const docs = result.documents.length;
  return (
    `${resources} resources checked in ${docs} document${docs === 1 ? "" : "s"}: ` +
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${acknowledged} acknowledged` +
    (notScanned ? `, ${notScanned} module${notScanned === 1 ? "" : "s"} not scanned` : "") +
    ` — ${failing ? `FAILED (${failing} at or above ${failOn})` : "passed"}`
  );
}

/** The whole text report. */
export function toText(result: ScanResult, failOn: FindingLevel): string {
  return [...result.findings.map(findingLine), summaryLine(result, failOn)].join("\n");
}
