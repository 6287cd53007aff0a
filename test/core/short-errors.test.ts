import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import {
  isVoiceAgentError,
  SipProviderKind,
  SipTrunk,
  VoiceAgentGuard,
  VoiceAgentGuardError,
  VoiceAgentPropsError,
} from "../../lib";

// What a user sees when a synth is blocked or props are bad: the printed output of a small
// program, line by line, run directly (ts-node, and plain node) and under `cdktf synth`.

const ROOT = path.join(__dirname, "..", "..");
const APPS = path.join(ROOT, "test", "fixtures", "apps");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "short-errors-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const TS_NODE = require.resolve("ts-node/dist/bin.js");
const CDKTF = path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf");
/** Plain node, loading .ts files without ts-node (so Node itself prints the uncaught error). */
const PLAIN_NODE = ["-r", "tsconfig-paths/register", "-r", "./transpile-ts.js"];

function run(args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: APPS,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", FORCE_COLOR: "0", NO_COLOR: "1", ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
  const clean = (s: string) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, "");
  return { status: r.status, stdout: clean(r.stdout), stderr: clean(r.stderr) };
}

const FINDING =
  '  - VAW-CLOUDANT-1 ibm_cloudant at events/store: legacy_credentials must be false, got true; set legacy_credentials = false on ibm_cloudant (or omit it: the provider sends false); on an ibm_resource_instance of cloudantnosqldb set parameters = { legacyCredentials = "false" } (or use ibm_cloudant); give applications IAM service credentials (ibm_resource_key) instead';

/** The error's lines above its frame (the frame is the user's line, checked separately). */
function guardLines(outdir: string): string[] {
  return [
    "VoiceAgentGuardError: voice agent guard blocked synthesis of events (1 error finding):",
    FINDING,
    `summary: 1 error, 1 warning, 0 acknowledged; full report: ${outdir}/stacks/events/voice-agent-guard.json`,
  ];
}

/** A frame line `    at <file>:<line>:<column>` in `file`. */
function frameIn(file: string): RegExp {
  return new RegExp(`^ {4}at ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+$`);
}

test("a props error run with ts-node prints the header, one line per problem and the user's line", () => {
  const r = run([TS_NODE, "--transpile-only", "bad-props.ts"], { CDKTF_OUTDIR: tmp });
  expect(r.status).toBe(1);
  expect(r.stderr.trimEnd().split("\n")).toEqual([
    "VoiceAgentPropsError: invalid props for SipTrunk at calls/trunk (2 problems):",
    '  - SipTrunk at calls/trunk: signallingTransport is not a known prop, got (not shown); did you mean "signalingTransport"?',
    '  - SipTrunk at calls/trunk: terminationUri has the wrong format, got "http://not a host"; give the provider\'s termination host name, e.g. example.pstn.twilio.com (no scheme, no user part)',
    `    at ${path.join(APPS, "bad-props.ts")}:7:1`,
  ]);
}, 300_000);

test("a blocked synth run with plain node prints the finding, the summary and the report, no source excerpt", () => {
  const outdir = path.join(tmp, "node");
  const r = run([...PLAIN_NODE, "cloudant-app.ts"], {
    CDKTF_OUTDIR: outdir,
    LEGACY_CREDENTIALS: "1",
  });
  expect(r.status).toBe(1);
  const lines = r.stderr.trimEnd().split("\n");
  // Node's own last two lines (a blank one and its version) follow the error.
  expect(lines).toEqual([
    ...guardLines(outdir),
    expect.stringMatching(frameIn(path.join(APPS, "cloudant-app.ts"))),
    "",
    `Node.js ${process.version}`,
  ]);
  expect(fs.existsSync(path.join(outdir, "stacks/events/voice-agent-guard.json"))).toBe(true);
}, 300_000);

