/**
 * Assembling the guard report: blocking decided, findings sorted by location,
 * counts and rule summaries.
 */
import { compare } from "./acknowledgements";
import {
  AcknowledgementResult,
  GuardConfiguration,
  GUARD_REPORT_SCHEMA_VERSION,
  GuardFinding,
  GuardReport,
  RuleRun,
} from "./guard-report";
import { TOOL_NAME, toolVersion } from "./tool-info";

/**
 * Builds the report of one stack from its judged findings, acknowledgement
 * results and rule runs; under a policy with `warningsFail`, warnings no
 * acknowledgement accepts block too.
 */
export function assembleReport(
  stack: string,
  judged: readonly GuardFinding[],
  ackResults: AcknowledgementResult[],
  runs: RuleRun[],
  configuration: GuardConfiguration,
): GuardReport {
  const warningsFail = configuration.policy?.warningsFail === true;
  const blocks = (f: GuardFinding) =>
    f.blocking || (!f.acknowledgement && (f.level === "error" || warningsFail));
  const sorted = judged.map((f) => ({ ...f, blocking: blocks(f) })).sort(byLocation);
  const notApplicable = runs.filter((r) => !r.applicable).map((r) => r.id);
  return {
    schemaVersion: GUARD_REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: toolVersion() },
    stack,
    passed: !sorted.some((f) => f.blocking),
    counts: {
      errors: sorted.filter((f) => f.blocking).length,
      warnings: sorted.filter((f) => f.level === "warning" && !f.acknowledgement).length,
      acknowledged: sorted.filter((f) => f.acknowledgement).length,
      cannotVerify: sorted.filter((f) => f.status === "cannot-verify").length,
      rulesRun: runs.length,
      rulesNotApplicable: notApplicable.length,
    },
    findings: sorted,
    acknowledgements: ackResults,
    rules: runs,
    notApplicableRules: notApplicable,
    configuration,
  };
}

function byLocation(a: GuardFinding, b: GuardFinding): number {
  return (
    compare(a.ruleId, b.ruleId) ||
    compare(a.constructPath, b.constructPath) ||
    compare(a.address, b.address) ||
    compare(a.attributePath ?? "", b.attributePath ?? "") ||
    compare(a.skill?.file ?? "", b.skill?.file ?? "") ||
    (a.skill?.line ?? 0) - (b.skill?.line ?? 0) ||
    compare(a.skill?.pointer ?? "", b.skill?.pointer ?? "") ||
    compare(a.message, b.message)
  );
}
