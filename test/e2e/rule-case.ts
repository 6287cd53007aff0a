/**
 * The table-driven harness of the end-to-end guard tests. Each {@link RuleCase}
 * builds an insecure configuration and its fix with the public constructs;
 * {@link describeRuleCases} proves, through real synthesis, that the guard
 * reports the rule at the right construct path with the right level, that an
 * error blocks both `Testing.synth(stack, true)` and `app.synth()` (leaving
 * the report and no `cdk.tf.json`), that a warning does not, that the fix
 * passes, and that acknowledging works (or is refused) as the rule says.
 */
import * as fs from "fs";
import { TerraformStack, Testing } from "cdktf";
import { ALL_RULES, GuardFinding, GuardReport, VoiceAgentGuard } from "../../lib";
import { guardMatchers } from "../../lib/testing";
import { nodeAt, reasonFor, removeOutdirs, STACK, synthApp, testStack, thrown } from "./e2e-kit";

expect.extend(guardMatchers);

/** One insecure configuration of one rule, and its fix. */
export interface RuleCase {
  /** The rule expected to fire. */
  readonly ruleId: string;
  /** What is insecure, for test titles ("the SOE url is http"). */
  readonly when: string;
  /** What the fix is, for test titles ("the SOE url is https"). */
  readonly fixedWhen: string;
  /** The level of the finding on the insecure configuration (data classes included). */
  readonly level: "error" | "warning";
  /** The construct path of the finding, below the stack (`agent/Manifest`). */
  readonly at: string;
  /**
   * Where the acknowledgement is attached, below the stack.
   * @default - the first segment of `at` (the construct the user holds)
   */
  readonly acknowledgeAt?: string;
  /**
   * Acknowledgeable error rules the insecure configuration cannot avoid
   * triggering too; the acknowledgement test acknowledges them alongside.
   * @default - none
   */
  readonly alsoBlocking?: readonly string[];
  /** Builds the insecure configuration into a prepared stack. */
  insecure(stack: TerraformStack): void;
  /** Builds the fixed configuration into a prepared stack. */
  fixed(stack: TerraformStack): void;
}

const ruleById = new Map(ALL_RULES.map((r) => [r.id, r]));

function findingsOf(report: GuardReport, ruleId: string): GuardFinding[] {
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/** Registers the end-to-end tests of every case. */
export function describeRuleCases(cases: readonly RuleCase[]): void {
  afterAll(removeOutdirs);
  for (const c of cases) describeRuleCase(c);
}

function describeRuleCase(c: RuleCase): void {
  const rule = ruleById.get(c.ruleId);
  const path = `${STACK}/${c.at}`;
  const ackPath = c.acknowledgeAt ?? c.at.split("/")[0];
  const blocks = c.level === "error";
  /** `<rule id> <resource type> at <construct path>: `, as an error line names a finding. */
  const findingLine = new RegExp(
    `${c.ruleId} [\\w.]+ at ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `,
  );

  describe(`${c.ruleId} when ${c.when}`, () => {
    test(`reports ${c.ruleId} at ${c.at} as ${c.level}`, () => {
      const stack = testStack();
      c.insecure(stack);
      const report = VoiceAgentGuard.evaluate(stack);
      expect(report).toHaveGuardFinding(c.ruleId, path);
      if (blocks) expect(report).not.toPassGuard();
      else expect(report).toPassGuard();
      const here = findingsOf(report, c.ruleId).filter((f) => f.constructPath === path);
      expect(here).toEqual([
        expect.objectContaining({ level: c.level, status: "non-compliant", blocking: blocks }),
      ]);
      const error = thrown(() => Testing.synth(stack, true));
      if (blocks) {
        expect(error?.message).toMatch(findingLine);
      } else {
        expect(error).toBeUndefined();
      }
    });

    if (blocks) {
      test(`fails app.synth when ${c.when}, keeping the report and deleting cdk.tf.json`, () => {
        const out = synthApp();
        c.insecure(out.stack);
        const error = out.synth();
        expect(error?.message).toMatch(/^voice agent guard blocked synthesis of e2e /);
        expect(error?.message).toMatch(findingLine);
        expect(fs.existsSync(out.stackFile)).toBe(false);
        const report = out.report();
        expect(report.passed).toBe(false);
        expect(findingsOf(report, c.ruleId)).toContainEqual(
          expect.objectContaining({ constructPath: path, level: "error", blocking: true }),
        );
      });

      test(`still fails app.synth with skipValidation: true when ${c.when}`, () => {
        const out = synthApp({ skipValidation: true });
        c.insecure(out.stack);
        expect(out.synth()?.message).toMatch(findingLine);
        expect(fs.existsSync(out.stackFile)).toBe(false);
      });
    } else {
      test(`warns when ${c.when} and still synthesizes`, () => {
        const out = synthApp();
        c.insecure(out.stack);
        expect(out.synth()).toBeUndefined();
        expect(fs.existsSync(out.stackFile)).toBe(true);
        const report = out.report();
        expect(report.passed).toBe(true);
        expect(findingsOf(report, c.ruleId)).toContainEqual(
          expect.objectContaining({ constructPath: path, level: "warning", blocking: false }),
        );
      });
    }

    test(`passes when ${c.fixedWhen}`, () => {
      const out = synthApp();
      c.fixed(out.stack);
      const error = out.synth();
      expect(error?.message).toBeUndefined();
      const report = out.report();
      expect(findingsOf(report, c.ruleId)).toEqual([]);
      expect(report.passed).toBe(true);
      const run = report.rules.find((r) => r.id === c.ruleId);
      expect(run?.outcomes.compliant).toBeGreaterThan(0);
    });

    if (rule?.acknowledgeable) {
      test(`${blocks ? "synthesizes" : "records the warning as accepted"} when ${c.ruleId} is acknowledged with a reason`, () => {
        const out = synthApp();
        c.insecure(out.stack);
        const target = nodeAt(out.stack, ackPath);
        for (const id of [c.ruleId, ...(c.alsoBlocking ?? [])])
          VoiceAgentGuard.acknowledge(target, { ruleId: id, reason: reasonFor(id) });
        expect(out.synth()?.message).toBeUndefined();
        expect(fs.existsSync(out.stackFile)).toBe(true);
        const report = out.report();
        expect(report.passed).toBe(true);
        const acknowledgement = { constructPath: target.node.path, reason: reasonFor(c.ruleId) };
        expect(findingsOf(report, c.ruleId)).toContainEqual(
          expect.objectContaining({
            constructPath: path,
            acknowledged: true,
            blocking: false,
            acknowledgement,
          }),
        );
        expect(report.acknowledgements).toContainEqual(
          expect.objectContaining({ ruleId: c.ruleId, ...acknowledgement, status: "active" }),
        );
      });
    } else {
      test(`refuses to acknowledge ${c.ruleId}`, () => {
        const stack = testStack();
        c.insecure(stack);
        const error = thrown(() =>
          VoiceAgentGuard.acknowledge(nodeAt(stack, ackPath), {
            ruleId: c.ruleId,
            reason: reasonFor(c.ruleId),
          }),
        );
        expect(error?.message).toContain("names a rule that cannot be acknowledged");
        expect(error?.message).toContain(c.ruleId);
        expect(error?.message).toContain(`${STACK}/${ackPath}`);
        const report = VoiceAgentGuard.evaluate(stack);
        expect(report.acknowledgements).toEqual([]);
        expect(findingsOf(report, c.ruleId)).toContainEqual(
          expect.objectContaining({ constructPath: path, acknowledged: false, blocking: blocks }),
        );
      });
    }
  });
}