describe("under cdktf synth", () => {
  const outdir = path.join(tmp, "cli");
  const cli = (env: Record<string, string>) =>
    run([CDKTF, "synth", "--output", outdir], {
      ...env,
      TF_CLI_CONFIG_FILE: path.join(tmp, "none.tfrc"),
    });

  test("a blocked synth shows the short error (cdktf-cli shows the app's stderr twice: live and in its summary)", () => {
    const r = cli({ LEGACY_CREDENTIALS: "1" });
    expect(r.status).not.toBe(0);
    const out = (r.stdout + r.stderr).split("\n");
    const live = out.findIndex((l) => /\[ERROR\] default - VoiceAgentGuardError: /.test(l));
    expect(live).toBeGreaterThanOrEqual(0);
    expect(out[live]).toMatch(
      / - VoiceAgentGuardError: voice agent guard blocked synthesis of events \(1 error finding\):$/,
    );
    expect(out.slice(live + 1, live + 3)).toEqual(guardLines(outdir).slice(1, 3));
    expect(out[live + 3]).toMatch(frameIn(path.join(APPS, "cloudant-app.ts")));
    const summary = out.indexOf("Command output on stderr:");
    expect(summary).toBeGreaterThan(live);
    const repeated = out
      .slice(summary + 1)
      .filter((l) => l.trim() !== "")
      .slice(0, 3);
    expect(repeated).toEqual([
      `    ${guardLines(outdir)[0]}`,
      `    ${FINDING}`,
      `    ${guardLines(outdir)[2]}`,
    ]);
    // Nothing else of the error: no source excerpt, no internal frames, no fields.
    expect(out.filter((l) => /node_modules|lib\/guard|findings:|\^$/.test(l))).toEqual([]);
  }, 300_000);

  test("a passing synth's warnings are plain output, not [ERROR] lines, with the report named", () => {
    const r = cli({});
    expect(r.status).toBe(0);
    const out = (r.stdout + r.stderr).split("\n");
    expect(out).toContainEqual(
      `voice agent guard: events passed with 1 warning (full report: ${outdir}/stacks/events/voice-agent-guard.json):`,
    );
    expect(out).toContainEqual(
      expect.stringMatching(/^ {2}- VAW-CLOUDANT-2 ibm_cloudant at events\/store: /),
    );
    expect(out.filter((l) => l.includes("[ERROR]"))).toEqual([]);
  }, 300_000);
});

describe("programmatic callers still get the structured error", () => {
  test("a guard failure is a VoiceAgentGuardError with its findings and report; Node prints none of its fields", () => {
    const app = new App({ outdir: path.join(tmp, "in-process") });
    const stack = new TerraformStack(app, "events");
    new IbmProvider(stack, "ibm", { region: "us-south" });
    new Cloudant(stack, "store", {
      name: "events",
      location: "us-south",
      plan: "standard",
    }).addOverride("legacy_credentials", true);
    VoiceAgentGuard.apply(stack, { printWarnings: false });
    let error: unknown;
    try {
      app.synth();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VoiceAgentGuardError);
    const e = error as VoiceAgentGuardError;
    expect(isVoiceAgentError(e)).toBe(true);
    expect(e.stackPath).toBe("events");
    expect(e.findings).toEqual([
      expect.objectContaining({ ruleId: "VAW-CLOUDANT-1", constructPath: "events/store" }),
    ]);
    expect(e.reportFile).toMatch(/stacks\/events\/voice-agent-guard\.json$/);
    expect(Object.keys(e)).toEqual([]);
    expect(e.stack).toBe(
      `VoiceAgentGuardError: ${e.message}\n    at ${__filename}:${e.stack!.split(":").slice(-2).join(":")}`,
    );
  });

  test("a props error keeps constructName, constructPath and problems, none of them enumerable", () => {
    const stack = new TerraformStack(new App(), "calls");
    let error: unknown;
    try {
      new SipTrunk(stack, "trunk", { providerKind: SipProviderKind.TWILIO, terminationUri: "a b" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VoiceAgentPropsError);
    const e = error as VoiceAgentPropsError;
    expect([e.constructName, e.constructPath, e.problems.length]).toEqual([
      "SipTrunk",
      "calls/trunk",
      1,
    ]);
    expect(Object.keys(e)).toEqual([]);
    expect(e.stack!.split("\n")).toEqual([
      ...`VoiceAgentPropsError: ${e.message}`.split("\n"),
      expect.stringMatching(
        new RegExp(`^ {4}at ${__filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+$`),
      ),
    ]);
  });
});
