/**
 * The Watson Assistant skill as the guard's skill rules read it: what each
 * dialog node (v1 dialog skill) or action step (v2 actions skill) says and
 * which voice-gateway commands it gives, each with its place in the export
 * (JSON pointer and line). The `assistant-skill` component builds it from an
 * export; rules read only this shape.
 *
 * A manifest names its skill by `ManifestSkill.contentHash`; the model
 * itself is registered by the component (`registerSkillModel`) and
 * found by that hash (`skillModelByHash`), so the rendered JSON holds
 * the name and hash only.
 */

/** `dialog` (v1 dialog skill / workspace) or `actions` (v2 actions skill). */
export type SkillFormat = "dialog" | "actions";

/** Where a value sits in the skill export. */
export interface SkillPlace {
  /** The JSON pointer (RFC 6901) of the value (`/dialog_nodes/3/output/text/values/0`). */
  readonly pointer: string;
  /** The 1-based line of the value in the file; 0 when the skill was given as an object. */
  readonly line: number;
}

/** A value taken into spoken text, a target or a URL: `$name`, `@entity`, `<? expression ?>`, `${variable}`. */
export interface SkillReference {
  /** `variable` (context or session variable), `entity`, or `input` (the caller's own words: `input.text`). */
  readonly kind: "variable" | "entity" | "input";
  /** The variable or entity name (`account_number`, `sys-number`); `input.text` for input. */
  readonly name: string;
}

/** Text the agent speaks (or a URL or target it uses), with the values it takes in. */
export interface SkillValue extends SkillPlace {
  /** The text as written in the skill. */
  readonly text: string;
  /** The values the text takes in. */
  readonly references: readonly SkillReference[];
}

/** One voice-gateway command (`{command, parameters}`) given by a node. */
export interface SkillCommand extends SkillPlace {
  /** The command name, exactly as written (`vgwActExcludeFromTTSCache`). */
  readonly command: string;
  /** Its parameters (an empty object when it has none). */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Where the command was given: `output.vgwAction`, `output.vgwActionSequence`, `context.vgwAction`, `generic.user_defined` … */
  readonly via: string;
  /** The pointer of `parameters` (the command's pointer + `/parameters`). */
  readonly parametersPointer: string;
}

/** A transfer the node asks for. */
export interface SkillTransfer extends SkillValue {
  /** `vgwActTransfer` or the v2 `connect_to_agent` response. */
  readonly source: string;
}

/** MMS media the node sends. */
export interface SkillMedia extends SkillValue {
  /** `vgwActSendSMS`, `smsActSendMedia` or the `image` response. */
  readonly source: string;
}

/** A credential written into the skill (never its value). */
export interface SkillCredential extends SkillPlace {
  /** The command or response carrying it (`vgwActSetConversationConfig`). */
  readonly source: string;
  /** The parameter path (`password`, `thirdPartyCredentials.private_key`). */
  readonly parameter: string;
}

/** One dialog node or action step: the unit the TTS-cache exclusion applies to. */
export interface SkillNode extends SkillPlace {
  /** The dialog node id, or `<action>/<step>` for an action step (`<action>/handler/<n>` for a handler). */
  readonly id: string;
  /** `standard`, `frame`, `slot`, `event_handler`, `response_condition`, `folder` (v1); `step`, `handler` (v2). */
  readonly kind: string;
  /** The node's title, when it has one. */
  readonly title?: string;
  /** What it speaks: `output.text`, text responses, `vgwActPlayText` texts (only these when it gives a sequence). */
  readonly spoken: readonly SkillValue[];
  /** Every voice-gateway command it gives. */
  readonly commands: readonly SkillCommand[];
  /** The transfers it asks for. */
  readonly transfers: readonly SkillTransfer[];
  /** The MMS media it sends. */
  readonly media: readonly SkillMedia[];
  /** Credentials written into it. */
  readonly credentials: readonly SkillCredential[];
}

/** A skill export, analysed. */
export interface SkillModel {
  /** The skill's name (its `name`, else the file name). */
  readonly name: string;
  /** `dialog` or `actions`. */
  readonly format: SkillFormat;
  /** `sha256:` + the hex SHA-256 of the export's canonical JSON (keys sorted, no whitespace). */
  readonly contentHash: string;
  /** The file the skill was read from, when it was read from one. */
  readonly file?: string;
  /** Every dialog node and action step, in export order. */
  readonly nodes: readonly SkillNode[];
  /** Entity names the skill defines (without `@`). */
  readonly entities: readonly string[];
  /** Context variables the skill fills from the caller: slots' variables, DTMF collections, `input.text` and `@sys-…` assignments. */
  readonly callerVariables: readonly string[];
}

/** How a manifest names the skill its agent runs (`conversation.skill`). */
export interface ManifestSkill {
  /** The skill's name. */
  readonly name: string;
  /** `dialog` or `actions`. */
  readonly format: SkillFormat;
  /** The `contentHash` of the `SkillModel`: a changed skill changes the plan. */
  readonly contentHash: string;
  /** Context variables and entities declared sensitive (besides the data-class defaults). */
  readonly sensitive?: readonly string[];
  /** Names the data-class defaults would count as sensitive that the user declares are not. */
  readonly notSensitive?: readonly string[];
}

/** A skill a `VoiceAgent` runs: implemented by `AssistantSkill`. */
export interface IAssistantSkill {
  /** The analysed skill. */
  readonly model: SkillModel;
  /** Declared-sensitive names (context variables, `@entities`). */
  readonly sensitive: readonly string[];
  /** Names declared not sensitive (overriding the data-class defaults). */
  readonly notSensitive: readonly string[];
}

const REGISTRY = Symbol.for("cdktf-ibm-voice-agent.skill-models");

function registry(): Map<string, SkillModel> {
  const g = globalThis as unknown as Record<symbol, Map<string, SkillModel> | undefined>;
  let map = g[REGISTRY];
  if (!map) {
    map = new Map();
    Object.defineProperty(globalThis, REGISTRY, { value: map, enumerable: false });
  }
  return map;
}

/**
 * Makes a skill model known to the guard, by its content hash (shared by
 * every loaded copy of the library). The `assistant-skill` component calls it
 * for every skill it loads.
 */
export function registerSkillModel(model: SkillModel): void {
  registry().set(model.contentHash, model);
}

/** The registered skill model with this content hash, if any. */
export function skillModelByHash(contentHash: string): SkillModel | undefined {
  return registry().get(contentHash);
}
