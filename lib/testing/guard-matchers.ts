/**
 * Jest matchers for users' own tests: `expect(stack).toHaveGuardFinding(id, path?)`
 * and `expect(stack).toPassGuard()`. They run the guard on the stack as
 * synthesis would (aspects invoked, the rendered JSON, the stack's guard
 * options and acknowledgements), without writing files. Nothing here imports
 * jest: register them with `expect.extend(guardMatchers)`, or add
 * `cdktf-ibm-voice-agent/testing/setup` to jest's `setupFilesAfterEnv` (and to
 * `compilerOptions.types` for TypeScript). The `jest.Matchers` augmentation
 * below ships in this module's declarations, reachable from both
 * `cdktf-ibm-voice-agent/testing` and `cdktf-ibm-voice-agent/testing/setup`.
 */
import { TerraformStack } from "cdktf";
import { guardFindingLine } from "../core";
import {
  blockingLines,
  coversPath,
  GUARD_REPORT_SCHEMA_VERSION,
  GuardFinding,
  GuardReport,
  VoiceAgentGuard,
} from "../guard";

/** What a matcher returns to `expect`. */
export interface GuardMatcherResult {
  /** Whether the expectation holds (before `.not`). */
  readonly pass: boolean;
  /** The failure message, for both `expect(...)` and `expect(...).not`. */
  readonly message: () => string;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> {
      /**
       * Passes when the guard reports a finding of `ruleId` (acknowledged or
       * not) on `constructPath` or a construct below it (any path when omitted).
       */
      toHaveGuardFinding(ruleId: string, constructPath?: string): R;
      /** Passes when no error finding blocks synthesis (every error fixed or acknowledged). */
      toPassGuard(): R;
    }
  }
}

/** The guard matchers, for `expect.extend(guardMatchers)`. */
export const guardMatchers = {
  /** See `jest.Matchers.toHaveGuardFinding`. */
  toHaveGuardFinding(
    received: unknown,
    ruleId: string,
    constructPath?: string,
  ): GuardMatcherResult {
    const report = reportOf(received);
    if (typeof report === "string") return { pass: false, message: () => report };
    const where = constructPath === undefined ? "" : ` at or below ${constructPath}`;
    const matching = report.findings.filter(
      (f) =>
        f.ruleId === ruleId &&
        (constructPath === undefined || coversPath(constructPath, f.constructPath)),
    );
    return matching.length > 0
      ? {
          pass: true,
          message: () => `expected no ${ruleId} finding${where}, found:\n${list(matching)}`,
        }
      : {
          pass: false,
          message: () => `expected a ${ruleId} finding${where}, found:\n${list(report.findings)}`,
        };
  },

  /** See `jest.Matchers.toPassGuard`. */
  toPassGuard(received: unknown): GuardMatcherResult {
    const report = reportOf(received);
    if (typeof report === "string") return { pass: false, message: () => report };
    return report.passed
      ? {
          pass: true,
          message: () =>
            `expected the guard to block ${report.stack}, but no error finding remains`,
        }
      : {
          pass: false,
          message: () =>
            `expected ${report.stack} to pass the guard:\n${blockingLines(report)
              .map((l) => `  - ${l}`)
              .join("\n")}`,
        };
  },
};

function reportOf(received: unknown): GuardReport | string {
  if (TerraformStack.isStack(received)) return VoiceAgentGuard.evaluate(received);
  const r = received as Partial<GuardReport> | null;
  if (typeof r === "object" && r !== null && r.schemaVersion === GUARD_REPORT_SCHEMA_VERSION)
    return r as GuardReport;
  return "expected a TerraformStack or a guard report, got something else";
}

function list(findings: readonly GuardFinding[]): string {
  if (findings.length === 0) return "  (no findings)";
  return findings
    .map(
      (f) =>
        `  - ${guardFindingLine(f.ruleId, f.resourceType, f.constructPath, f.message, f.fix)}${f.acknowledgement ? " (acknowledged)" : ""}`,
    )
    .join("\n");
}
