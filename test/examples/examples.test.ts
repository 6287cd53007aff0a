import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SchemaValidator } from "../../lib";

// Every example is a cdktf app that CI runs: each is synthesized twice, in separate
// processes, and must give byte-identical output that passes the offline schema
// validator and the guard with zero unacknowledged findings.

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLES = fs
  .readdirSync(path.join(ROOT, "examples"), { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(ROOT, "examples", e.name, "main.ts")))
  .map((e) => e.name)
  .sort();

function synthExample(name: string, outdir: string): void {
  fs.mkdirSync(outdir, { recursive: true });
  execFileSync(
    process.execPath,
    [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "main.ts"],
    {
      cwd: path.join(ROOT, "examples", name),
      env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    },
  );
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The synthesized JSON with what differs between cdktf 0.21 and CDK Terrain (cdktn)
 * taken out, so one snapshot holds for both: the framework version in
 * `//.metadata.version` (checked to be a version, then replaced) and the layout of
 * empty arrays and objects (cdktf prints `[\n]`, cdktn `[]`). Every key, value and key
 * order is kept; byte-for-byte output is checked by the determinism test above.
 */
function versionNeutral(text: string): string {
  const json = JSON.parse(text);
  const metadata = json["//"]?.metadata;
  expect(metadata?.version).toMatch(/^\d+\.\d+\.\d+/);
  metadata.version = "<framework version>";
  return JSON.stringify(json, null, 2) + "\n";
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "examples-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const validator = SchemaValidator.load();

test("the package's name resolves to this checkout's sources, as the examples import it", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(require("cdktf-ibm-voice-agent")).toBe(require("../../lib"));
  for (const name of EXAMPLES) {
    const source = fs.readFileSync(path.join(ROOT, "examples", name, "main.ts"), "utf8");
    expect(source).toMatch(/from "cdktf-ibm-voice-agent"/);
    expect(source).not.toMatch(/from "\.\.\//);
  }
});

test("there are examples to check", () => {
  expect(EXAMPLES).toEqual(expect.arrayContaining(["basic", "existing-stack"]));
});

describe.each(EXAMPLES)("examples/%s", (name) => {
  const first = path.join(tmp, name, "first");
  const second = path.join(tmp, name, "second");
  let stackDirs: string[] = [];

  beforeAll(() => {
    synthExample(name, first);
    synthExample(name, second);
    stackDirs = fs.readdirSync(path.join(first, "stacks")).sort();
  }, 180_000);

  test("synthesizes byte-identical output in two separate processes", () => {
    const files = listFiles(first);
    expect(files).toEqual(listFiles(second));
    expect(files.some((f) => f.endsWith("cdk.tf.json"))).toBe(true);
    for (const f of files) {
      if (f === "manifest.json") continue; // cdktf's own run manifest
      expect(
        fs.readFileSync(path.join(second, f)).equals(fs.readFileSync(path.join(first, f))),
      ).toBe(true);
    }
  });

  test("passes the offline schema validator", () => {
    for (const stack of stackDirs) {
      const json = JSON.parse(
        fs.readFileSync(path.join(first, "stacks", stack, "cdk.tf.json"), "utf8"),
      );
      const result = validator.validate(json);
      expect(result.problems).toEqual([]);
      expect(result.resourcesChecked).toBeGreaterThan(0);
    }
  });

  test("has zero unacknowledged guard findings", () => {
    for (const stack of stackDirs) {
      const report = JSON.parse(
        fs.readFileSync(path.join(first, "stacks", stack, "voice-agent-guard.json"), "utf8"),
      );
      const open = report.findings.filter((f: { acknowledged?: unknown }) => !f.acknowledged);
      expect(open).toEqual([]);
    }
  });

  test("matches the snapshot of its Terraform JSON", () => {
    for (const stack of stackDirs) {
      const json = fs.readFileSync(path.join(first, "stacks", stack, "cdk.tf.json"), "utf8");
      expect(versionNeutral(json)).toMatchSnapshot(stack);
    }
  });
});
