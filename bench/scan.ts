/**
 * The `scan` line of `npm run bench`: the wall time of
 * `cdktf-ibm-voice-agent scan` (compiled dist/, fresh process) on 10,000
 * resources written as HCL (in 40 files and one local module called from
 * the root) and as a plan JSON.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/** Resources of the scan workload. */
export const SCAN_RESOURCES = 10_000;

function cloudant(name: string, legacy: string): string {
  return `resource "ibm_cloudant" "${name}" {\n  name               = "${name}"\n  location           = "us-south"\n  plan               = "standard"\n  legacy_credentials = ${legacy}\n  enable_cors        = false\n  tags               = ["bench"]\n}\n\n`;
}

function key(name: string, instance: string, role: string): string {
  return `resource "ibm_resource_key" "${name}" {\n  name                 = "${name}"\n  resource_instance_id = ibm_cloudant.${instance}.id\n  role                 = ${role}\n}\n\n`;
}

/** Writes the HCL root module and the plan; returns their paths. */
export function writeScanWorkload(dir: string): { hcl: string; plan: string } {
  const hcl = path.join(dir, "scan-hcl");
  const mod = path.join(hcl, "modules", "store");
  fs.mkdirSync(mod, { recursive: true });
  const pairs = SCAN_RESOURCES / 2;
  const files = 40;
  const perFile = pairs / files;
  // half the pairs in the root, half in the module (values through inputs)
  for (let f = 0; f < files; f++) {
    const inModule = f % 2 === 1;
    let text = "";
    for (let i = 0; i < perFile; i++) {
      const n = `c${f}_${i}`;
      text += cloudant(n, inModule ? "var.legacy" : i % 50 === 0 ? "true" : "false");
      text += key(`k${f}_${i}`, n, inModule ? "var.role" : '"Writer"');
    }
    fs.writeFileSync(path.join(inModule ? mod : hcl, `r${f}.tf`), text);
  }
  fs.writeFileSync(
    path.join(mod, "variables.tf"),
    'variable "legacy" {\n  default = false\n}\nvariable "role" {\n  default = "Reader"\n}\n',
  );
  fs.writeFileSync(
    path.join(hcl, "main.tf"),
    'module "store" {\n  source = "./modules/store"\n  role   = "Writer"\n}\n',
  );
  const resources = [];
  for (let i = 0; i < pairs; i++) {
    resources.push({
      address: `ibm_cloudant.c${i}`,
      mode: "managed",
      type: "ibm_cloudant",
      name: `c${i}`,
      values: {
        name: `c${i}`,
        location: "us-south",
        plan: "standard",
        legacy_credentials: i % 50 === 0,
        enable_cors: false,
      },
      sensitive_values: {},
    });
    resources.push({
      address: `ibm_resource_key.k${i}`,
      mode: "managed",
      type: "ibm_resource_key",
      name: `k${i}`,
      values: { name: `k${i}`, role: "Writer" },
      sensitive_values: { credentials: true },
    });
  }
  const planFile = path.join(dir, "scan-plan.json");
  fs.writeFileSync(
    planFile,
    JSON.stringify({
      format_version: "1.2",
      planned_values: { root_module: { resources } },
      resource_changes: [],
      configuration: { root_module: {} },
    }),
  );
  return { hcl, plan: planFile };
}

/** Runs the CLI in a child process and prints the child's own CPU time (ms) on its last stderr line. */
const CHILD = `const { runCli } = require(process.argv[1]);
const out = [];
Promise.resolve(runCli(process.argv.slice(2), { stdout: (l) => out.push(l), stderr: (l) => process.stderr.write(l + "\\n") })).then((code) => {
  process.stdout.write(out.join("\\n"));
  const u = process.cpuUsage();
  process.stderr.write("cpu-ms " + (u.user + u.system) / 1000 + "\\n");
  process.exitCode = code;
});`;

/** Median wall and CPU time (ms) of scanning each input in a fresh process, and the resources it reported. */
export function measureScan(
  dist: string,
  dir: string,
  runs: number,
): { name: string; medianMs: number; cpuMs: number; resources: number }[] {
  const inputs = writeScanWorkload(dir);
  const cli = path.join(dist, "lib", "cli.js");
  return Object.entries(inputs).map(([name, input]) => {
    const times: number[] = [];
    const cpu: number[] = [];
    let resources = 0;
    for (let r = 0; r < runs; r++) {
      const start = process.hrtime.bigint();
      const out = spawnSync(
        process.execPath,
        ["-e", CHILD, cli, "scan", "--format", "json", input],
        {
          encoding: "utf8",
          maxBuffer: 1 << 30,
        },
      );
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (out.status !== 1) throw new Error(`scan of ${input} exited ${out.status}: ${out.stderr}`);
      resources = JSON.parse(out.stdout).counts.resources;
      cpu.push(Number(/cpu-ms ([0-9.]+)/.exec(out.stderr)?.[1] ?? NaN));
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
    return { name, medianMs: median(times), cpuMs: median(cpu), resources };
  });
}
