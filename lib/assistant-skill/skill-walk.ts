/**
 * Walks a skill export into a {@link SkillModel}: the v1 dialog skill
 * (`dialog_nodes[]`; slots, handlers and conditional responses are nodes of
 * their own) and the v2 actions skill (`actions[].steps[]`, step and action
 * handlers), at the top level or under `workspace`.
 */
import { SkillFormat, SkillModel, SkillNode } from "../contracts";
import { analyseResponse } from "./response-analysis";
import { LineOf, located, SkillPath } from "./skill-locator";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The skill's format and where its nodes live, or a problem. */
export function skillShape(
  json: unknown,
): { format: SkillFormat; root: Obj; base: SkillPath } | { problem: string } {
  if (!isObj(json)) return { problem: "is not a JSON object" };
  for (const [root, base] of [
    [json, []],
    [json.workspace, ["workspace"]],
  ] as const) {
    if (!isObj(root)) continue;
    if (Array.isArray(root.dialog_nodes)) return { format: "dialog", root, base };
    if (Array.isArray(root.actions)) return { format: "actions", root, base };
  }
  return {
    problem:
      "has neither dialog_nodes (a v1 dialog skill) nor actions (a v2 actions skill), at the top level or under workspace",
  };
}

/** Builds the model's nodes, entities and caller variables. */
export function walkSkill(
  format: SkillFormat,
  root: Obj,
  base: SkillPath,
  lineOf: LineOf,
): Pick<SkillModel, "nodes" | "entities" | "callerVariables"> {
  const nodes: SkillNode[] = [];
  const callers = new Set<string>();
  const add = (raw: Obj, path: SkillPath, id: string, kind: string) => {
    const facts = analyseResponse(raw, path, lineOf);
    facts.callerVariables.forEach((v) => callers.add(v));
    nodes.push(
      located(
        {
          id,
          kind,
          ...(typeof raw.title === "string" ? { title: raw.title } : {}),
          spoken: facts.spoken,
          commands: facts.commands,
          transfers: facts.transfers,
          media: facts.media,
          credentials: facts.credentials,
        },
        path,
        lineOf,
      ),
    );
  };
  if (format === "dialog") {
    (root.dialog_nodes as unknown[]).forEach((n, i) => {
      if (!isObj(n)) return;
      const path = [...base, "dialog_nodes", i];
      const kind = typeof n.type === "string" ? n.type : "standard";
      if (kind === "slot" && typeof n.variable === "string")
        callers.add(n.variable.replace(/^\$/, ""));
      add(n, path, typeof n.dialog_node === "string" ? n.dialog_node : `#${i}`, kind);
    });
  } else {
    (root.actions as unknown[]).forEach((a, ai) => {
      if (!isObj(a)) return;
      const aid = typeof a.action === "string" ? a.action : `#${ai}`;
      const ap = [...base, "actions", ai];
      handlers(a.handlers, [...ap, "handlers"], aid, add);
      if (!Array.isArray(a.steps)) return;
      a.steps.forEach((s, si) => {
        if (!isObj(s)) return;
        const sid = `${aid}/${typeof s.step === "string" ? s.step : `#${si}`}`;
        if (isObj(s.question) || s.collect_variable !== undefined)
          callers.add(typeof s.variable === "string" ? s.variable : String(s.step));
        add(s, [...ap, "steps", si], sid, "step");
        handlers(s.handlers, [...ap, "steps", si, "handlers"], sid, add);
      });
    });
  }
  const entities = Array.isArray(root.entities)
    ? root.entities.flatMap((e) => (isObj(e) && typeof e.entity === "string" ? [e.entity] : []))
    : [];
  return { nodes, entities, callerVariables: [...callers].sort() };
}

function handlers(
  list: unknown,
  path: SkillPath,
  owner: string,
  add: (raw: Obj, path: SkillPath, id: string, kind: string) => void,
): void {
  if (!Array.isArray(list)) return;
  list.forEach((h, i) => {
    if (!isObj(h)) return;
    const name = typeof h.handler === "string" ? h.handler : `#${i}`;
    add(h, [...path, i], `${owner}/handler/${name}`, "handler");
  });
}
