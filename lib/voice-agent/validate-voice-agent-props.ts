import { IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import { checkPhoneNumber, isToken, phoneNumberKey, PropsChecker, validateProps } from "../core";
import { checkSameLanguage } from "../watson";
import { DataClass } from "./data-class";
import { checkUnique, objectProps } from "../core";
import { checkSms, checkVoice, voiceOnly } from "./validate-agent-channels";
import { checkAssistant, checkEventForwarding } from "./validate-agent-services";
import { checkVoiceAgentRegion } from "./validate-voice-agent-service-props";
import { VOICE_AGENT_LIMITS as LIMITS } from "./voice-agent-defaults";
import { isVoiceAgentRegion, UNSUPPORTED_REGION_FIX } from "../contracts";
import { AgentType, VoiceAgentPlan } from "./voice-agent-enums";
import type { VoiceAgentProps } from "./voice-agent-props";
import { IVoiceAgentService } from "./voice-agent-service-types";
import { VOICE_AGENT_PROP_KEYS } from "./voice-agent-prop-keys";

/** True for anything shaped like an {@link IVoiceAgentService}. */
export function isVoiceAgentService(x: unknown): x is IVoiceAgentService {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Partial<Record<keyof IVoiceAgentService, unknown>>;
  return (
    typeof s.addCredential === "function" &&
    typeof s.checkAgent === "function" &&
    typeof s.registerAgent === "function"
  );
}

/** The literal phone numbers of a `phoneNumbers` prop (strings and `{ number }` items; others skipped). */
export function phoneNumberStrings(value: unknown): string[] {
  if (!Array.isArray(value) || isToken(value)) return [];
  return value
    .map((v) => (typeof v === "object" && v !== null ? (v as { number?: unknown }).number : v))
    .map((n) => (typeof n === "string" ? n : ""));
}

function checkPhoneNumbers(c: PropsChecker, value: unknown, agentType: unknown): void {
  if (!c.required("phoneNumbers", value, "give at least one phone number")) return;
  const sms = agentType === AgentType.SMS;
  const list = c.list("phoneNumbers", value, 1, sms ? 1 : LIMITS.phoneNumbersMax);
  if (sms && Array.isArray(value) && value.length > 1) {
    c.add(
      "phoneNumbers",
      "must hold exactly one number for an sms agent",
      value,
      "give one number, or use AgentType.VOICE_AND_SMS",
    );
  }
  list?.forEach((item, i) => {
    const prop = `phoneNumbers[${i}]`;
    let n: unknown = item;
    if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      const o = item as Record<string, unknown>;
      n = o.number;
      c.required(`${prop}.number`, n, "give the number");
      c.string(`${prop}.description`, o.description, {
        max: LIMITS.phoneNumberDescriptionMaxLength,
      });
      if (n === undefined) return;
    } else if (typeof item !== "string") {
      c.add(
        prop,
        "must be a string or { number, description }",
        item,
        "give the number as a string",
      );
      return;
    }
    checkPhoneNumber(c, n === item ? prop : `${prop}.number`, n, LIMITS.phoneNumberMaxLength);
  });
  checkUnique(
    c,
    "phoneNumbers",
    list ? phoneNumberStrings(list) : undefined,
    phoneNumberKey,
    "list each number once",
  );
}

function checkRegions(
  c: PropsChecker,
  p: Partial<VoiceAgentProps>,
  service: IVoiceAgentService | undefined,
): void {
  const region = p.region ?? service?.region;
  if (p.region !== undefined) {
    checkVoiceAgentRegion(c, "region", p.region);
  } else if (service && region === undefined) {
    c.add(
      "region",
      "is required",
      undefined,
      "the service's region is not known at synth time; give us-south or us-east",
    );
  } else if (region !== undefined && !isToken(region) && !isVoiceAgentRegion(region)) {
    c.add(
      "region",
      "taken from the service is not a region with documented voice agent host names",
      region,
      UNSUPPORTED_REGION_FIX,
    );
  }
  if (
    service?.plan === VoiceAgentPlan.LITE &&
    p.region !== undefined &&
    service.region !== undefined &&
    !isToken(p.region) &&
    !isToken(service.region) &&
    p.region !== service.region
  ) {
    c.add(
      "region",
      "differs from the lite instance's region",
      p.region,
      `lite agents are reachable only in the instance's region (${JSON.stringify(service.region)}); leave region out`,
    );
  }
  if (p.secondaryRegion === undefined) return;
  checkVoiceAgentRegion(c, "secondaryRegion", p.secondaryRegion);
  if (!isToken(p.secondaryRegion) && p.secondaryRegion === region) {
    c.add(
      "secondaryRegion",
      "is the same as region",
      p.secondaryRegion,
      "give the other region, or leave it out",
    );
  }
  if (service?.plan === VoiceAgentPlan.LITE) {
    c.add(
      "secondaryRegion",
      "is not available on the lite plan",
      p.secondaryRegion,
      "lite agents are reachable only in the instance's region; leave it out",
    );
  }
}

