/**
 * What one dialog node or action step says and does: its spoken text, the
 * voice-gateway commands it gives (in `output` or `context`, alone or in a
 * sequence, or inside `user_defined` responses), the transfers, MMS media and
 * credentials among them, and the context variables it fills from the caller.
 */
import { SkillCommand, SkillCredential, SkillMedia, SkillTransfer, SkillValue } from "../contracts";
import { LineOf, located, pointerOf, SkillPath } from "./skill-locator";
import { referencesIn } from "./skill-references";

/** What {@link analyseResponse} collects for one node. */
export interface ResponseFacts {
  /** Spoken text. */
  readonly spoken: SkillValue[];
  /** Every command. */
  readonly commands: SkillCommand[];
  /** Transfers. */
  readonly transfers: SkillTransfer[];
  /** MMS media. */
  readonly media: SkillMedia[];
  /** Credentials. */
  readonly credentials: SkillCredential[];
  /** Context variables filled from the caller. */
  readonly callerVariables: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const CREDENTIAL_KEY =
  /^(password|passwd|pwd|apikey|api_key|iam_apikey|iam_api_key|token|access_token|auth_token|secret|client_secret|private_key|privatekey|private_key_id|thirdpartycredentials)$/i;
const ONLY_REFERENCE = /^\s*(\$[A-Za-z_][\w.-]*|<\?[\s\S]*\?>|\$\{[^}]*\})\s*$/;
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i;
const VOICE_CHANNEL = "voice_telephony";

