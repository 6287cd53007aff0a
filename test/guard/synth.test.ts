import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ensureGuard, VoiceAgentGuard } from "../../lib/guard";
import { GUARD_STATE } from "../../lib/guard/guard-state";
import { RESOURCE_RULES } from "../../lib/rules";
import { SchemaValidator } from "../../lib/schema";
import { Rule, RuleStatus, Severity } from "../../lib/rules/rule";
import {
  agentManifest,
  appAndStack,
  eventDatabase,
  onlyRules,
  secureCloudant,
  stackFile,
  tempOutdir,
  writerKey,
} from "./guard-kit";

/**
 * A compliant stack: secure cloudant, writer key, event database, one agent
 * (a minimal manifest, so only the resource rules judge it here; the agent
 * rules have their own tests).
 */
function compliant(stack: TerraformStack) {
  VoiceAgentGuard.apply(stack, {
    ...onlyRules(RESOURCE_RULES, stack.node.path),
    printWarnings: false,
  });
  const c = secureCloudant(stack);
  const key = writerKey(stack, "events_key", c);
  eventDatabase(stack, "cdr", c);
  return agentManifest(stack, "agent", { name: "Claims Line (EN)", cloudant: c, key });
}

/** Two error findings: legacy credentials and an http endpoint. */
function insecure(stack: TerraformStack) {
  const c = new Cloudant(stack, "legacy", {
    name: "legacy",
    location: "us-south",
    plan: "standard",
    legacyCredentials: true,
    enableCors: false,
  });
  c.addOverride("service_endpoints", "http://cloudant.example.com");
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) =>
    fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, "utf8");
    });
  walk(dir);
  return out;
}

