import { Fn } from "cdktf";
import {
  EventType,
  IAssistantSkill,
  IEventStore,
  IServiceCredential,
  IWatsonService,
  ManifestSkill,
} from "../contracts";
import { isToken } from "../core";
import { ServiceOrchestrationEngine } from "../orchestration";
import {
  AgentManifest,
  MANIFEST_SCHEMA,
  ManifestAdvanced,
  ManifestCallTransfer,
  ManifestConversation,
  ManifestEventForwarding,
  ManifestServiceLocation,
  ManifestSms,
} from "../contracts";
import { VOICE_AGENT_DEFAULTS as D, FIXED_SERVICE_DEFAULTS } from "./voice-agent-defaults";
import { AgentType } from "./voice-agent-enums";
import {
  AdvancedConfig,
  AssistantLocation,
  CallTransferConfig,
  EventForwardingConfig,
  PhoneNumber,
  SmsConfig,
  SpeechToTextConfig,
  TextToSpeechConfig,
  VoiceAgentProps,
} from "./voice-agent-props";
import { manifestCredential } from "./voice-agent-service-base";
import { smsWebhookUrl, VOICE_AGENT_REGIONS } from "../contracts";

/** The dashboard's service type label for an instance in the same account. */
export const MY_SERVICE_INSTANCE = "My service instance";

/** What the construct resolved before rendering: regions, credentials. */
export interface ResolvedAgent {
  /** The construct path. */
  readonly constructPath: string;
  /** The agent's region. */
  readonly region: string;
  /** The SIP authentication credential, when enabled. */
  readonly sipAuthenticationCredential?: IServiceCredential;
  /** The SMS webhook credential (SMS agents). */
  readonly smsWebhookCredential?: IServiceCredential;
}

function watsonLocation(s: IWatsonService, purpose: string): ManifestServiceLocation {
  return {
    serviceType: MY_SERVICE_INSTANCE,
    region: s.location,
    url: s.url,
    serviceInstanceCrn: s.instanceCrn,
    credential: manifestCredential(s.credential, purpose),
    ...(s.language !== undefined ? { language: s.language } : {}),
    ...(s.plan !== undefined ? { plan: s.plan } : {}),
  };
}

function assistantLocation(l: AssistantLocation): ManifestConversation["location1"] {
  if (
    l.orchestrationEngine &&
    ServiceOrchestrationEngine.isServiceOrchestrationEngine(l.orchestrationEngine)
  ) {
    return l.orchestrationEngine.renderLocation();
  }
  return {
    ...watsonLocation(l.service as IWatsonService, "watson-assistant"),
    workspaceId: l.workspaceId as string,
  };
}

function phoneNumbers(value: VoiceAgentProps["phoneNumbers"]): AgentManifest["phoneNumbers"] {
  if (isToken(value)) return value as unknown as AgentManifest["phoneNumbers"];
  return value.map((n: string | PhoneNumber) =>
    typeof n === "string"
      ? { number: n }
      : {
          number: n.number,
          ...(n.description !== undefined ? { description: n.description } : {}),
        },
  );
}

function speechToText(s: SpeechToTextConfig): NonNullable<AgentManifest["speechToText"]> {
  return {
    location1: watsonLocation(s.location1.service, "speech-to-text"),
    ...(s.location2 ? { location2: watsonLocation(s.location2.service, "speech-to-text") } : {}),
    modelType: s.modelType ?? D.speechModelType,
    model: s.model,
    ...(s.customLanguageModelId !== undefined
      ? { customLanguageModel: s.customLanguageModelId }
      : {}),
    ...(s.customAcousticModelId !== undefined
      ? { customAcousticModel: s.customAcousticModelId }
      : {}),
  };
}

function textToSpeech(t: TextToSpeechConfig): NonNullable<AgentManifest["textToSpeech"]> {
  return {
    location1: watsonLocation(t.location1.service, "text-to-speech"),
    ...(t.location2 ? { location2: watsonLocation(t.location2.service, "text-to-speech") } : {}),
    voice: t.voice,
  };
}

function callTransfer(t: CallTransferConfig = {}): ManifestCallTransfer {
  return {
    ...(t.defaultTarget !== undefined ? { defaultTransferTarget: t.defaultTarget } : {}),
    allowedTransferTargets: [...(t.allowedTargets ?? [])],
    putCallerOnHoldOnTransfer: t.putCallerOnHold ?? D.putCallerOnHoldOnTransfer,
    disconnectCallOnTransferFailure: t.disconnectOnFailure ?? D.disconnectCallOnTransferFailure,
    ...(t.failureMessage !== undefined ? { transferFailureReplyMessage: t.failureMessage } : {}),
  };
}

function advanced(a: AdvancedConfig = {}): ManifestAdvanced {
  return {
    conversationReadTimeoutSeconds:
      a.conversationReadTimeoutSeconds ?? D.conversationReadTimeoutSeconds,
    ...(a.watsonAssistantFailureReplyMessage !== undefined
      ? { watsonAssistantFailureReplyMessage: a.watsonAssistantFailureReplyMessage }
      : {}),
    customSipInviteHeader: a.customSipInviteHeader ?? D.customSipInviteHeader,
    sendProvisionalRingingResponse:
      a.sendProvisionalRingingResponse ?? D.sendProvisionalRingingResponse,
    notifyWatsonAssistantOnNetworkEvents:
      a.notifyWatsonAssistantOnNetworkEvents ?? D.notifyWatsonAssistantOnNetworkEvents,
  };
}

