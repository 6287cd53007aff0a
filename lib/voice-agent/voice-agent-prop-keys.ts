import type { PropKeys } from "../core";
import type {
  AdvancedConfig,
  AgentOutboundCallingConfig,
  AssistantConfig,
  AssistantLocation,
  EventForwardingConfig,
  SipAuthenticationConfig,
  SmsConfig,
  SpeechToTextConfig,
  TextToSpeechConfig,
  VoiceAgentProps,
  WatsonLocation,
} from "./voice-agent-props";

/*
 * The names the voice agent's validators know, one list per props interface:
 * `satisfies PropKeys<…>` makes the compiler refuse a list that misses or
 * invents a name, so a name given through `any` that is not here is a typo
 * (reported with the closest known name).
 */

/** The keys of {@link VoiceAgentProps}. */
export const VOICE_AGENT_PROP_KEYS = {
  service: true,
  name: true,
  agentType: true,
  phoneNumbers: true,
  description: true,
  region: true,
  secondaryRegion: true,
  dataClasses: true,
  assistant: true,
  speechToText: true,
  textToSpeech: true,
  sipTrunk: true,
  sipAuthentication: true,
  callTransfer: true,
  eventForwarding: true,
  sms: true,
  advanced: true,
  outboundCalling: true,
  provider: true,
} as const satisfies PropKeys<VoiceAgentProps>;

/** The keys of {@link AssistantConfig}. */
export const ASSISTANT_KEYS = {
  location1: true,
  location2: true,
  skill: true,
} as const satisfies PropKeys<AssistantConfig>;

/** The keys of {@link AssistantLocation}. */
export const ASSISTANT_LOCATION_KEYS = {
  service: true,
  workspaceId: true,
  orchestrationEngine: true,
} as const satisfies PropKeys<AssistantLocation>;

/** The keys of {@link WatsonLocation}. */
export const WATSON_LOCATION_KEYS = { service: true } as const satisfies PropKeys<WatsonLocation>;

/** The keys of {@link SpeechToTextConfig}. */
export const SPEECH_TO_TEXT_KEYS = {
  location1: true,
  location2: true,
  modelType: true,
  model: true,
  customLanguageModelId: true,
  customAcousticModelId: true,
} as const satisfies PropKeys<SpeechToTextConfig>;

/** The keys of {@link TextToSpeechConfig}. */
export const TEXT_TO_SPEECH_KEYS = {
  location1: true,
  location2: true,
  voice: true,
} as const satisfies PropKeys<TextToSpeechConfig>;

/** The keys of {@link SipAuthenticationConfig}. */
export const SIP_AUTHENTICATION_KEYS = {
  enabled: true,
  role: true,
} as const satisfies PropKeys<SipAuthenticationConfig>;

/** The keys of {@link EventForwardingConfig}. */
export const EVENT_FORWARDING_KEYS = {
  store: true,
  cdr: true,
  transcription: true,
  turn: true,
} as const satisfies PropKeys<EventForwardingConfig>;

/** The keys of {@link SmsConfig}. */
export const SMS_KEYS = {
  accountSid: true,
  authToken: true,
  apiUrl: true,
  initiateConversationFromInboundMessages: true,
  notifyOnSessionTimeout: true,
  conversationReadTimeoutSeconds: true,
  sessionTimeoutSeconds: true,
  conversationFailureReplyMessage: true,
  allowSmsOnlyConversation: true,
} as const satisfies PropKeys<SmsConfig>;

/** The keys of {@link AdvancedConfig}. */
export const ADVANCED_KEYS = {
  conversationReadTimeoutSeconds: true,
  watsonAssistantFailureReplyMessage: true,
  customSipInviteHeader: true,
  sendProvisionalRingingResponse: true,
  notifyWatsonAssistantOnNetworkEvents: true,
} as const satisfies PropKeys<AdvancedConfig>;

/** The keys of {@link AgentOutboundCallingConfig}. */
export const AGENT_OUTBOUND_CALLING_KEYS = {
  statusWebhookUrl: true,
} as const satisfies PropKeys<AgentOutboundCallingConfig>;
