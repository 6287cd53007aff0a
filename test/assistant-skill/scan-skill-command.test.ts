import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../lib/cli";
import { validateSarif } from "../fixtures/sarif";

const FIXTURES = path.join(__dirname, "fixtures");
const fixture = (name: string) => path.join(FIXTURES, name);
/** How findings name a fixture: relative to the working directory, with `/`. */
const shown = (name: string) =>
  path.relative(process.cwd(), fixture(name)).split(path.sep).join("/");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "scan-skill-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(["scan-skill", ...args], {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function json(...args: string[]) {
  const r = run(...args, "--format", "json");
  return { ...r, findings: JSON.parse(r.out).findings as any[] };
}

function writeSkill(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

describe("scan-skill", () => {
  test("reports every insecure node of a v1 dialog skill with rule, file, node, pointer and line; exit 1", () => {
    const r = json(fixture("bank-dialog-insecure.json"));
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.ruleId, f.nodeId, f.line])).toEqual([
      ["VAW-TTS-1", "balance", 15],
      ["VAW-TTS-1", "handler_account", 29],
      ["VAW-TTS-1", "balance_high", 38],
      ["VAW-SKILL-2", "balance_high", 39],
      ["VAW-XFER-3", "transfer", 48],
      ["VAW-MMS-1", "send_card", 55],
      ["VAW-SKILL-1", "switch_workspace", 64],
      ["VAW-TTS-1", "echo", 71],
    ]);
    expect(Object.keys(r.findings[0]).sort()).toEqual(
      ["fix", "file", "line", "message", "nodeId", "pointer", "ruleId", "severity"].sort(),
    );
    expect(r.findings[0]).toEqual(
      expect.objectContaining({
        file: shown("bank-dialog-insecure.json"),
        pointer: "/dialog_nodes/1/output/text",
        severity: "warning",
      }),
    );
    expect(r.out).not.toContain("s3cr3t-literal");
  });

  test("the fixed twin of the v1 skill is clean: exit 0", () => {
    const r = json(fixture("bank-dialog-fixed.json"));
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("--data-class escalates VAW-TTS-1 and refuses media for PHI agents", () => {
    const pci = json(
      fixture("bank-dialog-insecure.json"),
      "--data-class",
      "PCI",
      "--data-class",
      "PII",
    );
    expect(pci.findings.filter((f) => f.ruleId === "VAW-TTS-1").map((f) => f.severity)).toEqual([
      "error",
      "error",
      "error",
      "error",
    ]);
    const phi = json(fixture("bank-dialog-fixed.json"), "--data-class", "phi");
    expect(phi.findings.map((f) => f.ruleId)).toEqual(["VAW-MMS-1"]);
    expect(phi.code).toBe(1);
  });

  test("reports a v2 actions skill's steps and handlers, and passes its fixed twin", () => {
    const r = json(fixture("clinic-actions-insecure.json"), "--data-class", "PHI");
    expect(r.findings.map((f) => [f.ruleId, f.nodeId])).toEqual([
      ["VAW-TTS-1", "action_refill/step_002"],
      ["VAW-TTS-1", "action_refill/step_003"],
      ["VAW-TTS-1", "action_refill/step_003/handler/retry"],
      ["VAW-XFER-3", "action_agent/step_001"],
      ["VAW-MMS-1", "action_agent/step_002"],
      ["VAW-SKILL-1", "action_agent/step_003"],
      ["VAW-SKILL-2", "action_agent/step_004"],
    ]);
    expect(r.findings.find((f) => f.ruleId === "VAW-XFER-3").message).toContain(
      "built from $nurse_line:",
    );
    expect(r.out).not.toContain("abcd1234efgh");
    const fixed = json(fixture("clinic-actions-fixed.json"), "--data-class", "PHI");
    expect(fixed.findings).toEqual([]);
    expect(fixed.code).toBe(0);
  });

  test("--sensitive declares a variable sensitive; warnings alone exit 0", () => {
    const file = writeSkill("plain.json", {
      name: "Plain",
      dialog_nodes: [{ dialog_node: "n1", output: { text: "Your code is $ticket_code." } }],
    });
    expect(json(file).findings).toEqual([]);
    const r = json(file, "--sensitive", "ticket_code");
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: "VAW-TTS-1", severity: "warning", line: 7 }),
    ]);
    expect(r.code).toBe(0);
    const notSensitive = json(fixture("bank-dialog-fixed.json"), "--not-sensitive", "balance");
    expect(notSensitive.code).toBe(0);
    const absolute = run(file, "--sensitive", "ticket_code", "--format", "sarif");
    expect(JSON.parse(absolute.out).runs[0].artifacts[0].location.uri).toBe(`file://${file}`);
  });

  test("prints SARIF 2.1.0 with each result at its skill file and line", () => {
    const r = run(fixture("clinic-actions-insecure.json"), "--format", "sarif");
    const sarif = JSON.parse(r.out);
    expect(validateSarif(sarif)).toEqual([]);
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(6);
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: shown("clinic-actions-insecure.json"), index: 0 },
      region: { startLine: 39 },
    });
    expect(sarif.runs[0].tool.driver.rules.map((d: any) => d.id).sort()).toEqual([
      "VAW-MMS-1",
      "VAW-SKILL-1",
      "VAW-SKILL-2",
      "VAW-TTS-1",
      "VAW-XFER-3",
    ]);
  });

  test("prints text findings with file:line, and a summary", () => {
    const r = run(fixture("bank-dialog-insecure.json"));
    expect(r.out).toContain(`${shown("bank-dialog-insecure.json")}:64: error VAW-SKILL-1:`);
    expect(r.out).toMatch(/8 findings \(3 errors, 5 warnings\)$/);
  });

  test("exit 2 for unreadable, non-JSON and non-skill files, still scanning the others", () => {
    const notJson = writeSkill("broken.json", "{ not json");
    const notSkill = writeSkill("intents.json", { intents: [] });
    const r = json(
      path.join(tmp, "missing.json"),
      notJson,
      notSkill,
      fixture("bank-dialog-fixed.json"),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("ENOENT");
    expect(r.err).toContain("is not JSON");
    expect(r.err).toContain("neither dialog_nodes");
    expect(r.findings).toEqual([]);
  });

  test("exit 2 for bad arguments", () => {
    expect(run().code).toBe(2);
    expect(run(fixture("bank-dialog-fixed.json"), "--data-class", "XYZ").err).toContain(
      "--data-class must be PII, PHI or PCI",
    );
    expect(run(fixture("bank-dialog-fixed.json"), "--format", "xml").code).toBe(2);
    expect(run(fixture("bank-dialog-fixed.json"), "--bogus").code).toBe(2);
    expect(run("--help").out).toContain("usage: cdktf-ibm-voice-agent scan-skill");
  });
});
