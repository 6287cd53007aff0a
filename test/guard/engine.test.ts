import { TerraformDocument } from "../../lib/contracts";
import { runGuard, VoiceAgentGuard } from "../../lib/guard";
import { RESOURCE_RULES } from "../../lib/rules";
import { Rule, RuleStatus, Severity } from "../../lib/rules/rule";
import { onlyRules, ruleFindings } from "./guard-kit";

/** A hand-built rendered stack: two cloudant instances, one compliant. */
function doc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "//": { metadata: { stackName: "hand", version: "0.21.0", backend: "local" } },
    resource: {
      ibm_cloudant: {
        good: {
          name: "good",
          legacy_credentials: false,
          enable_cors: false,
          "//": { metadata: { path: "hand/good" } },
        },
        bad: {
          name: "bad",
          legacy_credentials: true,
          enable_cors: false,
          "//": { metadata: { path: "hand/team/bad" } },
        },
      },
    },
    ...extra,
  };
}

const rule = (over: Partial<Rule>): Rule => ({
  id: "VAW-TEST-1",
  severity: Severity.ERROR,
  title: "test subjects are fine",
  explanation: "for the engine tests",
  fix: "make it fine",
  docUrl: "https://example.com/rule",
  acknowledgeable: true,
  scope: "resource",
  check: () => [],
  ...over,
});

describe("guard engine", () => {
  test("reports each non-compliant subject by construct path with rule id, message and fix", () => {
    const report = VoiceAgentGuard.check(doc(), onlyRules(RESOURCE_RULES, "hand"));
    expect(report.stack).toBe("hand");
    expect(report.passed).toBe(false);
    expect(ruleFindings(report.findings)).toEqual([
      expect.objectContaining({
        ruleId: "VAW-CLOUDANT-1",
        constructPath: "hand/team/bad",
        address: "ibm_cloudant.bad",
        resourceType: "ibm_cloudant",
        attributePath: "legacy_credentials",
        message: "legacy_credentials must be false, got true",
        level: "error",
        blocking: true,
      }),
    ]);
    expect(report.counts).toMatchObject({ errors: 1, warnings: 0, acknowledged: 1 });
  });

  test("lists which rules ran and which judged nothing", () => {
    const report = VoiceAgentGuard.check(doc());
    expect(report.rules.find((r) => r.id === "VAW-CLOUDANT-1")).toMatchObject({
      applicable: true,
      outcomes: { compliant: 1, nonCompliant: 1, cannotVerify: 0, notApplicable: 0 },
    });
    expect(report.notApplicableRules).toContain("VAW-SECRET-2");
    expect(report.notApplicableRules).not.toContain("VAW-CLOUDANT-1");
    expect(report.counts.rulesNotApplicable).toBe(report.notApplicableRules.length);
  });

  test("runs only the given rules, and an outcome's severity overrides the rule's", () => {
    const judged = rule({
      severity: Severity.WARNING,
      check: (ctx) =>
        ctx.document.ofType("ibm_cloudant").map((subject) => ({
          status: RuleStatus.NON_COMPLIANT,
          subject,
          detail: `${subject.name} is not fine`,
          severity: subject.name === "bad" ? Severity.ERROR : undefined,
        })),
    });
    const report = VoiceAgentGuard.check(doc(), onlyRules([judged], "hand"));
    expect(report.rules.map((r) => r.id)).toEqual(["VAW-TEST-1"]);
    expect(ruleFindings(report.findings).map((f) => [f.constructPath, f.level])).toEqual([
      ["hand/good", "warning"],
      ["hand/team/bad", "error"],
    ]);
  });

  test("reports cannot-verify outcomes as warnings that do not block", () => {
    const undecided = rule({
      check: (ctx) =>
        ctx.document.ofType("ibm_cloudant").map((subject) => ({
          status: RuleStatus.CANNOT_VERIFY,
          subject,
          detail: "x is an expression",
        })),
    });
    const report = VoiceAgentGuard.check(doc(), onlyRules([undecided], "hand"));
    expect(report.passed).toBe(true);
    expect(
      ruleFindings(report.findings).every(
        (f) => f.level === "warning" && f.status === "cannot-verify",
      ),
    ).toBe(true);
    expect(report.counts).toMatchObject({ cannotVerify: 2, warnings: 2, errors: 0 });
  });

  test("turns a rule that throws into a blocking VAW-GUARD-3 finding instead of a pass", () => {
    const broken = rule({
      check: () => {
        throw new TypeError("cannot read properties of undefined");
      },
    });
    const report = VoiceAgentGuard.check(doc(), onlyRules([broken], "hand"));
    expect(report.passed).toBe(false);
    expect(ruleFindings(report.findings)).toEqual([
      expect.objectContaining({
        ruleId: "VAW-GUARD-3",
        blocking: true,
        message: "rule VAW-TEST-1 failed: cannot read properties of undefined",
      }),
    ]);
  });

  test("builds RuleContext.agents from terraform_data resources carrying the manifest schema only", () => {
    let seen: string[] = [];
    const spy = rule({
      check: (ctx) => {
        seen = ctx.agents.map((a) => a.resource.constructPath);
        return [];
      },
    });
    const json = doc();
    (json.resource as any).terraform_data = {
      agent: {
        input: { manifestSchema: "cdktf-ibm-voice-agent/agent-manifest/v1", name: "a" },
        "//": { metadata: { path: "hand/agent/Manifest" } },
      },
      other: { input: { something: 1 }, "//": { metadata: { path: "hand/other" } } },
    };
    runGuard(new TerraformDocument(json, "hand"), { rules: [spy] });
    expect(seen).toEqual(["hand/agent/Manifest"]);
  });

  test("rejects an injected date that is not YYYY-MM-DD, naming the option", () => {
    expect(() => VoiceAgentGuard.check(doc(), { now: "31/12/2030" })).toThrow(
      /now must be a date written YYYY-MM-DD, got "31\/12\/2030"/,
    );
  });

  test("reads the stack name from the JSON metadata and accepts the JSON as text", () => {
    expect(VoiceAgentGuard.check(JSON.stringify(doc())).stack).toBe("hand");
  });

  test("check() honours acknowledgements recorded in the JSON and those given as options", () => {
    const recorded = doc();
    (recorded["//"] as any).voiceAgentGuard = {
      acknowledgements: [
        {
          ruleId: "VAW-CLOUDANT-1",
          constructPath: "hand/team",
          reason: "legacy reporting job until it moves",
        },
      ],
    };
    const fromJson = VoiceAgentGuard.check(recorded, onlyRules(RESOURCE_RULES, "hand"));
    expect(ruleFindings(fromJson.findings)[0]).toMatchObject({
      acknowledged: true,
      blocking: false,
    });
    const only = onlyRules(RESOURCE_RULES, "hand");
    const given = VoiceAgentGuard.check(doc(), {
      rules: only.rules,
      acknowledgements: [
        ...only.acknowledgements,
        {
          ruleId: "VAW-CLOUDANT-1",
          constructPath: "hand",
          reason: "legacy reporting job until it moves",
        },
      ],
    });
    expect(given.passed).toBe(true);
    expect(ruleFindings(given.acknowledgements)).toEqual([
      {
        ruleId: "VAW-CLOUDANT-1",
        constructPath: "hand",
        reason: "legacy reporting job until it moves",
        status: "active",
        matchedFindings: 1,
      },
    ]);
  });
});
