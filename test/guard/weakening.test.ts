import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ALL_RULES, GuardReport, Rule, Severity, VoiceAgentGuard } from "../../lib";
import { agentStack, reasonFor, removeOutdirs, STACK, synthApp } from "../e2e/e2e-kit";
import { tempOutdir } from "./guard-kit";

// No silent weakening: a guard run with fewer or weaker rules than built in
// is a VAW-GUARD-4 error until acknowledged with a reason, and the reports
// say which rules were off and who accepted it.

afterAll(removeOutdirs);

const HTTP_SOE = { soe: { url: "http://soe.example.com/soe/billing" } };

function guard4(report: GuardReport) {
  return report.findings.find((f) => f.ruleId === "VAW-GUARD-4");
}

function sarifOf(stackFile: string) {
  return JSON.parse(
    fs.readFileSync(path.join(path.dirname(stackFile), "voice-agent-guard.sarif"), "utf8"),
  );
}

const replaced = (id: string, over: Partial<Rule>): Rule[] =>
  ALL_RULES.map((r) => (r.id === id ? { ...r, ...over } : r));

describe("reduced or weakened rule sets", () => {
  test("rules: [] on a stack with an http SOE no longer passes: VAW-GUARD-4 blocks at the stack", () => {
    const s = synthApp();
    agentStack(s.stack, HTTP_SOE);
    VoiceAgentGuard.apply(s.stack, { rules: [] });
    const error = s.synth();
    expect(error?.message).toContain(
      `VAW-GUARD-4 guard at ${STACK}: the guard runs with fewer or weaker rules than built in, set by ${STACK}: ${ALL_RULES.length} of ${ALL_RULES.length} built-in rules do not run (VAW-SIP-1, `,
    );
    const report = s.report();
    expect(report.passed).toBe(false);
    expect(report.configuration.rulesNotRun).toEqual(ALL_RULES.map((r) => r.id));
    expect(fs.existsSync(s.stackFile)).toBe(false);
  });

  test("acknowledged with a reason it passes, and both reports say which rules were off and who accepted it", () => {
    const s = synthApp();
    agentStack(s.stack, HTTP_SOE);
    VoiceAgentGuard.apply(s.stack, { rules: [] });
    VoiceAgentGuard.acknowledge(s.stack, {
      ruleId: "VAW-GUARD-4",
      reason: reasonFor("VAW-GUARD-4"),
    });
    expect(s.synth()).toBeUndefined();
    const report = s.report();
    expect(guard4(report)).toMatchObject({
      acknowledged: true,
      acknowledgement: { constructPath: STACK, reason: reasonFor("VAW-GUARD-4") },
    });
    const run = sarifOf(s.stackFile).runs[0];
    expect(run.properties.rulesNotRun).toEqual(ALL_RULES.map((r) => r.id));
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === "VAW-GUARD-4");
    expect(result.suppressions[0]).toMatchObject({
      status: "accepted",
      justification: reasonFor("VAW-GUARD-4"),
      properties: { constructPath: STACK },
    });
    expect(result.message.text).toContain("do not run");
  });

  test.each<[string, Partial<Rule>, string]>([
    ["a lowered severity", { severity: Severity.WARNING }, "severity error → warning"],
    ["a rule made acknowledgeable", { acknowledgeable: true }, "made acknowledgeable"],
    ["a replaced check", { check: () => [] }, "check replaced"],
  ])("%s is a weakening, named in the finding", (_, over, change) => {
    const s = synthApp();
    agentStack(s.stack, HTTP_SOE);
    VoiceAgentGuard.apply(s.stack, { rules: replaced("VAW-SOE-1", over) });
    expect(s.synth()?.message).toContain(`VAW-SOE-1 runs weakened (${change}`);
    expect(s.report().configuration.rulesWeakened).toEqual([
      expect.objectContaining({ id: "VAW-SOE-1" }),
    ]);
  });

  test("a lowered severity for PHI and PCI agents is a weakening too", () => {
    const s = synthApp();
    agentStack(s.stack);
    VoiceAgentGuard.apply(s.stack, {
      rules: replaced("VAW-SIP-2", { sensitiveDataSeverity: undefined }),
    });
    expect(s.synth()?.message).toContain(
      "VAW-SIP-2 runs weakened (severity for phi and pci error → warning)",
    );
  });

  test("copies as strong as the built-in rules, and added custom rules, are no weakening", () => {
    const s = synthApp();
    agentStack(s.stack);
    const custom: Rule = { ...ALL_RULES[0], id: "VAW-ORG-1", check: () => [] };
    VoiceAgentGuard.apply(s.stack, {
      rules: [...ALL_RULES.map((r) => ({ ...r, title: `${r.title} (org copy)` })), custom],
    });
    expect(s.synth()).toBeUndefined();
    expect(guard4(s.report())).toBeUndefined();
    expect(s.report().configuration).toEqual({
      rulesNotRun: [],
      rulesWeakened: [],
      rulesRestored: [],
    });
  });

  test("a reduced rule set given for the whole app is reported on every stack as set by the app", () => {
    const app = new App({ outdir: tempOutdir() });
    VoiceAgentGuard.apply(app, { rules: ALL_RULES.slice(1) });
    const stack = new TerraformStack(app, "raw");
    new IbmProvider(stack, "ibm", { region: "us-south" });
    expect(() => app.synth()).toThrow(
      `VAW-GUARD-4 guard at raw: the guard runs with fewer or weaker rules than built in, set by (app): 1 of ${ALL_RULES.length} built-in rules do not run (${ALL_RULES[0].id})`,
    );
  });
});