/** Collects the facts of the node at `path` (an object with `output` and `context`). */
export function analyseResponse(node: Obj, path: SkillPath, lineOf: LineOf): ResponseFacts {
  const facts: ResponseFacts = {
    spoken: [],
    commands: [],
    transfers: [],
    media: [],
    credentials: [],
    callerVariables: [],
  };
  const value = (text: string, p: SkillPath): SkillValue =>
    located({ text, references: referencesIn(text) }, p, lineOf);
  let sequence = false;
  const outputTexts: SkillValue[] = [];
  const playTexts: { values: SkillValue[]; hasText: boolean }[] = [];

  const addCommand = (raw: unknown, p: SkillPath, via: string) => {
    if (!isObj(raw) || typeof raw.command !== "string") return;
    const parameters = isObj(raw.parameters) ? raw.parameters : {};
    const pp = [...p, "parameters"];
    const command: SkillCommand = located(
      { command: raw.command, parameters, via, parametersPointer: pointerOf(pp) },
      p,
      lineOf,
    );
    facts.commands.push(command);
    commandFacts(command, pp);
  };
  const addCommands = (holder: Obj, p: SkillPath, prefix: string) => {
    for (const key of ["vgwAction", "smsAction"]) {
      const v = holder[key];
      if (Array.isArray(v)) v.forEach((c, i) => addCommand(c, [...p, key, i], `${prefix}.${key}`));
      else addCommand(v, [...p, key], `${prefix}.${key}`);
    }
    for (const key of ["vgwActionSequence", "smsActionSequence"]) {
      const v = holder[key];
      if (!Array.isArray(v)) continue;
      if (key === "vgwActionSequence") sequence = true;
      v.forEach((c, i) => addCommand(c, [...p, key, i], `${prefix}.${key}`));
    }
  };
  const commandFacts = (c: SkillCommand, pp: SkillPath) => {
    const params = c.parameters;
    if (c.command === "vgwActPlayText") {
      const values: SkillValue[] = [];
      const t = params.text;
      if (typeof t === "string") values.push(value(t, [...pp, "text"]));
      if (Array.isArray(t))
        t.forEach((s, i) => typeof s === "string" && values.push(value(s, [...pp, "text", i])));
      playTexts.push({ values, hasText: t !== undefined });
    }
    if (c.command === "vgwActTransfer" && typeof params.transferTarget === "string")
      facts.transfers.push(
        Object.assign(value(params.transferTarget, [...pp, "transferTarget"]), {
          source: c.command,
        }),
      );
    if (c.command === "vgwActSendSMS" || c.command === "smsActSendMedia")
      for (const key of ["mediaURL", "mediaUrl"]) mediaAt(params[key], [...pp, key], c.command);
    credentialsIn(params, pp, c.command, "");
  };
  const mediaAt = (v: unknown, p: SkillPath, source: string) => {
    if (typeof v === "string") facts.media.push(Object.assign(value(v, p), { source }));
    if (Array.isArray(v)) v.forEach((u, i) => mediaAt(u, [...p, i], source));
  };
  const credentialsIn = (v: unknown, p: SkillPath, source: string, prefix: string) => {
    if (!isObj(v)) return;
    for (const [k, x] of Object.entries(v)) {
      const name = prefix ? `${prefix}.${k}` : k;
      if (CREDENTIAL_KEY.test(k) && literal(x)) {
        facts.credentials.push(located({ source, parameter: name }, [...p, k], lineOf));
        continue;
      }
      if (typeof x === "string" && URL_WITH_PASSWORD.test(x))
        facts.credentials.push(located({ source, parameter: name }, [...p, k], lineOf));
      credentialsIn(x, [...p, k], source, name);
    }
  };
  const textsAt = (t: unknown, p: SkillPath, into: SkillValue[]) => {
    if (typeof t === "string") into.push(value(t, p));
    else if (Array.isArray(t)) t.forEach((s, i) => textsAt(s, [...p, i], into));
    else if (isObj(t) && Array.isArray(t.values)) textsAt(t.values, [...p, "values"], into);
    else if (isObj(t) && typeof t.text === "string") into.push(value(t.text, [...p, "text"]));
  };

  const output = node.output;
  const op: SkillPath = [...path, "output"];
  if (isObj(output)) {
    textsAt(output.text, [...op, "text"], outputTexts);
    addCommands(output, op, "output");
    if (Array.isArray(output.generic))
      output.generic.forEach((item, i) => genericItem(item, [...op, "generic", i]));
  }
  const context = node.context;
  if (isObj(context)) {
    addCommands(context, [...path, "context"], "context");
    for (const [k, v] of Object.entries(context))
      if (!k.startsWith("vgwAction") && !k.startsWith("smsAction") && fromCaller(v))
        facts.callerVariables.push(k);
    if (Array.isArray(context.variables))
      for (const v of context.variables)
        if (isObj(v) && typeof v.variable === "string" && fromCaller(v.value))
          facts.callerVariables.push(v.variable);
  }

  function genericItem(item: unknown, p: SkillPath): void {
    if (!isObj(item)) return;
    const voice =
      !Array.isArray(item.channels) ||
      item.channels.some((c) => isObj(c) && c.channel === VOICE_CHANNEL);
    switch (item.response_type) {
      case "text":
        if (voice) {
          if (Array.isArray(item.values)) textsAt(item.values, [...p, "values"], outputTexts);
          else textsAt(item.text, [...p, "text"], outputTexts);
        }
        break;
      case "user_defined":
        if (isObj(item.user_defined))
          addCommands(item.user_defined, [...p, "user_defined"], "generic.user_defined");
        break;
      case "image":
        mediaAt(item.source, [...p, "source"], "image");
        break;
      case "connect_to_agent": {
        const sip = dig(item, ["transfer_info", "target", "service_desk", "sip"]);
        if (isObj(sip) && typeof sip.uri === "string")
          facts.transfers.push(
            Object.assign(
              value(sip.uri, [...p, "transfer_info", "target", "service_desk", "sip", "uri"]),
              { source: "connect_to_agent" },
            ),
          );
        break;
      }
      case "text_to_speech":
      case "speech_to_text":
        credentialsIn(
          dig(item, ["command_info", "parameters"]),
          [...p, "command_info", "parameters"],
          String(item.response_type),
          "",
        );
        break;
    }
  }

  // With a sequence, text is spoken only through vgwActPlayText; one without
  // a `text` parameter plays the node's output text.
  if (!sequence || playTexts.some((t) => !t.hasText)) facts.spoken.push(...outputTexts);
  for (const t of playTexts) facts.spoken.push(...t.values);
  return facts;
}

function dig(v: unknown, keys: readonly string[]): unknown {
  let cur = v;
  for (const k of keys) cur = isObj(cur) ? cur[k] : undefined;
  return cur;
}

function literal(v: unknown): boolean {
  if (typeof v === "string") return v.trim() !== "" && !ONLY_REFERENCE.test(v);
  return isObj(v) ? Object.keys(v).length > 0 : Array.isArray(v) ? v.length > 0 : false;
}

/** Whether an assigned value comes from the caller: `input.text`, a system entity, a DTMF or step answer. */
export function fromCaller(v: unknown): boolean {
  if (isObj(v)) {
    if (typeof v.expression === "string") return fromCaller(`<? ${v.expression} ?>`);
    if (typeof v.variable === "string") return /^step_/.test(v.variable);
    return false;
  }
  if (typeof v !== "string") return false;
  return referencesIn(v).some(
    (r) => r.kind === "input" || (r.kind === "entity" && r.name.startsWith("sys-")),
  );
}
