import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import {
  ALL_RULES,
  GUARD_POLICY_ENV,
  GUARD_POLICY_FILE,
  GuardPolicy,
  Severity,
  VoiceAgentGuard,
} from "../../lib";
import { GUARD_TODAY_ENV } from "../../lib/guard";
import { agentStack, reasonFor, removeOutdirs, STACK, synthApp, thrown } from "../e2e/e2e-kit";
import { renderedJson, secureCloudant, tempOutdir, writerKey } from "./guard-kit";

// A guard policy set high in the tree (or in the organisation's file next to
// cdktf.json) cannot be loosened by options or acknowledgements set deeper.

afterAll(removeOutdirs);
afterEach(() => {
  delete process.env[GUARD_POLICY_ENV];
  delete process.env[GUARD_TODAY_ENV];
});

const TICKET = "^[A-Z]+-\\d+: ";
const HTTP_SOE = { soe: { url: "http://soe.example.com/soe/billing" } };
/** A date after today, so that a policy's floor on the guard's date does not move it. */
const NOW = "2030-01-01";

/** An app-level policy, then the stack built under it. */
function underPolicy(policy: GuardPolicy) {
  const s = synthApp();
  VoiceAgentGuard.apply(s.app, { policy, now: NOW });
  return s;
}

describe("guard policy in code", () => {
  test("an enforced rule still runs when the stack's rules option leaves it out", () => {
    const s = underPolicy({ enforcedRules: ["VAW-SOE-1"] });
    agentStack(s.stack, HTTP_SOE);
    VoiceAgentGuard.apply(s.stack, { rules: [] });
    VoiceAgentGuard.acknowledge(s.stack, { ruleId: "VAW-GUARD-4", reason: reasonFor("x") });
    expect(s.synth()?.message).toContain(`VAW-SOE-1 terraform_data at ${STACK}/agent/Manifest`);
    expect(s.report().configuration).toMatchObject({
      rulesRestored: ["VAW-SOE-1"],
      policy: { enforcedRules: ["VAW-SOE-1"], sources: ["code"] },
    });
  });

  test("an enforced rule runs as built in when a deeper option gives a weakened copy", () => {
    const s = underPolicy({ enforcedRules: ["VAW-SOE-1"] });
    agentStack(s.stack, HTTP_SOE);
    VoiceAgentGuard.apply(s.stack, {
      rules: ALL_RULES.map((r) =>
        r.id === "VAW-SOE-1" ? { ...r, severity: Severity.WARNING } : r,
      ),
    });
    expect(s.synth()?.message).toContain("VAW-SOE-1 terraform_data");
    expect(s.report().findings.map((f) => f.ruleId)).not.toContain("VAW-GUARD-4");
  });

  test("an enforced rule cannot be acknowledged: the call is refused, and one recorded by hand accepts nothing", () => {
    const s = underPolicy({ enforcedRules: ["VAW-CLOUDANT-1"] });
    const team = new TerraformStack(s.app, "team");
    new IbmProvider(team, "ibm", { region: "us-south" });
    const c = secureCloudant(team);
    c.legacyCredentials = true;
    expect(() =>
      VoiceAgentGuard.acknowledge(c, { ruleId: "VAW-CLOUDANT-1", reason: reasonFor("x") }),
    ).toThrow(
      /ruleId names a rule the guard policy \(code\) enforces, which cannot be acknowledged/,
    );
    team.addOverride("//.voiceAgentGuard", {
      acknowledgements: [
        { ruleId: "VAW-CLOUDANT-1", constructPath: "team", reason: reasonFor("x") },
      ],
    });
    const report = VoiceAgentGuard.evaluate(team);
    expect(report.passed).toBe(false);
    expect(report.acknowledgements[0]).toMatchObject({ status: "rejected" });
    expect(report.findings.find((f) => f.ruleId === "VAW-GUARD-2")?.message).toContain(
      "enforces, which cannot be acknowledged",
    );
  });

  test("enforcing VAW-GUARD-4 refuses every reduced rule set", () => {
    const s = underPolicy({ enforcedRules: ["VAW-GUARD-4"] });
    agentStack(s.stack);
    VoiceAgentGuard.apply(s.stack, { rules: ALL_RULES.slice(1) });
    expect(() =>
      VoiceAgentGuard.acknowledge(s.stack, { ruleId: "VAW-GUARD-4", reason: reasonFor("x") }),
    ).toThrow(/VAW-GUARD-4/);
    expect(s.synth()?.message).toContain("VAW-GUARD-4 guard at e2e");
  });

  test("acknowledgement reasons must match the reason pattern, also against a looser policy set deeper", () => {
    const s = underPolicy({ reasonPattern: TICKET });
    agentStack(s.stack, HTTP_SOE);
    VoiceAgentGuard.apply(s.stack, { policy: { reasonPattern: "." } });
    const agent = s.stack.node.findChild("agent");
    expect(
      thrown(() =>
        VoiceAgentGuard.acknowledge(agent, {
          ruleId: "VAW-SOE-2",
          reason: "accepted by the review board last week",
          expires: "2030-01-31",
        }),
      )?.message,
    ).toContain(`reason must match the guard policy's reason pattern /${TICKET}/ (code)`);
    VoiceAgentGuard.acknowledge(agent, {
      ruleId: "VAW-SIP-6",
      reason: "SEC-42: digest challenge answered in a test call",
      expires: "2030-01-31",
    });
  });

  test("acknowledgements must expire within the maximum lifetime; without an expiry they are refused", () => {
    const s = underPolicy({ maxAcknowledgementDays: 30 });
    const c = secureCloudant(s.stack);
    c.enableCors = true;
    const problem = (expires?: string) =>
      thrown(() =>
        VoiceAgentGuard.acknowledge(c, {
          ruleId: "VAW-CLOUDANT-2",
          reason: reasonFor("VAW-CLOUDANT-2"),
          ...(expires ? { expires } : {}),
        }),
      )?.message;
    expect(problem()).toContain(
      "expires must be at most 30 days ahead, by 2030-01-31, under the guard policy (code), got undefined",
    );
    expect(problem("2030-02-01")).toContain('got "2030-02-01"');
    expect(problem("2030-01-31")).toBeUndefined();
    expect(VoiceAgentGuard.evaluate(s.stack).passed).toBe(true);
  });

  test("a date injected before today cannot revive acknowledgements under a policy", () => {
    const s = synthApp();
    VoiceAgentGuard.apply(s.app, { policy: { warningsFail: true } });
    const c = secureCloudant(s.stack);
    c.enableCors = true;
    VoiceAgentGuard.apply(s.stack, { now: "2001-01-01" });
    s.stack.addOverride("//.voiceAgentGuard", {
      acknowledgements: [
        {
          ruleId: "VAW-CLOUDANT-2",
          constructPath: STACK,
          reason: reasonFor("x"),
          expires: "2001-12-31",
        },
      ],
    });
    const report = VoiceAgentGuard.evaluate(s.stack);
    expect(report.acknowledgements[0].status).toBe("expired");
    expect(report.passed).toBe(false);
  });

  test("warnings fail synth when the policy says so, and a deeper policy cannot say otherwise", () => {
    const s = underPolicy({ warningsFail: true });
    writerKey(s.stack, "admin", secureCloudant(s.stack), "Manager");
    VoiceAgentGuard.apply(s.stack, { policy: { warningsFail: false }, printWarnings: false });
    expect(s.synth()?.message).toContain(`VAW-KEY-1 ibm_resource_key at ${STACK}/admin`);
    expect(s.report().findings.find((f) => f.ruleId === "VAW-KEY-1")).toMatchObject({
      level: "warning",
      blocking: true,
    });
  });

  test("the fixed twin under the strictest policy passes", () => {
    const s = underPolicy({
      enforcedRules: ["VAW-SOE-1", "VAW-GUARD-4"],
      reasonPattern: TICKET,
      maxAcknowledgementDays: 90,
      warningsFail: true,
    });
    agentStack(s.stack);
    expect(s.synth()).toBeUndefined();
    expect(s.report().configuration.policy).toEqual({
      sources: ["code"],
      enforcedRules: ["VAW-GUARD-4", "VAW-SOE-1"],
      reasonPatterns: [TICKET],
      maxAcknowledgementDays: 90,
      warningsFail: true,
    });
  });

  test("a malformed policy in code is one error listing every problem", () => {
    const app = new App({ outdir: tempOutdir() });
    const message = thrown(() =>
      VoiceAgentGuard.apply(app, {
        policy: {
          enforcedRules: ["VAW-NOPE-1", "VAW-SOE-1"],
          reasonPattern: "([",
          maxAcknowledgementDays: 0,
          warningsFail: "yes",
          enforcedRule: ["VAW-SOE-1"],
        } as unknown as GuardPolicy,
      }),
    )?.message;
    expect(message).toMatch(/^invalid props for GuardPolicy at \(app\) \(5 problems\):/);
    expect(message).toContain(
      "enforcedRule is not a policy setting, got a list of 1; use only enforcedRules, reasonPattern",
    );
    expect(message).toContain('enforcedRules[0] must name a rule of the guard, got "VAW-NOPE-1"');
    expect(message).toContain("reasonPattern must be a valid regular expression");
    expect(message).toContain(
      "maxAcknowledgementDays must be a whole number of days from 1 to 3650, got 0",
    );
    expect(message).toContain('warningsFail must be true or false, got "yes"');
  });

  test("VoiceAgentGuard.check applies a policy given to it", () => {
    const s = synthApp();
    writerKey(s.stack, "admin", secureCloudant(s.stack), "Manager");
    const json = renderedJson(s.stack);
    expect(VoiceAgentGuard.check(json).passed).toBe(true);
    expect(VoiceAgentGuard.check(json, { policy: { warningsFail: true } }).passed).toBe(false);
    expect(
      VoiceAgentGuard.check(json, { policy: [{ warningsFail: false }, { warningsFail: true }] })
        .passed,
    ).toBe(false);
  });
});

