import Ajv from "ajv";
import addFormats from "ajv-formats";
import * as fs from "fs";
import * as path from "path";
import { AssistantSkill, VoiceAgentGuard } from "../../lib";
import { NO_SKILL_DETAIL } from "../../lib/rules";
import { GUARD_REPORT_JSON_SCHEMA, GUARD_SARIF_FILE } from "../../lib/guard";
import { agentStack, removeOutdirs, synthApp, testStack, thrown } from "../e2e/e2e-kit";
import { dialogSkill, withSkill } from "../e2e/skill-cases";
import { validateSarif } from "../fixtures/sarif";

const FIXTURES = path.join(__dirname, "fixtures");
const INSECURE = path.join(FIXTURES, "bank-dialog-insecure.json");

afterAll(removeOutdirs);

function manifestOf(json: any): any {
  return Object.values(json.resource.terraform_data as Record<string, any>).find(
    (r) => r.input?.manifestSchema,
  ).input;
}

describe("a VoiceAgent with an AssistantSkill", () => {
  test("puts the skill's name, format and content hash in the manifest", () => {
    const out = synthApp();
    agentStack(out.stack, withSkill(dialogSkill({ text: "Hello." }, "Billing")));
    expect(out.synth()).toBeUndefined();
    const skill = manifestOf(JSON.parse(fs.readFileSync(out.stackFile, "utf8"))).conversation.skill;
    expect(skill).toEqual({
      name: "Billing",
      format: "dialog",
      contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    const report = out.report();
    expect(report.rules.find((r) => r.id === "VAW-TTS-1")).toEqual(
      expect.objectContaining({
        applicable: true,
        outcomes: expect.objectContaining({ compliant: 1 }),
      }),
    );
  });

  test("the content hash follows the content, not key order or formatting", () => {
    const a = AssistantSkill.fromObject({
      name: "s",
      dialog_nodes: [{ dialog_node: "n", output: { text: "x" } }],
    });
    const b = AssistantSkill.fromObject({
      dialog_nodes: [{ output: { text: "x" }, dialog_node: "n" }],
      name: "s",
    });
    const c = AssistantSkill.fromObject({
      name: "s",
      dialog_nodes: [{ dialog_node: "n", output: { text: "y" } }],
    });
    expect(a.model.contentHash).toBe(b.model.contentHash);
    expect(a.model.contentHash).not.toBe(c.model.contentHash);
  });

  test("declared sensitive names go into the manifest and into the verdict", () => {
    const json = dialogSkill({ text: "Your code is $ticket_code." });
    const stack = testStack();
    agentStack(stack, {
      agent: ({ wa }) => ({
        assistant: {
          location1: { service: wa, workspaceId: "ws-1" },
          skill: AssistantSkill.fromObject(json, undefined, { sensitive: ["$ticket_code"] }),
        },
      }),
    });
    const report = VoiceAgentGuard.evaluate(stack);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["VAW-TTS-1"]);
    expect(report.findings[0].message).toContain("$ticket_code (declared sensitive)");
    expect(report.findings[0].skill).toEqual({
      name: "Billing dialog",
      nodeId: "node_2",
      pointer: "/dialog_nodes/1/output/text",
      line: 0,
    });
  });

  test("an agent without a skill: the report says the skill rules were not run, and why", () => {
    const out = synthApp();
    agentStack(out.stack);
    expect(out.synth()).toBeUndefined();
    const report = out.report();
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    expect(ajv.compile(GUARD_REPORT_JSON_SCHEMA)(report)).toBe(true);
    for (const id of ["VAW-TTS-1", "VAW-XFER-3", "VAW-MMS-1", "VAW-SKILL-1", "VAW-SKILL-2"]) {
      const run = report.rules.find((r) => r.id === id);
      expect(run?.applicable).toBe(false);
      expect(run?.notApplicableReasons).toEqual([`e2e/agent/Manifest: ${NO_SKILL_DETAIL}`]);
    }
    expect(report.notApplicableRules).toEqual(expect.arrayContaining(["VAW-TTS-1", "VAW-SKILL-2"]));
  });

  test("blocks app.synth with findings located at the skill file and line, in the report and SARIF", () => {
    const out = synthApp();
    agentStack(out.stack, {
      agent: ({ wa }) => ({
        assistant: {
          location1: { service: wa, workspaceId: "ws-1" },
          skill: AssistantSkill.fromFile(INSECURE),
        },
      }),
    });
    const error = out.synth();
    expect(error?.message).toContain("VAW-SKILL-1");
    expect(fs.existsSync(out.stackFile)).toBe(false);
    const report = out.report();
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(GUARD_REPORT_JSON_SCHEMA);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    const file = path.relative(process.cwd(), INSECURE).split(path.sep).join("/");
    const credential = report.findings.find((f) => f.ruleId === "VAW-SKILL-1");
    expect(credential?.skill).toEqual({
      name: "Bank dialog",
      file,
      nodeId: "switch_workspace",
      pointer: "/dialog_nodes/7/context/vgwAction/parameters/password",
      line: 64,
    });
    expect(credential?.message).not.toContain("s3cr3t-literal");
    const sarifText = fs.readFileSync(
      path.join(path.dirname(out.stackFile), GUARD_SARIF_FILE),
      "utf8",
    );
    expect(sarifText).not.toContain("s3cr3t-literal");
    const sarif = JSON.parse(sarifText);
    expect(validateSarif(sarif)).toEqual([]);
    const result = sarif.runs[0].results.find((r: any) => r.ruleId === "VAW-SKILL-1");
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: file, index: 1 },
      region: { startLine: 64 },
    });
    expect(sarif.runs[0].artifacts[1]).toEqual({ location: { uri: file } });
    const lines = report.findings.filter((f) => f.skill).map((f) => [f.ruleId, f.skill?.line]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ["VAW-TTS-1", 15],
        ["VAW-SKILL-2", 39],
        ["VAW-XFER-3", 48],
        ["VAW-MMS-1", 55],
        ["VAW-TTS-1", 71],
      ]),
    );
  });

  test("VAW-SKILL-1 cannot be acknowledged while turn events are forwarded", () => {
    const json = dialogSkill({
      vgwAction: {
        command: "vgwActSetConversationConfig",
        parameters: { password: "pw-literal-1" },
      },
    });
    const stack = testStack();
    const { agent } = agentStack(stack, withSkill(json, { events: { cdr: true, turn: true } }));
    VoiceAgentGuard.acknowledge(agent, {
      ruleId: "VAW-SKILL-1",
      reason: "the credential is rotated daily by the platform team",
    });
    const report = VoiceAgentGuard.evaluate(stack);
    const finding = report.findings.find((f) => f.ruleId === "VAW-SKILL-1");
    expect(finding).toEqual(
      expect.objectContaining({ acknowledged: false, blocking: true, acknowledgeable: false }),
    );
    expect(report.acknowledgements).toEqual([
      expect.objectContaining({ ruleId: "VAW-SKILL-1", status: "rejected" }),
    ]);
  });

  test("VoiceAgentGuard.check cannot verify a skill whose content it lacks, and checks it when given", () => {
    const stack = testStack();
    agentStack(stack, withSkill(dialogSkill({ text: BALANCE_TEXT })));
    const json = JSON.parse(JSON.stringify(stack.toTerraform()));
    const input = manifestOf(json);
    const original = input.conversation.skill.contentHash;
    input.conversation.skill.contentHash = `sha256:${"0".repeat(64)}`;
    const unknown = VoiceAgentGuard.check(json);
    expect(unknown.findings.filter((f) => f.ruleId === "VAW-TTS-1")).toEqual([
      expect.objectContaining({ status: "cannot-verify", level: "warning" }),
    ]);
    input.dataClasses = ["PII", "PCI"];
    const strict = VoiceAgentGuard.check(json);
    expect(strict.findings.filter((f) => f.ruleId === "VAW-TTS-1")).toEqual([
      expect.objectContaining({ status: "non-compliant", level: "error", blocking: true }),
    ]);
    input.dataClasses = ["PII"];
    input.conversation.skill.contentHash = original;
    const known = VoiceAgentGuard.check(json, {
      skills: [AssistantSkill.fromObject(dialogSkill({ text: BALANCE_TEXT })).model],
    });
    expect(known.findings.filter((f) => f.ruleId === "VAW-TTS-1")).toEqual([
      expect.objectContaining({ status: "non-compliant" }),
    ]);
  });

  test("refuses a skill that is not an AssistantSkill, and a file that is not a skill", () => {
    const stack = testStack();
    const error = thrown(() =>
      agentStack(stack, {
        agent: ({ wa }) => ({
          assistant: {
            location1: { service: wa, workspaceId: "ws-1" },
            skill: { name: "x" } as any,
          },
        }),
      }),
    );
    expect(error?.message).toContain("assistant.skill");
    expect(error?.message).toContain("AssistantSkill.fromFile");
    const notSkill = thrown(() => AssistantSkill.fromObject({ intents: [] }, "odd"));
    expect(notSkill?.message).toContain("neither dialog_nodes");
    const missing = thrown(() => AssistantSkill.fromFile(path.join(FIXTURES, "missing.json")));
    expect(missing?.message).toContain("ENOENT");
    const bad = thrown(() =>
      AssistantSkill.fromObject({ dialog_nodes: [] }, "s", { sensitive: [3 as any] }),
    );
    expect(bad?.message).toContain("sensitive");
  });
});

const BALANCE_TEXT = "Your balance is $balance.";
