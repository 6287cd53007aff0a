import { EventType, IAssistantSkill, IEventStore, WatsonServiceKind } from "../contracts";
import { isToken, PropsChecker } from "../core";
import { checkWatsonService } from "../watson";
import { ServiceOrchestrationEngine } from "../orchestration";
import { VOICE_AGENT_LIMITS as LIMITS } from "./voice-agent-defaults";
import { SpeechModelType } from "./voice-agent-enums";

/**
 * Checks of a voice agent's service slots (conversation, Speech to Text, Text
 * to Speech) and event forwarding. Each adds problems to the checker and
 * never throws.
 */

/** True for anything shaped like an {@link IEventStore}. */
export function isEventStore(x: unknown): x is IEventStore {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Partial<Record<keyof IEventStore, unknown>>;
  return (
    typeof s.databaseFor === "function" &&
    typeof s.url === "string" &&
    typeof s.credential === "object" &&
    s.credential !== null
  );
}

function checkAssistantLocation(c: PropsChecker, prop: string, value: unknown): void {
  const loc = c.object(prop, value);
  if (!loc) return;
  const hasService = loc.service !== undefined;
  const hasSoe = loc.orchestrationEngine !== undefined;
  if (hasService === hasSoe) {
    c.add(
      prop,
      hasService ? "gives both a service and an orchestration engine" : "names no service",
      value,
      "give either service (watson assistant) with workspaceId, or orchestrationEngine",
    );
  }
  if (hasService) {
    checkWatsonService(
      c,
      `${prop}.service`,
      loc.service,
      "conversation",
      "pass a WatsonAssistant (or another IWatsonService of kind conversation)",
    );
    if (
      c.required(`${prop}.workspaceId`, loc.workspaceId, "give the dialog skill's workspace id")
    ) {
      c.string(`${prop}.workspaceId`, loc.workspaceId, {
        min: 1,
        max: LIMITS.workspaceIdMaxLength,
      });
    }
  }
  if (hasSoe) {
    if (!ServiceOrchestrationEngine.isServiceOrchestrationEngine(loc.orchestrationEngine)) {
      c.add(
        `${prop}.orchestrationEngine`,
        "must be a ServiceOrchestrationEngine",
        loc.orchestrationEngine,
        "pass a ServiceOrchestrationEngine",
      );
    }
    if (!hasService && loc.workspaceId !== undefined) {
      c.add(
        `${prop}.workspaceId`,
        "does not apply to an orchestration engine",
        loc.workspaceId,
        "remove it: the soe's url selects the workspace",
      );
    }
  }
}

/** Checks the conversation slot. */
export function checkAssistant(c: PropsChecker, value: unknown): void {
  if (!c.required("assistant", value, "give assistant: { location1: { service, workspaceId } }"))
    return;
  const a = c.object("assistant", value);
  if (!a) return;
  if (
    c.required(
      "assistant.location1",
      a.location1,
      "give location1: { service, workspaceId } or { orchestrationEngine }",
    )
  ) {
    checkAssistantLocation(c, "assistant.location1", a.location1);
  }
  checkAssistantLocation(c, "assistant.location2", a.location2);
  if (a.skill !== undefined && !isAssistantSkill(a.skill))
    c.add(
      "assistant.skill",
      "must be an AssistantSkill",
      a.skill,
      "load the skill export with AssistantSkill.fromFile(path) or AssistantSkill.fromObject(json)",
    );
}

/** True for anything shaped like an {@link IAssistantSkill}. */
export function isAssistantSkill(x: unknown): x is IAssistantSkill {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Partial<Record<keyof IAssistantSkill, unknown>>;
  const m = s.model as Partial<Record<string, unknown>> | undefined;
  return (
    typeof m === "object" &&
    m !== null &&
    typeof m.contentHash === "string" &&
    typeof m.name === "string" &&
    Array.isArray(m.nodes) &&
    Array.isArray(s.sensitive) &&
    Array.isArray(s.notSensitive)
  );
}

function checkSpeechLocations(
  c: PropsChecker,
  prop: string,
  slot: Record<string, unknown>,
  kind: WatsonServiceKind,
  className: string,
): void {
  for (const key of ["location1", "location2"]) {
    const loc = slot[key];
    if (loc === undefined && key === "location2") continue;
    if (!c.required(`${prop}.${key}`, loc, `give ${key}: { service }`)) continue;
    const o = c.object(`${prop}.${key}`, loc);
    if (o)
      checkWatsonService(
        c,
        `${prop}.${key}.service`,
        o.service,
        kind,
        `pass a ${className} (or another IWatsonService of kind ${kind})`,
      );
  }
}

/** Checks the Speech to Text slot. */
export function checkSpeechToText(c: PropsChecker, value: unknown): void {
  const s = c.object("speechToText", value);
  if (!s) return;
  checkSpeechLocations(c, "speechToText", s, "speech-to-text", "SpeechToText");
  c.oneOf("speechToText.modelType", s.modelType, Object.values(SpeechModelType));
  if (
    c.required("speechToText.model", s.model, "give the language model, e.g. en-US_NarrowbandModel")
  ) {
    c.string("speechToText.model", s.model, { min: 1 });
  }
  c.string("speechToText.customLanguageModelId", s.customLanguageModelId, { min: 1 });
  c.string("speechToText.customAcousticModelId", s.customAcousticModelId, { min: 1 });
}

/** Checks the Text to Speech slot. */
export function checkTextToSpeech(c: PropsChecker, value: unknown): void {
  const s = c.object("textToSpeech", value);
  if (!s) return;
  checkSpeechLocations(c, "textToSpeech", s, "text-to-speech", "TextToSpeech");
  if (c.required("textToSpeech.voice", s.voice, "give the voice, e.g. en-US_AllisonV3Voice")) {
    c.string("textToSpeech.voice", s.voice, { min: 1 });
  }
}

/** Checks event forwarding. */
export function checkEventForwarding(c: PropsChecker, value: unknown): void {
  const e = c.object("eventForwarding", value);
  if (!e) return;
  if (
    c.required(
      "eventForwarding.store",
      e.store,
      "pass a CloudantEventTarget (or another IEventStore)",
    ) &&
    !isEventStore(e.store)
  ) {
    c.add(
      "eventForwarding.store",
      "must be an event store (IEventStore)",
      e.store,
      "pass a CloudantEventTarget",
    );
  }
  const types = [EventType.CDR, EventType.TRANSCRIPTION, EventType.TURN];
  for (const t of types) c.boolean(`eventForwarding.${t}`, e[t]);
  if (types.every((t) => e[t] !== true && !isToken(e[t]))) {
    c.add(
      "eventForwarding",
      "enables no event type",
      value,
      "set cdr, transcription or turn to true, or leave eventForwarding out (forwarding is off by default)",
    );
  }
}
