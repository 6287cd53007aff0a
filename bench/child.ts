/**
 * One measurement, in its own process (started by run.ts, as plain
 * JavaScript against the compiled package):
 *
 *   node child.js <workload> <guarded|baseline> <outdir> <result.json>
 *
 * It builds the program in a fresh App, runs `app.synth()` into `outdir` and
 * writes its timings and memory high-water marks to `result.json`. In the
 * guarded variant it also times the guard: the part of each stack's guarded
 * synthesizer that is not cdktf's own synthesizer (reading cdk.tf.json back,
 * the rules, the reports and manifests), and `runGuard` alone (the rules).
 */
import * as fs from "fs";
import { performance } from "perf_hooks";
import { App, IStackSynthesizer, ISynthesisSession, TerraformStack } from "cdktf";
import type * as Engine from "../lib/guard/engine";
import { prepareReplay, Replay } from "./replay";
import { fromDist, ibmBindings, library, workload } from "./workloads";

/** What one child reports. */
export interface ChildResult {
  /** Building the program (constructors, validation), ms. */
  readonly buildMs: number;
  /** `app.synth()`, ms. */
  readonly synthMs: number;
  /** Build + synth, ms. */
  readonly totalMs: number;
  /** CPU time (user + system) of build + synth, ms: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  /** Time in the guard's part of synthesis (guarded only), ms. */
  readonly guardMs: number;
  /** Time in `runGuard` (the rules; guarded only), ms. */
  readonly rulesMs: number;
  /** Peak resident set size of the process, MB. */
  readonly peakRssMb: number;
  /** V8 heap in use after synth, MB. */
  readonly heapUsedMb: number;
}

interface Timers {
  guardMs: number;
  rulesMs: number;
}

/** Wraps `runGuard` (read through the module's exports at call time by the guard). */
function timeRules(timers: Timers): void {
  const engine = fromDist<typeof Engine>("lib/guard/engine.js");
  const original = engine.runGuard;
  (engine as { runGuard: typeof original }).runGuard = (...args) => {
    const t = performance.now();
    try {
      return original(...args);
    } finally {
      timers.rulesMs += performance.now() - t;
    }
  };
}

/** Times each stack's guarded synthesizer minus the cdktf synthesizer it wraps. */
function timeGuard(app: App, timers: Timers): void {
  for (const stack of app.node.findAll().filter(TerraformStack.isStack)) {
    const outer = stack.synthesizer as IStackSynthesizer & { inner?: IStackSynthesizer };
    const inner = outer.inner;
    if (!inner || typeof inner.synthesize !== "function")
      throw new Error(
        "bench: the guard's synthesizer has no `inner` synthesizer to time; update bench/child.ts",
      );
    let innerMs = 0;
    outer.inner = {
      synthesize: (session: ISynthesisSession) => {
        const t = performance.now();
        try {
          inner.synthesize(session);
        } finally {
          innerMs += performance.now() - t;
        }
      },
    };
    stack.synthesizer = {
      synthesize: (session: ISynthesisSession) => {
        const t = performance.now();
        try {
          outer.synthesize(session);
        } finally {
          timers.guardMs += performance.now() - t - innerMs;
        }
      },
    };
  }
}

function main(): void {
  const [name, variant, outdir, resultFile] = process.argv.slice(2);
  if (!name || (variant !== "guarded" && variant !== "baseline") || !outdir || !resultFile)
    throw new Error("usage: child.js <workload> <guarded|baseline> <outdir> <result.json>");
  const w = workload(name);
  const guarded = variant === "guarded";
  const timers: Timers = { guardMs: 0, rulesMs: 0 };
  let replay: Replay | undefined;
  // Modules load before the clock starts (package load is measured on its own).
  ibmBindings();
  if (guarded) {
    library();
    timeRules(timers);
  } else if (w.baseline === "replay") {
    const reference = process.env.BENCH_REFERENCE;
    if (!reference) throw new Error("bench: BENCH_REFERENCE is not set for a replayed baseline");
    replay = prepareReplay(JSON.parse(fs.readFileSync(reference, "utf8")));
  }

  fs.mkdirSync(outdir, { recursive: true });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const app = new App({ outdir });
  if (guarded) w.buildGuarded(app);
  else if (replay) replay.build(app);
  else if (w.buildBaseline) w.buildBaseline(app);
  else throw new Error(`bench: workload ${name} has no baseline`);
  const t1 = performance.now();
  if (guarded) timeGuard(app, timers);
  app.synth();
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);

  const result: ChildResult = {
    buildMs: t1 - t0,
    synthMs: t2 - t1,
    totalMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    guardMs: timers.guardMs,
    rulesMs: timers.rulesMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / (1024 * 1024),
  };
  fs.writeFileSync(resultFile, JSON.stringify(result));
}

main();
