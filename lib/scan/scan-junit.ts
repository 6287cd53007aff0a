/**
 * The scan as JUnit XML, for CI systems that show test reports: one
 * `<testsuite>` per scanned document, one `<testcase>` per finding (a
 * `<failure>` when it fails the scan at the chosen threshold, `<skipped>`
 * when acknowledged) and one passing `<testcase>` per rule that judged the
 * document and found nothing.
 */
import { FindingLevel } from "../guard";
import { atOrAbove, ScanFinding, ScanResult } from "./scan";

/** Escapes text for XML content and attribute values (control characters dropped). */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function testcase(f: ScanFinding, failOn: FindingLevel): string {
  const name = xmlEscape(
    `${f.ruleId} ${f.address || f.input}${f.attributePath ? ` ${f.attributePath}` : ""}`,
  );
  const where = `${f.file}${f.line !== undefined ? `:${f.line}` : ""}`;
  const text = xmlEscape(`${where}: ${f.message}\nfix: ${f.fix}\n${f.docUrl}`);
  const attrs = `classname="${xmlEscape(f.input)}" name="${name}" file="${xmlEscape(f.file)}"${f.line !== undefined ? ` line="${f.line}"` : ""}`;
  if (f.acknowledged)
    return `    <testcase ${attrs}>\n      <skipped message="${xmlEscape(`acknowledged: ${f.acknowledgement?.reason ?? ""}`)}"/>\n    </testcase>`;
  if (atOrAbove(f.level, failOn))
    return `    <testcase ${attrs}>\n      <failure type="${f.level}" message="${xmlEscape(f.message)}">${text}</failure>\n    </testcase>`;
  return `    <testcase ${attrs}>\n      <system-out>${xmlEscape(`${f.level}: `)}${text}</system-out>\n    </testcase>`;
}

/** The scan as a JUnit XML document. */
export function scanToJunit(result: ScanResult, failOn: FindingLevel): string {
  const suites = result.documents.map((d) => {
    const own = result.findings.filter((f) => f.input === d.input);
    const ruled = new Set(own.map((f) => f.ruleId));
    const passing = d.report.rules
      .filter((r) => r.applicable && !ruled.has(r.id))
      .map(
        (r) =>
          `    <testcase classname="${xmlEscape(d.input)}" name="${xmlEscape(`${r.id} ${r.title}`)}"/>`,
      );
    const cases = [...own.map((f) => testcase(f, failOn)), ...passing];
    const failures = own.filter((f) => !f.acknowledged && atOrAbove(f.level, failOn)).length;
    const skipped = own.filter((f) => f.acknowledged).length;
    return (
      `  <testsuite name="${xmlEscape(d.input)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n` +
      `${cases.join("\n")}\n  </testsuite>`
    );
  });
  const others = result.findings.filter((f) => !result.documents.some((d) => d.input === f.input));
  if (others.length)
    suites.push(
      `  <testsuite name="acknowledgements" tests="${others.length}" failures="${others.filter((f) => atOrAbove(f.level, failOn)).length}" errors="0" skipped="0">\n` +
        `${others.map((f) => testcase(f, failOn)).join("\n")}\n  </testsuite>`,
    );
  for (const p of result.problems)
    suites.push(
      `  <testsuite name="${xmlEscape(p.split(": ")[0])}" tests="1" failures="0" errors="1" skipped="0">\n` +
        `    <testcase classname="scan" name="readable input">\n      <error message="${xmlEscape(p)}"/>\n    </testcase>\n  </testsuite>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cdktf-ibm-voice-agent scan">\n${suites.join("\n")}\n</testsuites>\n`;
}
