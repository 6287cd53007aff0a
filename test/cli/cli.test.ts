import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CliExitCode, runCli } from "../../lib/cli";
import { EXAMPLE_SCHEMAS } from "../schema/example-schema";
import { synthesizedVoiceAgentStack } from "../schema/voice-agent-stack";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

function run(...argv: string[]): { code: number; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCli(argv, {
    stdout: (l) => stdout.push(l),
    stderr: (l) => stderr.push(l),
  }) as number;
  return { code, stdout, stderr };
}

const valid = writeJson("valid.json", synthesizedVoiceAgentStack());
const invalidDoc = synthesizedVoiceAgentStack();
invalidDoc.resource.ibm_cloudant.events.crn = "crn:x";
invalidDoc.resource.ibm_resource_key.writer.role = true;
const invalid = writeJson("invalid.json", invalidDoc);

describe("cdktf-ibm-voice-agent validate", () => {
  test("exits 0 and prints the summary for a valid document", () => {
    expect(run("validate", valid)).toEqual({
      code: CliExitCode.OK,
      stdout: ["5 resources checked, 0 problems"],
      stderr: [],
    });
  });

  test("prints each problem with file, address and path, and exits 1", () => {
    const { code, stdout, stderr } = run("validate", invalid);
    expect(code).toBe(1);
    expect(stderr).toEqual([]);
    expect(stdout).toEqual([
      `${invalid}: ibm_cloudant.events: crn: "crn" is computed by the provider and cannot be set, got a string; remove it`,
      expect.stringMatching(
        new RegExp(
          `^${escape(invalid)}: ibm_resource_key.writer: role: must be a string, got true;`,
        ),
      ),
      "5 resources checked, 2 problems",
    ]);
  });

  test("sums resources and problems across several files", () => {
    const { code, stdout } = run("validate", valid, invalid);
    expect(code).toBe(1);
    expect(stdout[stdout.length - 1]).toBe("10 resources checked, 2 problems");
  });

  test("exits 2 with a clear message for unreadable and invalid JSON files, still checking the others", () => {
    const broken = writeJson("broken.json", '{ "resource": ');
    const array = writeJson("array.json", [1]);
    const missing = path.join(dir, "missing.json");
    const { code, stdout, stderr } = run("validate", missing, broken, array, invalid);
    expect(code).toBe(CliExitCode.USAGE);
    expect(stderr).toEqual([
      `cdktf-ibm-voice-agent: ${missing}: cannot read the file (ENOENT)`,
      expect.stringMatching(
        new RegExp(`^cdktf-ibm-voice-agent: ${escape(broken)}: not valid JSON \\(`),
      ),
      `cdktf-ibm-voice-agent: ${array}: not a Terraform JSON document (the top level must be an object)`,
    ]);
    expect(stderr.join("\n")).not.toMatch(/\n\s+at /);
    expect(stdout[stdout.length - 1]).toBe("5 resources checked, 2 problems");
  });

  test("exits 2 on usage errors", () => {
    expect(run()).toMatchObject({ code: 2, stderr: [expect.stringContaining("missing command")] });
    expect(run("check", valid)).toMatchObject({
      code: 2,
      stderr: [
        'cdktf-ibm-voice-agent: unknown command "check"; run "cdktf-ibm-voice-agent --help" for usage',
      ],
    });
    expect(run("validate")).toMatchObject({
      code: 2,
      stderr: [expect.stringContaining("validate needs at least one cdk.tf.json file")],
    });
    expect(run("validate", "--strict", valid)).toMatchObject({
      code: 2,
      stderr: [expect.stringContaining('unknown option "--strict"')],
    });
    expect(run("validate", valid, "--schema")).toMatchObject({
      code: 2,
      stderr: [expect.stringContaining("--schema needs a file")],
    });
  });

  test("prints help and exits 0", () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["validate", "--help"]]) {
      const { code, stdout } = run(...argv);
      expect(code).toBe(0);
      expect(stdout[0]).toMatch(
        /^usage: cdktf-ibm-voice-agent validate \[--schema <file>\]\.\.\. <cdk\.tf\.json \| directory>\.\.\./,
      );
    }
  });

  test("answers --version with the package version", () => {
    const version = (
      JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    expect(run("--version")).toEqual({ code: 0, stdout: [version], stderr: [] });
    expect(run("validate", "--version")).toEqual({ code: 0, stdout: [version], stderr: [] });
  });

  test("takes a cdktf output directory (every stack) or a directory of .tf.json files", () => {
    const out = path.join(dir, "cdktf.out");
    for (const [stack, doc] of [
      ["a", synthesizedVoiceAgentStack()],
      ["b", invalidDoc],
    ] as const) {
      fs.mkdirSync(path.join(out, "stacks", stack), { recursive: true });
      fs.writeFileSync(path.join(out, "stacks", stack, "cdk.tf.json"), JSON.stringify(doc));
    }
    const { code, stdout } = run("validate", out);
    expect(code).toBe(1);
    expect(stdout[stdout.length - 1]).toBe("10 resources checked, 2 problems");
    const plain = path.join(dir, "plain");
    fs.mkdirSync(plain);
    fs.writeFileSync(
      path.join(plain, "main.tf.json"),
      JSON.stringify(synthesizedVoiceAgentStack()),
    );
    expect(run("validate", plain)).toMatchObject({
      code: 0,
      stdout: ["5 resources checked, 0 problems"],
    });
  });

  test("a directory with nothing to validate is exit 2, never 0 resources checked", () => {
    const empty = path.join(dir, "empty");
    fs.mkdirSync(empty);
    const { code, stdout, stderr } = run("validate", empty);
    expect(code).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr.join("\n")).toMatch(/without stacks\/<name>\/cdk\.tf\.json or \.tf\.json files/);
  });

  test("loads extra provider schemas given with --schema", () => {
    const schema = writeJson("example-schema.json", EXAMPLE_SCHEMAS);
    const doc = writeJson("example.json", {
      terraform: { required_providers: { example: { source: "example/example" } } },
      resource: { example_thing: { t: { name: "n", rule: [{ action: "allow" }] } } },
    });
    expect(run("validate", doc).code).toBe(1);
    expect(run("validate", "--schema", schema, doc)).toMatchObject({ code: 0 });
    expect(run("validate", `--schema=${schema}`, doc)).toMatchObject({ code: 0 });
  });

  test("exits 2 when an extra schema file is malformed", () => {
    const bad = writeJson("bad-schema.json", { nothing: true });
    expect(run("validate", "--schema", bad, valid)).toMatchObject({
      code: 2,
      stderr: [
        expect.stringContaining(`invalid provider schema at ${bad}: no provider_schemas object`),
      ],
    });
  });

  test("runs as a program through ts-node with the documented exit codes", () => {
    const root = path.resolve(__dirname, "..", "..");
    const cli = (...args: string[]) =>
      spawnSync("npx", ["ts-node", "--transpile-only", "lib/cli.ts", ...args], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CHECKPOINT_DISABLE: "1" },
      });
    const ok = cli("validate", valid);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe("5 resources checked, 0 problems\n");
    const bad = cli("validate", invalid);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${invalid}: ibm_cloudant.events: crn: `);
    const usage = cli("validate", path.join(dir, "missing.json"));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain(
      `cdktf-ibm-voice-agent: ${path.join(dir, "missing.json")}: cannot read the file (ENOENT)\n`,
    );
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