function eventForwarding(
  name: string,
  e: EventForwardingConfig | undefined,
): ManifestEventForwarding {
  if (!e) {
    const off = { enabled: false };
    return { enabled: false, cdrEvents: off, transcriptionEvents: off, turnEvents: off };
  }
  const store: IEventStore = e.store;
  const type = (t: EventType, on: boolean | undefined) =>
    on === true ? { enabled: true, database: store.databaseFor(name, t) } : { enabled: false };
  return {
    enabled: true,
    cloudantSource: "My Cloudant service instance",
    cloudantInstance: store.instanceAddress,
    cloudantUrl: store.url,
    authentication: "apikey",
    credential: manifestCredential(store.credential, "event-forwarding"),
    cdrEvents: type(EventType.CDR, e.cdr),
    transcriptionEvents: type(EventType.TRANSCRIPTION, e.transcription),
    turnEvents: type(EventType.TURN, e.turn),
  };
}

function webhookUrl(region: string): string {
  if (!isToken(region)) return smsWebhookUrl(region) ?? "";
  const byRegion: Record<string, string> = {};
  for (const r of VOICE_AGENT_REGIONS) byRegion[r] = smsWebhookUrl(r) as string;
  return Fn.lookup(byRegion, region, "");
}

function sms(
  s: SmsConfig,
  region: string,
  credential: IServiceCredential | undefined,
): ManifestSms {
  return {
    smsProviderUserName: s.accountSid,
    smsProviderPassword: { ...s.authToken.reference },
    smsProviderApiUrl: s.apiUrl ?? D.smsProviderApiUrl,
    initiateConversationFromInboundMessages:
      s.initiateConversationFromInboundMessages ?? D.smsInitiateConversationFromInboundMessages,
    notifyOnSessionTimeout: s.notifyOnSessionTimeout ?? D.smsNotifyOnSessionTimeout,
    conversationReadTimeoutSeconds:
      s.conversationReadTimeoutSeconds ?? D.smsConversationReadTimeoutSeconds,
    sessionTimeoutSeconds: s.sessionTimeoutSeconds ?? D.smsSessionTimeoutSeconds,
    conversationFailureReplyMessage:
      s.conversationFailureReplyMessage ?? D.smsConversationFailureReplyMessage,
    allowSmsOnlyConversation: s.allowSmsOnlyConversation ?? D.smsAllowSmsOnlyConversation,
    ...(credential ? { webhookCredential: manifestCredential(credential, "sms-webhook") } : {}),
    webhookUrl: webhookUrl(region),
  };
}

function manifestSkill(s: IAssistantSkill): ManifestSkill {
  return {
    name: s.model.name,
    format: s.model.format,
    contentHash: s.model.contentHash,
    ...(s.sensitive.length ? { sensitive: [...s.sensitive] } : {}),
    ...(s.notSensitive.length ? { notSensitive: [...s.notSensitive] } : {}),
  };
}

/** Renders an agent's whole configuration as an {@link AgentManifest}; props must be valid. */
export function renderAgentManifest(props: VoiceAgentProps, r: ResolvedAgent): AgentManifest {
  const service = props.service;
  const agentType = props.agentType ?? D.agentType;
  const voice = agentType !== AgentType.SMS;
  const regions =
    props.secondaryRegion !== undefined ? [r.region, props.secondaryRegion] : [r.region];
  const outbound = service.outboundCalling;
  const apiCredential = service.outboundApiCredential;
  const a = props.assistant;
  return {
    manifestSchema: MANIFEST_SCHEMA,
    constructPath: r.constructPath,
    serviceInstanceCrn: service.instanceCrn,
    ...(service.plan !== undefined ? { plan: service.plan } : {}),
    region: r.region,
    agentType,
    name: props.name,
    ...(props.description !== undefined ? { description: props.description } : {}),
    phoneNumbers: phoneNumbers(props.phoneNumbers),
    dataClasses: [...(props.dataClasses ?? D.dataClasses)],
    sipAuthentication: r.sipAuthenticationCredential
      ? {
          enabled: true,
          credential: manifestCredential(r.sipAuthenticationCredential, "sip-authentication"),
        }
      : { enabled: false },
    ipAllowList: service.ipAllowList.map((e) => ({
      ipNickname: e.ipNickname,
      ipAddress: e.ipAddress,
    })),
    ...(voice && props.sipTrunk ? { sipTrunk: props.sipTrunk.renderManifest(regions) } : {}),
    conversation: {
      location1: assistantLocation(a.location1),
      ...(a.location2 ? { location2: assistantLocation(a.location2) } : {}),
      ...(a.skill ? { skill: manifestSkill(a.skill) } : {}),
    },
    ...(voice && props.speechToText ? { speechToText: speechToText(props.speechToText) } : {}),
    ...(voice && props.textToSpeech ? { textToSpeech: textToSpeech(props.textToSpeech) } : {}),
    ...(voice ? { callTransfer: callTransfer(props.callTransfer) } : {}),
    eventForwarding: eventForwarding(props.name, props.eventForwarding),
    ...(!voice || agentType === AgentType.VOICE_AND_SMS
      ? props.sms
        ? { sms: sms(props.sms, r.region, r.smsWebhookCredential) }
        : {}
      : {}),
    ...(voice ? { advanced: advanced(props.advanced) } : {}),
    outboundCalling: {
      ...outbound,
      ...(voice && apiCredential
        ? { apiCredential: manifestCredential(apiCredential, "outbound-api") }
        : {}),
      ...(props.outboundCalling?.statusWebhookUrl !== undefined
        ? { statusWebhookUrl: props.outboundCalling.statusWebhookUrl }
        : {}),
    },
    serviceDefaults: { ...FIXED_SERVICE_DEFAULTS },
  };
}
