/**
 * `npm run bench`: synth time, memory and guard cost of the library against
 * the same Terraform written with the bare generated bindings, and the time
 * to load the package against `cdktf` alone. See bench/README.md.
 *
 * Every measurement runs in a fresh child process (plain node against the
 * compiled `dist/`, rebuilt first when a source is newer); the figures are
 * medians. The last lines state each target:
 * `<target>: <figure> (target <limit>)`.
 *
 * Environment: BENCH_RUNS (runs per variant, overrides the defaults),
 * BENCH_LOAD_RUNS (package load runs), BENCH_ONLY (comma-separated workload
 * names), BENCH_SKIP_BUILD=1 (use dist/ as it is).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import type { ChildResult } from "./child";
import { measureScan, SCAN_RESOURCES } from "./scan";
import { measureSkill, SkillFigures } from "./skill";
import { thousands, WORKLOADS } from "./workloads";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const RESULTS = path.join(ROOT, "bench", "results");
const JS = path.join(RESULTS, "js");
/** Synth output of every run: a temporary folder (removed at the end), not the repository. */
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), "voice-agent-bench-"));
const ENV = { ...process.env, CHECKPOINT_DISABLE: "1", BENCH_DIST: DIST };

/** Runs per variant by workload (BENCH_RUNS overrides). */
const DEFAULT_RUNS: Record<string, number> = {
  "agents-150x10": 9,
  "agent-1x1000": 5,
  "resources-10": 7,
  "resources-100": 7,
  "resources-1000": 5,
  "resources-10000": 3,
};

interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

interface VariantSummary {
  readonly runs: number;
  readonly buildMs: Stats;
  readonly synthMs: Stats;
  readonly totalMs: Stats;
  readonly cpuMs: Stats;
  readonly guardMs: Stats;
  readonly rulesMs: Stats;
  readonly peakRssMb: Stats;
  readonly heapUsedMb: Stats;
}

interface WorkloadSummary {
  readonly name: string;
  readonly description: string;
  readonly blocks: number;
  readonly parity: string;
  readonly guarded: VariantSummary;
  readonly baseline: VariantSummary;
  /**
   * Medians of the ratios guarded / baseline of runs made back to back (run i
   * of each variant): load on the machine that drifts between runs affects
   * both sides of a pair alike.
   */
  readonly pairedRatio: { readonly totalMs: number; readonly cpuMs: number };
}

function stats(values: readonly number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

function summarize(results: readonly ChildResult[]): VariantSummary {
  const of = (k: keyof ChildResult) => stats(results.map((r) => r[k]));
  return {
    runs: results.length,
    buildMs: of("buildMs"),
    synthMs: of("synthMs"),
    totalMs: of("totalMs"),
    cpuMs: of("cpuMs"),
    guardMs: of("guardMs"),
    rulesMs: of("rulesMs"),
    peakRssMb: of("peakRssMb"),
    heapUsedMb: of("heapUsedMb"),
  };
}

function newestMtime(dir: string, ext: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, ext));
    else if (e.name.endsWith(ext)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Rebuilds dist/ (npm run build) unless it is newer than every source. */
function ensureBuilt(): void {
  const built = path.join(DIST, "lib", "index.js");
  if (process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(built)) return;
  const sources = Math.max(
    newestMtime(path.join(ROOT, "lib"), ".ts"),
    newestMtime(path.join(ROOT, "provider-schemas"), ".json"),
    fs.statSync(path.join(ROOT, "scripts", "generate-bindings.js")).mtimeMs,
  );
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  console.log("dist/ is missing or older than the sources: npm run build");
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env: ENV });
  if (r.status !== 0) throw new Error("bench: npm run build failed");
}

/** Transpiles the child and its modules to plain JavaScript (children run without ts-node). */
function transpileChild(): string {
  fs.mkdirSync(JS, { recursive: true });
  for (const name of ["child", "workloads", "replay"]) {
    const source = fs.readFileSync(path.join(ROOT, "bench", `${name}.ts`), "utf8");
    const out = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: `${name}.ts`,
    });
    fs.writeFileSync(path.join(JS, `${name}.js`), out.outputText);
  }
  return path.join(JS, "child.js");
}

