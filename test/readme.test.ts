import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SchemaValidator } from "../lib";

// The README's complete-agent program must work as printed: it is extracted,
// pointed at this checkout instead of the installed package, synthesized in a
// separate process, and must give schema-valid Terraform that passes the guard.

const ROOT = path.join(__dirname, "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

function quickstart(): string {
  const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  const program = blocks.find((b) => b.includes("new VoiceAgent(") && b.includes("app.synth()"));
  if (!program) throw new Error("README has no complete-agent program");
  return program;
}

describe("README", () => {
  test("the complete-agent program is under 40 lines", () => {
    expect(quickstart().trim().split("\n").length).toBeLessThan(40);
  });

  test("the complete-agent program synthesizes schema-valid Terraform that passes the guard", () => {
    const dir = path.join(ROOT, "test", ".readme-quickstart");
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-"));
    fs.mkdirSync(dir, { recursive: true });
    try {
      // As printed: the package name resolves to this checkout (tsconfig paths, tsconfig-paths).
      fs.writeFileSync(path.join(dir, "main.ts"), quickstart());
      execFileSync(
        process.execPath,
        [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "main.ts"],
        {
          cwd: dir,
          env: { ...process.env, CDKTF_OUTDIR: outdir },
          stdio: "pipe",
        },
      );
      const stackDir = path.join(outdir, "stacks", "contact-center");
      const json = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
      expect(SchemaValidator.load().validate(json).problems).toEqual([]);
      const report = JSON.parse(
        fs.readFileSync(path.join(stackDir, "voice-agent-guard.json"), "utf8"),
      );
      expect(report.findings).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);
});