/** Validates {@link VoiceAgentProps} (and the agent's fit in its instance); throws one error listing every problem. */
export function validateVoiceAgentProps(scope: IConstruct, props: unknown): void {
  validateProps("VoiceAgent", scope, (c) => {
    const p = objectProps<VoiceAgentProps>(
      c,
      props,
      "VoiceAgentProps",
      "props",
      VOICE_AGENT_PROP_KEYS,
    );
    if (!p) return;
    let service: IVoiceAgentService | undefined;
    if (
      c.required(
        "service",
        p.service,
        "pass a VoiceAgentService (e.g. VoiceAgentService.fromCrn(...))",
      )
    ) {
      if (isVoiceAgentService(p.service)) service = p.service;
      else
        c.add(
          "service",
          "must be a voice agent service",
          p.service,
          "pass a VoiceAgentService (e.g. VoiceAgentService.fromCrn(...))",
        );
    }
    if (c.required("name", p.name, "give the agent a name"))
      c.string("name", p.name, { min: 1, max: LIMITS.nameMaxLength });
    c.oneOf("agentType", p.agentType, Object.values(AgentType));
    const agentType = Object.values(AgentType).includes(p.agentType as AgentType)
      ? (p.agentType as AgentType)
      : AgentType.VOICE;
    checkPhoneNumbers(c, p.phoneNumbers, agentType);
    c.string("description", p.description, { max: LIMITS.descriptionMaxLength });
    checkRegions(c, p, service);
    const classes = c.list("dataClasses", p.dataClasses, 1, Number.MAX_SAFE_INTEGER);
    classes?.forEach((d, i) => c.oneOf(`dataClasses[${i}]`, d, Object.values(DataClass)));
    checkUnique(c, "dataClasses", classes);
    checkAssistant(c, p.assistant);
    if (agentType === AgentType.SMS) voiceOnly(c, p);
    else checkVoice(c, p, service);
    if (agentType === AgentType.VOICE) {
      if (p.sms !== undefined)
        c.add(
          "sms",
          "applies to sms and voice + sms agents only",
          p.sms,
          "remove it, or use AgentType.VOICE_AND_SMS",
        );
    } else {
      checkSms(c, p.sms, agentType, service?.plan);
    }
    checkEventForwarding(c, p.eventForwarding);
    if (p.provider !== undefined && !TerraformProvider.isTerraformProvider(p.provider)) {
      c.add(
        "provider",
        "must be a terraform provider",
        p.provider,
        "pass an IbmProvider instance (aliased or not)",
      );
    }
    checkLanguages(c, p);
    if (service && typeof p.name === "string") {
      const conflicts = service.checkAgent({
        constructPath: scope.node.path,
        name: p.name,
        phoneNumbers: phoneNumberStrings(p.phoneNumbers),
      });
      for (const k of conflicts) c.add(k.prop, k.problem, k.value, k.fix);
    }
  });
}

function checkLanguages(c: PropsChecker, p: Partial<VoiceAgentProps>): void {
  checkSameLanguage(c, {
    "assistant.location1.service": p.assistant?.location1?.service,
    "assistant.location2.service": p.assistant?.location2?.service,
    "speechToText.location1.service": p.speechToText?.location1?.service,
    "speechToText.location2.service": p.speechToText?.location2?.service,
    "textToSpeech.location1.service": p.textToSpeech?.location1?.service,
    "textToSpeech.location2.service": p.textToSpeech?.location2?.service,
  });
}