describe("guard policy file", () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  /** A cdktf project dir with `policy` as its policy file, and a nested dir to run from. */
  function project(policy: string | object): { root: string; nested: string } {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "vaw-policy-"));
    fs.writeFileSync(path.join(root, "cdktf.json"), JSON.stringify({ app: "npx ts-node main.ts" }));
    fs.writeFileSync(
      path.join(root, GUARD_POLICY_FILE),
      typeof policy === "string" ? policy : JSON.stringify(policy),
    );
    const nested = path.join(root, "src", "app");
    fs.mkdirSync(nested, { recursive: true });
    return { root, nested };
  }

  test("next to cdktf.json it applies to synth from the app's directory and below, and wins over deeper options", () => {
    const { nested } = project({ enforcedRules: ["VAW-SOE-1"], warningsFail: true });
    process.chdir(nested);
    const s = synthApp();
    agentStack(s.stack, HTTP_SOE);
    VoiceAgentGuard.apply(s.stack, { rules: [], policy: { warningsFail: false } });
    VoiceAgentGuard.acknowledge(s.stack, { ruleId: "VAW-GUARD-4", reason: reasonFor("x") });
    expect(s.synth()?.message).toContain("VAW-SOE-1 terraform_data");
    expect(s.report().configuration.policy).toMatchObject({
      sources: ["../../voice-agent-guard.policy.json", "code"],
      warningsFail: true,
    });
    expect(
      thrown(() =>
        VoiceAgentGuard.acknowledge(s.stack.node.findChild("agent"), {
          ruleId: "VAW-SOE-1",
          reason: reasonFor("x"),
        }),
      )?.message,
    ).toMatch(/VAW-SOE-1/);
  });

  test("loadPolicies reads it for VoiceAgentGuard.check (what a scan of cdk.tf.json uses)", () => {
    const { root } = project({ warningsFail: true });
    const s = synthApp();
    writerKey(s.stack, "admin", secureCloudant(s.stack), "Manager");
    const policies = VoiceAgentGuard.loadPolicies({ cwd: root });
    expect(policies).toEqual([{ warningsFail: true, source: GUARD_POLICY_FILE }]);
    expect(VoiceAgentGuard.check(renderedJson(s.stack), { policy: policies }).passed).toBe(false);
  });

  test("VOICE_AGENT_GUARD_POLICY names one more file, combined with the one next to cdktf.json", () => {
    const { root } = project({ maxAcknowledgementDays: 90 });
    const other = path.join(root, "org-policy.json");
    fs.writeFileSync(other, JSON.stringify({ maxAcknowledgementDays: 10, reasonPattern: TICKET }));
    process.env[GUARD_POLICY_ENV] = "org-policy.json";
    const policies = VoiceAgentGuard.loadPolicies({ cwd: root });
    expect(policies.map((p) => p.source)).toEqual([GUARD_POLICY_FILE, "org-policy.json"]);
    process.env[GUARD_POLICY_ENV] = "missing.json";
    expect(() => VoiceAgentGuard.loadPolicies({ cwd: root })).toThrow(
      /GuardPolicy at .*missing\.json: \(file\) cannot be read, got "ENOENT"/,
    );
  });

  test("a malformed file stops synth with one error naming the file and listing every problem", () => {
    const { root } = project({
      enforcedRules: "VAW-SOE-1",
      maxAcknowledgementDays: 9999,
      warningsFail: 1,
      reasonPatern: "^SEC-",
    });
    process.chdir(root);
    const s = synthApp();
    agentStack(s.stack);
    const message = s.synth()?.message ?? "";
    // One error naming the file (the lookup resolves the working directory, which may be a symlink).
    expect(message).toMatch(
      new RegExp(
        `^invalid props for GuardPolicy at .*${GUARD_POLICY_FILE.replace(/\./g, "\\.")} \\(4 problems\\):`,
      ),
    );
    expect(message).toContain('reasonPatern is not a policy setting, got "^SEC-"');
    expect(message).toContain('enforcedRules must be a list of rule ids, got "VAW-SOE-1"');
    expect(message).toContain("maxAcknowledgementDays must be a whole number");
    expect(message).toContain("warningsFail must be true or false, got 1");
  });

  test("the policy file shown in the README is a valid policy", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const shown = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((b) => b.includes("enforcedRules"));
    const { root } = project(shown ?? "(missing)");
    expect(VoiceAgentGuard.loadPolicies({ cwd: root })).toEqual([
      expect.objectContaining({ reasonPattern: TICKET, maxAcknowledgementDays: 90 }),
    ]);
  });

  test("a file that is not JSON is one clear error", () => {
    const { root } = project("{ enforcedRules: [VAW-SOE-1] ");
    expect(() => VoiceAgentGuard.loadPolicies({ cwd: root })).toThrow(
      /GuardPolicy at .*voice-agent-guard\.policy\.json: \(file\) must be JSON \(/,
    );
  });
});