function runChild(
  child: string,
  name: string,
  variant: "guarded" | "baseline",
  outdir: string,
  reference?: string,
): { result: ChildResult; stderr: string } {
  const resultFile = path.join(OUT, "child-result.json");
  fs.rmSync(resultFile, { force: true });
  const r = spawnSync(process.execPath, [child, name, variant, outdir, resultFile], {
    cwd: ROOT,
    env: { ...ENV, ...(reference ? { BENCH_REFERENCE: reference } : {}) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(`bench: ${name} (${variant}) failed:\n${r.stderr || r.stdout || r.error}`);
  return { result: JSON.parse(fs.readFileSync(resultFile, "utf8")), stderr: r.stderr };
}

function stackFiles(outdir: string): string[] {
  const stacks = path.join(outdir, "stacks");
  return fs.readdirSync(stacks).map((s) => path.join(stacks, s, "cdk.tf.json"));
}

/** The blocks a user writes (variables, providers, resources, data sources, outputs, locals), without `//` metadata. */
function comparable(json: Record<string, unknown>): Record<string, unknown> {
  const strip = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(strip);
    if (typeof x !== "object" || x === null) return x;
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) if (k !== "//") o[k] = strip((x as never)[k]);
    return o;
  };
  const { variable, provider, resource, data, output, locals } = json;
  return strip({ variable, provider, resource, data, output, locals }) as Record<string, unknown>;
}

function countBlocks(json: Record<string, unknown>): number {
  let n = 0;
  for (const section of ["resource", "data"])
    for (const byName of Object.values((json[section] ?? {}) as Record<string, object>))
      n += Object.keys(byName).length;
  return n;
}

/** Checks that the baseline synthesized the same Terraform as the guarded program. */
function parity(guardedOut: string, baselineOut: string): string {
  const [g] = stackFiles(guardedOut).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
  const [b] = stackFiles(baselineOut).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
  const cg = comparable(g);
  const cb = comparable(b);
  const differing: string[] = [];
  for (const section of Object.keys(cg)) {
    const gs = (cg[section] ?? {}) as Record<string, unknown>;
    const bs = (cb[section] ?? {}) as Record<string, unknown>;
    for (const key of new Set([...Object.keys(gs), ...Object.keys(bs)]))
      if (JSON.stringify(gs[key]) !== JSON.stringify(bs[key])) differing.push(`${section}.${key}`);
  }
  return differing.length === 0
    ? "identical"
    : `DIFFERENT in ${differing.length} (${differing.slice(0, 3).join(", ")})`;
}

function measureWorkload(child: string, name: string, description: string): WorkloadSummary {
  const runs = Number(process.env.BENCH_RUNS) || DEFAULT_RUNS[name] || 3;
  const base = path.join(OUT, name);
  fs.rmSync(base, { recursive: true, force: true });
  const referenceOut = path.join(base, "reference");
  const reference = runChild(child, name, "guarded", referenceOut);
  if (reference.stderr.trim()) console.log(reference.stderr.trim());
  const [referenceFile] = stackFiles(referenceOut);
  const blocks = countBlocks(JSON.parse(fs.readFileSync(referenceFile, "utf8")));
  const guarded: ChildResult[] = [];
  const baseline: ChildResult[] = [];
  let parityResult = "";
  for (let i = 0; i < runs; i++) {
    const gOut = path.join(base, `guarded-${i}`);
    const bOut = path.join(base, `baseline-${i}`);
    guarded.push(runChild(child, name, "guarded", gOut).result);
    baseline.push(runChild(child, name, "baseline", bOut, referenceFile).result);
    if (i === 0) parityResult = parity(referenceOut, bOut);
    fs.rmSync(gOut, { recursive: true, force: true });
    fs.rmSync(bOut, { recursive: true, force: true });
  }
  return {
    name,
    description,
    blocks,
    parity: parityResult,
    guarded: summarize(guarded),
    baseline: summarize(baseline),
    pairedRatio: {
      totalMs: stats(guarded.map((g, i) => g.totalMs / baseline[i].totalMs)).median,
      cpuMs: stats(guarded.map((g, i) => g.cpuMs / baseline[i].cpuMs)).median,
    },
  };
}

/** Median time to `require` a module in a fresh process, ms. */
function measureLoad(): { cdktf: Stats; library: Stats } {
  const runs = Number(process.env.BENCH_LOAD_RUNS) || 9;
  const timeRequire = (target: string) => {
    const code =
      "const t = process.hrtime.bigint(); require(process.argv[1]);" +
      "process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));";
    return Number(execFileSync(process.execPath, ["-e", code, target], { cwd: ROOT, env: ENV }));
  };
  const cdktf: number[] = [];
  const library: number[] = [];
  for (let i = 0; i < runs; i++) {
    cdktf.push(timeRequire("cdktf"));
    library.push(timeRequire(path.join(DIST, "lib", "index.js")));
  }
  return { cdktf: stats(cdktf), library: stats(library) };
}

const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => s.padStart(n);

function printWorkload(w: WorkloadSummary): void {
  const g = w.guarded;
  const b = w.baseline;
  const columns = [
    "build ms",
    "synth ms",
    "total ms",
    "cpu ms",
    "guard ms",
    "rules ms",
    "peak RSS MB",
    "heap MB",
  ];
  const row = (label: string, cells: string[]) =>
    `  ${label.padEnd(9)}${cells.map((c, i) => pad(c, columns[i].length + 2)).join("")}`;
  const ratio = (k: keyof VariantSummary) =>
    `${f2((g[k] as Stats).median / (b[k] as Stats).median)}x`;
  console.log(`\n${w.name}: ${w.description}`);
  console.log(
    `  ${w.blocks} resources and data sources; baseline output ${w.parity}; ${g.runs} runs each`,
  );
  console.log(row("", columns));
  for (const [label, v] of [
    ["guarded", g],
    ["baseline", b],
  ] as const) {
    const guard = label === "guarded";
    console.log(
      row(label, [
        f0(v.buildMs.median),
        f0(v.synthMs.median),
        f0(v.totalMs.median),
        f0(v.cpuMs.median),
        guard ? f0(v.guardMs.median) : "-",
        guard ? f0(v.rulesMs.median) : "-",
        f0(v.peakRssMb.median),
        f0(v.heapUsedMb.median),
      ]),
    );
  }
  console.log(
    row("ratio", [
      ratio("buildMs"),
      ratio("synthMs"),
      ratio("totalMs"),
      ratio("cpuMs"),
      `${f0((100 * g.guardMs.median) / g.totalMs.median)}%`,
      "",
      ratio("peakRssMb"),
      ratio("heapUsedMb"),
    ]),
  );
  console.log(
    `  paired ratio (median of run-by-run ratios): total ${f2(w.pairedRatio.totalMs)}x, cpu ${f2(w.pairedRatio.cpuMs)}x`,
  );
}

function main(): void {
  const started = Date.now();
  ensureBuilt();
  const child = transpileChild();
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
  console.log(
    `cdktf-ibm-voice-agent benchmark: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? "cpu"}, ${os.platform()}`,
  );
  console.log(
    "each figure is the median of fresh child processes; guarded = the library and its guard, baseline = the same Terraform written with the bare generated bindings",
  );
  const summaries: WorkloadSummary[] = [];
  for (const w of WORKLOADS) {
    if (only && !only.includes(w.name)) continue;
    const s = measureWorkload(child, w.name, w.description);
    printWorkload(s);
    summaries.push(s);
  }
  const scans =
    !only || only.includes("scan")
      ? measureScan(DIST, OUT, Number(process.env.BENCH_RUNS) || 3)
      : [];
  for (const s of scans)
    console.log(
      `\nscan ${s.name}: ${thousands(s.resources)} resources in ${f0(s.medianMs)} ms wall, ${f0(s.cpuMs)} ms cpu (cli, fresh process, median)`,
    );
  const skill: SkillFigures | undefined =
    !only || only.includes("skill-2000") ? measureSkill(DIST) : undefined;
  if (skill)
    console.log(
      `\nskill-2000: a generated ${skill.nodes}-node dialog skill (${Math.round(skill.bytes / 1024)} KiB, ${skill.findings} findings) read with line numbers and scanned by the skill rules: read ${f1(skill.loadMs)} ms, rules ${f1(skill.rulesMs)} ms, cpu ${f1(skill.cpuMs)} ms, first run ${f1(skill.firstMs)} ms`,
    );
  const load = measureLoad();
  console.log(
    `\npackage load (require, fresh process, median of ${Number(process.env.BENCH_LOAD_RUNS) || 9}): cdktf ${f0(load.cdktf.median)} ms, cdktf-ibm-voice-agent ${f0(load.library.median)} ms`,
  );

  const byName = new Map(summaries.map((s) => [s.name, s]));
  const perResource = (name: string) => {
    const s = byName.get(name);
    return s ? (1000 * s.guarded.guardMs.median) / Number(name.split("-")[1]) : undefined;
  };
  const perResourceLine = [10, 100, 1000, 10000]
    .map((n) => [n, perResource(`resources-${n}`)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([n, v]) => `${thousands(n)}: ${f1(v as number)} us`)
    .join(", ");
  if (perResourceLine) console.log(`guard cost per resource: ${perResourceLine}`);

  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS, "latest.json"),
    JSON.stringify(
      { node: process.version, cpus: os.cpus().length, workloads: summaries, load, skill },
      null,
      2,
    ),
  );
  console.log(`\n(${f0((Date.now() - started) / 1000)} s; figures in bench/results/latest.json)`);

  const targets: string[] = [];
  const agents = byName.get("agents-150x10");
  if (agents)
    targets.push(`150-agent synth overhead: ${f2(agents.pairedRatio.totalMs)}x (target <= 1.3x)`);
  const p100 = perResource("resources-100");
  const p10k = perResource("resources-10000");
  if (p100 !== undefined && p10k !== undefined)
    targets.push(`guard cost per resource at 10,000 vs 100: ${f2(p10k / p100)}x (target <= 1.5x)`);
  for (const s of scans)
    targets.push(
      `scan of ${thousands(SCAN_RESOURCES)} resources (${s.name}): ${f1(s.medianMs / 1000)} s wall, ${f1(s.cpuMs / 1000)} s cpu (target < 10 s)`,
    );
  if (skill)
    targets.push(`2,000-node skill analysed: ${f0(skill.totalMs)} ms (target well under 1,000 ms)`);
  targets.push(
    `package load vs cdktf alone: ${f2(load.library.median / load.cdktf.median)}x (target <= 1.5x)`,
  );
  console.log(targets.join("\n"));
}

try {
  main();
} finally {
  fs.rmSync(OUT, { recursive: true, force: true });
}