describe("guard at synth", () => {
  test("app.synth writes cdk.tf.json, both reports and one manifest file per agent next to it", () => {
    const { app, stack, outdir } = appAndStack();
    ensureGuard(compliant(stack));
    app.synth();
    const dir = path.dirname(stackFile(outdir, "guarded"));
    expect(fs.readdirSync(dir).sort()).toEqual([
      "cdk.tf.json",
      "voice-agent-guard.json",
      "voice-agent-guard.sarif",
      "voice-agent-manifests",
    ]);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "voice-agent-guard.json"), "utf8"));
    expect(report).toMatchObject({
      schemaVersion: "cdktf-ibm-voice-agent/guard-report/v1",
      stack: "guarded",
      passed: true,
    });
    const manifest = JSON.parse(
      fs.readFileSync(path.join(dir, "voice-agent-manifests", "claims-line-en.json"), "utf8"),
    );
    expect(manifest).toMatchObject({
      manifestSchema: "cdktf-ibm-voice-agent/agent-manifest/v1",
      name: "Claims Line (EN)",
    });
    expect(manifest.eventForwarding.cloudantInstance).toBe("ibm_cloudant.events");
  });

  test("refuses with one error listing every error finding, deletes cdk.tf.json and keeps the reports", () => {
    const { app, stack, outdir } = appAndStack();
    compliant(stack);
    insecure(stack);
    VoiceAgentGuard.apply(stack, { printWarnings: false });
    let message = "";
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(
      /^voice agent guard blocked synthesis of guarded \(2 error findings\):/,
    );
    expect(message).toContain(
      "VAW-CLOUDANT-1 ibm_cloudant at guarded/legacy: legacy_credentials must be false, got true; set legacy_credentials = false",
    );
    expect(message).toContain(
      'VAW-HTTP-1 ibm_cloudant at guarded/legacy: service_endpoints must be an https:// url, got "http://cloudant.example.com"; use the https://',
    );
    expect(fs.existsSync(stackFile(outdir, "guarded"))).toBe(false);
    expect(fs.existsSync(stackFile(outdir, "guarded", "voice-agent-manifests"))).toBe(false);
    const report = JSON.parse(
      fs.readFileSync(stackFile(outdir, "guarded", "voice-agent-guard.json"), "utf8"),
    );
    expect(report.counts.errors).toBe(2);
  });

  test("still guards when the app skips validations", () => {
    const { app, stack, outdir } = appAndStack("guarded", { skipValidation: true });
    insecure(stack);
    VoiceAgentGuard.apply(stack, { printWarnings: false });
    expect(() => app.synth()).toThrow(/voice agent guard blocked synthesis of guarded/);
    expect(fs.existsSync(stackFile(outdir, "guarded"))).toBe(false);
  });

  test("Testing.synth with validations throws with the rule ids; without them it does not run the guard", () => {
    const { stack } = appAndStack();
    insecure(stack);
    ensureGuard(stack);
    expect(() => Testing.synth(stack)).not.toThrow();
    expect(() => Testing.synth(stack, true)).toThrow(
      /\[guarded\] VAW-CLOUDANT-1 ibm_cloudant at guarded\/legacy[^]*\[guarded\] VAW-HTTP-1 ibm_cloudant at guarded\/legacy/,
    );
  });

  test("attaches once per stack, also when another copy of the library already did", () => {
    const { stack } = appAndStack();
    ensureGuard(stack);
    const synthesizer = stack.synthesizer;
    ensureGuard(stack);
    VoiceAgentGuard.apply(stack);
    expect(stack.synthesizer).toBe(synthesizer);
    const other = appAndStack("other").stack;
    Object.defineProperty(other, GUARD_STATE, {
      value: { options: {}, acknowledgements: [], synthesizing: false },
    });
    const original = other.synthesizer;
    ensureGuard(other);
    expect(other.synthesizer).toBe(original);
  });

  test("VoiceAgentGuard.apply on an app guards every stack, also stacks of raw resources added later", () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    VoiceAgentGuard.apply(app, { printWarnings: false });
    const raw = new TerraformStack(app, "raw");
    new IbmProvider(raw, "ibm", { region: "us-south" });
    insecure(raw);
    expect(() => app.synth()).toThrow(/blocked synthesis of raw/);
  });

  test("VoiceAgentGuard.of returns a handle whose reports cover every stack of its scope", () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const a = new TerraformStack(app, "a");
    insecure(a);
    const b = new TerraformStack(app, "b");
    secureCloudant(b);
    const reports = VoiceAgentGuard.of(app, {
      rules: RESOURCE_RULES,
      acknowledgements: ["a", "b"].flatMap((s) => onlyRules([], s).acknowledgements),
    }).reports();
    expect(reports.map((r) => [r.stack, r.passed])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    expect(
      VoiceAgentGuard.of(b)
        .reports()
        .map((r) => r.stack),
    ).toEqual(["b"]);
  });

  test("prints warnings (and only warnings) without failing, and can be told not to", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const { app, stack } = appAndStack();
      writerKey(stack, "admin", secureCloudant(stack), "Manager");
      ensureGuard(stack);
      VoiceAgentGuard.apply(stack, onlyRules(RESOURCE_RULES, stack.node.path));
      app.synth();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toMatch(
        /^voice agent guard: guarded: 1 warning \(see stacks\/guarded\/voice-agent-guard.json\):\n  - VAW-KEY-1 ibm_resource_key at guarded\/admin: role must be Writer or Reader, got "Manager"/,
      );
      warn.mockClear();
      const quiet = appAndStack();
      writerKey(quiet.stack, "admin", secureCloudant(quiet.stack), "Manager");
      VoiceAgentGuard.apply(quiet.stack, { printWarnings: false });
      quiet.app.synth();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test("writes the acknowledgements that concern an agent into its manifest file as notes", () => {
    const { app, stack, outdir } = appAndStack();
    const agent = compliant(stack);
    const agentRule: Rule = {
      id: "VAW-TEST-1",
      severity: Severity.ERROR,
      title: "agents are reviewed",
      explanation: "for the test",
      fix: "review it",
      docUrl: "https://example.com/rule",
      acknowledgeable: true,
      scope: "agent",
      check: (ctx) =>
        ctx.agents.map((a) => ({
          status: RuleStatus.NON_COMPLIANT,
          subject: a.resource,
          detail: "not reviewed",
        })),
    };
    VoiceAgentGuard.apply(stack, onlyRules([...RESOURCE_RULES, agentRule], stack.node.path));
    VoiceAgentGuard.acknowledge(agent, {
      ruleId: "VAW-TEST-1",
      reason: "reviewed by the contact centre owner",
      expires: "2999-01-01",
    });
    app.synth();
    const manifest = JSON.parse(
      fs.readFileSync(
        stackFile(outdir, "guarded", "voice-agent-manifests/claims-line-en.json"),
        "utf8",
      ),
    );
    expect(manifest.notes).toEqual([
      "VAW-TEST-1 acknowledged at guarded/agent until 2999-01-01: reviewed by the contact centre owner",
    ]);
    const sarif = JSON.parse(
      fs.readFileSync(stackFile(outdir, "guarded", "voice-agent-guard.sarif"), "utf8"),
    );
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain(
      "VAW-TEST-1",
    );
  });

  test("the recorded acknowledgements keep cdk.tf.json valid against the provider schemas", () => {
    const { app, stack, outdir } = appAndStack();
    const c = secureCloudant(stack);
    writerKey(stack, "admin", c, "Manager");
    VoiceAgentGuard.apply(stack, {
      ...onlyRules(RESOURCE_RULES, stack.node.path),
      printWarnings: false,
    });
    VoiceAgentGuard.acknowledge(stack, {
      ruleId: "VAW-KEY-1",
      reason: "the admin key is rotated daily by the platform team",
    });
    app.synth();
    const json = JSON.parse(fs.readFileSync(stackFile(outdir, "guarded"), "utf8"));
    expect(json["//"].voiceAgentGuard.acknowledgements).toHaveLength(2);
    expect(SchemaValidator.load().validate(json).problems).toEqual([]);
  });

  test("synthesizes byte-identical files, reports included, from the same program", () => {
    const build = () => {
      const { app, stack, outdir } = appAndStack();
      compliant(stack);
      writerKey(stack, "admin", secureCloudant(stack, "other"), "Manager");
      VoiceAgentGuard.acknowledge(stack, {
        ruleId: "VAW-KEY-1",
        reason: "the admin key is rotated daily by the platform team",
        expires: "2999-01-01",
      });
      app.synth();
      return files(outdir);
    };
    const first = build();
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining([
        "stacks/guarded/voice-agent-guard.json",
        "stacks/guarded/voice-agent-guard.sarif",
      ]),
    );
    expect(build()).toEqual(first);
  });
});
