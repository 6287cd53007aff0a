/**
 * Builders for the skill-rule tests: one node response placed in every
 * position a skill can hold it (a v1 dialog node, slot, event handler and
 * conditional response; a v2 action step and step handler), so each insecure
 * pattern and its fixed twin are judged in every shape.
 */
import { AssistantSkill } from "../../../lib";
import { ManifestDataClass } from "../../../lib/contracts";
import { SkillFacts, SkillRule } from "../../../lib/rules";

/** A node's `output` (and optionally `context`). */
export interface Response {
  readonly output?: Record<string, unknown>;
  readonly context?: Record<string, unknown>;
}

/** Where a response is placed, and the node id it then has. */
export interface Position {
  readonly name: string;
  readonly nodeId: string;
  /** Whether the position takes v1-only shapes (`output.text`, `output.vgwAction`). */
  readonly dialog: boolean;
  build(r: Response): unknown;
}

const dialog = (nodes: unknown[]) => ({
  name: "Test dialog",
  language: "en",
  intents: [],
  entities: [{ entity: "product", values: [] }],
  dialog_nodes: [
    { dialog_node: "welcome", conditions: "welcome", output: { text: "Hello." } },
    ...nodes,
  ],
});

const actions = (steps: unknown[], handlers: unknown[] = []) => ({
  name: "Test actions",
  workspace: {
    actions: [
      {
        action: "action_1",
        title: "Help",
        steps: [
          {
            step: "step_001",
            output: { generic: [{ response_type: "text", values: [{ text: "Hi." }] }] },
          },
          ...steps,
        ],
        handlers,
      },
    ],
  },
});

/** Every position a response can take. */
export const POSITIONS: readonly Position[] = [
  {
    name: "a v1 dialog node",
    nodeId: "target",
    dialog: true,
    build: (r) => dialog([{ dialog_node: "target", conditions: "#help", ...r }]),
  },
  {
    name: "a v1 slot (the parent excludes, the slot does not)",
    nodeId: "target",
    dialog: true,
    build: (r) =>
      dialog([
        {
          dialog_node: "parent",
          type: "frame",
          conditions: "#help",
          output: { vgwAction: { command: "vgwActExcludeFromTTSCache" } },
        },
        {
          dialog_node: "target",
          type: "slot",
          parent: "parent",
          variable: "$product_choice",
          ...r,
        },
      ]),
  },
  {
    name: "a v1 event handler",
    nodeId: "target",
    dialog: true,
    build: (r) =>
      dialog([
        { dialog_node: "parent", type: "frame", conditions: "#help", output: {} },
        { dialog_node: "slot", type: "slot", parent: "parent", variable: "$x", output: {} },
        { dialog_node: "target", type: "event_handler", parent: "slot", event_name: "focus", ...r },
      ]),
  },
  {
    name: "a v1 conditional response (an export without types)",
    nodeId: "target",
    dialog: true,
    build: (r) =>
      dialog([
        { dialog_node: "parent", conditions: "#help", output: {} },
        { dialog_node: "target", parent: "parent", conditions: "true", ...r },
      ]),
  },
  {
    name: "a v2 action step",
    nodeId: "action_1/step_002",
    dialog: false,
    build: (r) => actions([{ step: "step_002", ...r }]),
  },
  {
    name: "a v2 step handler",
    nodeId: "action_1/step_002/handler/h1",
    dialog: false,
    build: (r) =>
      actions([
        {
          step: "step_002",
          output: { generic: [] },
          handlers: [{ handler: "h1", type: "not_found", ...r }],
        },
      ]),
  },
];

/** A `user_defined` generic item carrying voice-gateway commands. */
export function userDefined(commands: Record<string, unknown>): Record<string, unknown> {
  return { response_type: "user_defined", user_defined: commands };
}

/** A text generic item. */
export function text(...values: string[]): Record<string, unknown> {
  return {
    response_type: "text",
    values: values.map((t) => ({ text: t })),
    selection_policy: "sequential",
  };
}

/** The `vgwActExcludeFromTTSCache` item. */
export const EXCLUDE = userDefined({ vgwAction: { command: "vgwActExcludeFromTTSCache" } });

/** Skill facts of an agent with these data classes. */
export function facts(
  dataClasses: ManifestDataClass[] = ["PII"],
  more: Partial<SkillFacts> = {},
): SkillFacts {
  return { dataClasses, sensitive: [], notSensitive: [], turnEventsForwarded: false, ...more };
}

/** Runs a rule's check on a skill built from `json`; returns [node id, detail] pairs. */
export function issues(rule: SkillRule, json: unknown, f: SkillFacts = facts()) {
  const skill = AssistantSkill.fromObject(json, "test");
  return rule.checkSkill(skill.model, f).map((i) => ({
    nodeId: i.node.id,
    pointer: i.place.pointer,
    detail: i.detail,
    severity: i.severity,
    acknowledgeable: i.acknowledgeable,
  }));
}
