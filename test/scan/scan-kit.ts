// Running `scan` in-process, and the fixture paths, for the scan tests.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runScanCommand } from "../../lib/scan";

/** The fixtures folder. */
export const FIXTURES = path.join(__dirname, "fixtures");

/** A fixture's path. */
export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

/** What one run of `scan` gave. */
export interface ScanRun {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
  readonly files: Map<string, string>;
}

/** Runs `scan` with these arguments; files written with --output are kept in memory. */
export async function scan(...argv: string[]): Promise<ScanRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const files = new Map<string, string>();
  const code = await runScanCommand(argv, {
    stdout: (l) => stdout.push(l),
    stderr: (l) => stderr.push(l),
    writeFile: (p, t) => files.set(p, t),
  });
  return { code, stdout, stderr, files };
}

const BASE = fs.mkdtempSync(path.join(os.tmpdir(), "scan-test-"));
afterAll(() => fs.rmSync(BASE, { recursive: true, force: true }));

/** A new temporary directory (all removed after the test file). */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(BASE, "t-"));
}

/** Writes files (relative path → text or JSON value) under a directory. */
export function writeTree(dir: string, files: Record<string, unknown>): string {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      typeof content === "string" ? content : JSON.stringify(content, null, 2),
    );
  }
  return dir;
}

/** Findings of a JSON report as `RULE address` strings. */
export function findingKeys(json: string): string[] {
  return (JSON.parse(json) as { findings: { ruleId: string; address: string }[] }).findings.map(
    (f) => `${f.ruleId} ${f.address}`,
  );
}
