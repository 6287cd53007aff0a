/**
 * The skill rules on generated skills: any number of nodes, in any position
 * (v1 node, slot, handler, conditional response, untyped; v2 step), saying a
 * sensitive value or not in any of the documented text shapes, excluded from
 * the TTS cache or not in any of the documented command places. VAW-TTS-1
 * must flag exactly the nodes that speak a sensitive value without their own
 * exclusion, and VAW-SKILL-2 exactly the misspelled commands.
 */
import * as fc from "fast-check";
import { sensitiveRepliesExcludedFromTtsCache as tts } from "../../../lib/rules/skill/sensitive-replies-excluded-from-tts-cache";
import { voiceCommandsKnown } from "../../../lib/rules/skill/voice-commands-known";
import { issues } from "./skill-kit";

const SAYS = [
  "Thanks for calling.",
  "Your balance is $balance.",
  "You said <? input.text ?>.",
  "That is @sys-number.",
];
const TEXT_SHAPES = ["string", "values", "generic", "playText"] as const;
const EXCLUSION = ["none", "output", "context", "userDefined", "sequence", "misspelled"] as const;
const KINDS = ["standard", "slot", "event_handler", "response_condition", "untyped"] as const;

const nodeArb = fc.record({
  says: fc.integer({ min: 0, max: SAYS.length - 1 }),
  shape: fc.constantFrom(...TEXT_SHAPES),
  exclusion: fc.constantFrom(...EXCLUSION),
  kind: fc.constantFrom(...KINDS),
});
type Gen = {
  says: number;
  shape: (typeof TEXT_SHAPES)[number];
  exclusion: (typeof EXCLUSION)[number];
  kind: (typeof KINDS)[number];
};

const EXCLUDE = { command: "vgwActExcludeFromTTSCache" };
const MISSPELLED = { command: "vgwActExcludeFromTtsCache" };

function response(g: Gen, v2: boolean): Record<string, unknown> {
  const text = SAYS[g.says];
  const sequence: unknown[] = [];
  const output: Record<string, any> = {};
  const context: Record<string, any> = {};
  const generic: unknown[] = [];
  const shape = v2 && (g.shape === "string" || g.shape === "values") ? "generic" : g.shape;
  if (shape === "string") output.text = text;
  if (shape === "values") output.text = { values: [text], selection_policy: "random" };
  if (shape === "generic") generic.push({ response_type: "text", values: [{ text }] });
  if (shape === "playText")
    sequence.push({ command: "vgwActPlayText", parameters: { text: [text] } });
  const exclusion =
    v2 && (g.exclusion === "output" || g.exclusion === "context") ? "userDefined" : g.exclusion;
  if (exclusion === "output") output.vgwAction = EXCLUDE;
  if (exclusion === "context") context.vgwAction = EXCLUDE;
  if (exclusion === "userDefined")
    generic.push({ response_type: "user_defined", user_defined: { vgwAction: EXCLUDE } });
  if (exclusion === "misspelled")
    generic.push({ response_type: "user_defined", user_defined: { vgwAction: MISSPELLED } });
  if (exclusion === "sequence") {
    sequence.unshift(EXCLUDE);
    if (shape !== "playText") sequence.push({ command: "vgwActPlayText" }); // plays the node's output text
  }
  if (sequence.length) {
    if (v2)
      generic.push({
        response_type: "user_defined",
        user_defined: { vgwActionSequence: sequence },
      });
    else output.vgwActionSequence = sequence;
  }
  if (generic.length) output.generic = generic;
  return { output, ...(Object.keys(context).length ? { context } : {}) };
}

function dialog(gens: Gen[]) {
  return {
    name: "generated",
    dialog_nodes: gens.map((g, i) => ({
      dialog_node: `n${i}`,
      ...(g.kind === "untyped" ? {} : { type: g.kind }),
      ...(g.kind === "standard" || g.kind === "untyped" ? {} : { parent: "n0" }),
      ...(g.kind === "slot" ? { variable: `$slot_${i}` } : {}),
      ...response(g, false),
    })),
  };
}

function actions(gens: Gen[]) {
  return {
    name: "generated",
    workspace: {
      actions: [
        { action: "a", steps: gens.map((g, i) => ({ step: `s${i}`, ...response(g, true) })) },
      ],
    },
  };
}

const flagged = (gens: Gen[], id: (i: number) => string) =>
  gens.flatMap((g, i) =>
    g.says > 0 && !["output", "context", "userDefined", "sequence"].includes(g.exclusion)
      ? [id(i)]
      : [],
  );

describe("skill rules on generated skills", () => {
  test("VAW-TTS-1 flags exactly the v1 nodes that speak a sensitive value without their own exclusion", () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 12 }), (gens) => {
        const found = issues(tts, dialog(gens)).map((i) => i.nodeId);
        expect([...new Set(found)]).toEqual(flagged(gens, (i) => `n${i}`));
      }),
      { numRuns: 150 },
    );
  });

  test("VAW-TTS-1 flags exactly the v2 steps that speak a sensitive value without their own exclusion", () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 12 }), (gens) => {
        const found = issues(tts, actions(gens)).map((i) => i.nodeId);
        expect([...new Set(found)]).toEqual(flagged(gens, (i) => `a/s${i}`));
      }),
      { numRuns: 150 },
    );
  });

  test("VAW-SKILL-2 flags exactly the misspelled commands", () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (gens, v2) => {
        const found = issues(voiceCommandsKnown, v2 ? actions(gens) : dialog(gens)).map(
          (i) => i.nodeId,
        );
        const expected = gens.flatMap((g, i) =>
          g.exclusion === "misspelled" ? [v2 ? `a/s${i}` : `n${i}`] : [],
        );
        expect(found).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
