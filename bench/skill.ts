/**
 * The skill workload of `npm run bench`: a generated v1 dialog skill of
 * 2,000 nodes (standard nodes, slots, event handlers, conditional responses,
 * action sequences, transfers, SMS media, about one in five insecure), read
 * from its text (`AssistantSkill.fromText`, line numbers included) and
 * scanned with every skill rule, in a fresh process against the compiled
 * `dist/`. Also runnable alone: `npx ts-node --transpile-only bench/skill.ts`.
 */
import { execFileSync } from "child_process";
import * as path from "path";

/** A generated dialog skill export with `nodes` dialog nodes. */
export function generateSkill(nodes: number): unknown {
  const dialog: Record<string, unknown>[] = [];
  for (let i = 0; dialog.length < nodes; i++) {
    const id = `node_${i}`;
    const insecure = i % 5 === 0;
    const exclude = insecure ? [] : [{ command: "vgwActExcludeFromTTSCache" }];
    dialog.push({
      dialog_node: id,
      conditions: `#intent_${i % 40}`,
      title: `Node ${i}`,
      output: {
        text: {
          values: [`Your balance for account ${i} is $balance.`],
          selection_policy: "sequential",
        },
        vgwActionSequence: [...exclude, { command: "vgwActPlayText" }],
      },
      context: { last_topic: `topic_${i}` },
    });
    dialog.push({
      dialog_node: `${id}_slot`,
      type: "slot",
      parent: id,
      variable: `$account_${i}`,
      output: { text: `Which account?` },
    });
    dialog.push({
      dialog_node: `${id}_handler`,
      type: "event_handler",
      parent: `${id}_slot`,
      event_name: "filled",
      output: {
        generic: [
          { response_type: "text", values: [{ text: `Account $account_${i}, thanks.` }] },
          ...(insecure
            ? []
            : [{ response_type: "user_defined", user_defined: { vgwAction: exclude[0] } }]),
        ],
      },
    });
    dialog.push({
      dialog_node: `${id}_cond`,
      type: "response_condition",
      parent: id,
      conditions: "true",
      output: {
        vgwAction: insecure
          ? { command: "vgwActTransfer", parameters: { transferTarget: "tel:$callback" } }
          : {
              command: "vgwActSendSMS",
              parameters: { message: "Map", mediaURL: ["https://cdn.example.com/map.png"] },
            },
      },
    });
  }
  return {
    name: "Generated bank dialog",
    language: "en",
    intents: [],
    entities: [],
    dialog_nodes: dialog.slice(0, nodes),
  };
}

/** Medians of reading and scanning the generated skill, in ms. */
export interface SkillFigures {
  readonly nodes: number;
  readonly bytes: number;
  readonly findings: number;
  readonly loadMs: number;
  readonly rulesMs: number;
  readonly totalMs: number;
  /** CPU time of the median run (less sensitive to other load on the machine). */
  readonly cpuMs: number;
  /** Wall time of the first run (cold: what one `scan-skill` call costs). */
  readonly firstMs: number;
}

/** Measures in a fresh node process against `dist` (median of `runs`). */
export function measureSkill(dist: string, nodes = 2000, runs = 7): SkillFigures {
  const code = `
    const lib = require(${JSON.stringify(path.join(dist, "lib"))});
    lib.scanSkill = require(${JSON.stringify(path.join(dist, "lib", "guard"))}).scanSkill;
    const text = require("fs").readFileSync(0, "utf8");
    const load = [], rules = [], cpu = [];
    let findings = 0, skill;
    let first;
    for (let i = 0; i < ${runs}; i++) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      skill = lib.AssistantSkill.fromText(text, "generated.json");
      const t1 = process.hrtime.bigint();
      findings = lib.scanSkill(skill.model, { dataClasses: ["PII", "PCI"] }).length;
      const t2 = process.hrtime.bigint();
      const c = process.cpuUsage(c0);
      if (i === 0) first = Number(t2 - t0) / 1e6;
      load.push(Number(t1 - t0) / 1e6); rules.push(Number(t2 - t1) / 1e6); cpu.push((c.user + c.system) / 1e3);
    }
    const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
    console.log(JSON.stringify({ nodes: skill.model.nodes.length, findings, loadMs: med(load), rulesMs: med(rules), cpuMs: med(cpu), firstMs: first }));
  `;
  const text = JSON.stringify(generateSkill(nodes), null, 2);
  const out = JSON.parse(
    execFileSync(process.execPath, ["-e", code], {
      input: text,
      maxBuffer: 64 * 1024 * 1024,
    }).toString(),
  );
  return { ...out, bytes: text.length, totalMs: out.loadMs + out.rulesMs };
}

if (require.main === module) {
  const f = measureSkill(path.resolve(__dirname, "..", "dist"));
  console.log(
    `${f.nodes}-node skill (${Math.round(f.bytes / 1024)} KiB, ${f.findings} findings): read ${f.loadMs.toFixed(1)} ms, rules ${f.rulesMs.toFixed(1)} ms, total ${f.totalMs.toFixed(1)} ms (cpu ${f.cpuMs.toFixed(1)} ms; first run ${f.firstMs.toFixed(1)} ms) (target < 1000 ms)`,
  );
}
