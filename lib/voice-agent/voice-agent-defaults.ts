import { ServiceRole } from "../contracts";
import { DataClass } from "./data-class";
import { AgentType, SpeechModelType } from "./voice-agent-enums";
import { deepFreeze } from "../core";

/**
 * Every default of a {@link VoiceAgent} and {@link VoiceAgentService}, in one
 * place for review. Where the library is stricter than the dashboard it says
 * so.
 */
export const VOICE_AGENT_DEFAULTS = deepFreeze({
  /** Agent type. */
  agentType: AgentType.VOICE,
  /** Callers' numbers are personal data, so every agent handles PII. */
  dataClasses: [DataClass.PII] as readonly DataClass[],
  /** Speech to Text model type: telephone audio. */
  speechModelType: SpeechModelType.NARROWBAND,
  /**
   * SIP digest authentication: ON (the dashboard defaults to off), unless the
   * agent's trunk declares `digestAuthentication: false` (a `TwilioSipTrunk`
   * by default).
   */
  sipAuthenticationEnabled: true,
  /**
   * Role of the dedicated SIP authentication credential: Reader, the least
   * role. The docs do not say which role digest authentication needs; raise
   * it only if the agent rejects a Reader key.
   */
  sipAuthenticationRole: ServiceRole.READER,
  /** Role of the SMS webhook credential: Writer (docs: Writer or Manager required). */
  smsWebhookRole: ServiceRole.WRITER,
  /** Role of the Outbound calls API credential: Writer. */
  outboundApiRole: ServiceRole.WRITER,
  /** Event forwarding: OFF; each event type off unless turned on. */
  eventForwarding: false,
  /** Call transfer: `Put caller on hold on transfer`. */
  putCallerOnHoldOnTransfer: true,
  /** Call transfer: `Disconnect call on transfer failure`. */
  disconnectCallOnTransferFailure: true,
  /** Advanced: `Conversation read timeout`, seconds. */
  conversationReadTimeoutSeconds: 5,
  /** Advanced: `Custom SIP INVITE header`. */
  customSipInviteHeader: "user-to-user",
  /** Advanced: `Send provisional ringing response`. */
  sendProvisionalRingingResponse: true,
  /** Advanced: `Notify Watson Assistant on network events`. */
  notifyWatsonAssistantOnNetworkEvents: true,
  /** SMS: `SMS Provider API URL`. */
  smsProviderApiUrl: "https://api.twilio.com",
  /** SMS: `Conversation read timeout`, seconds. */
  smsConversationReadTimeoutSeconds: 30,
  /** SMS: `Session timeout`, seconds. */
  smsSessionTimeoutSeconds: 3600,
  /** SMS: `Conversation failure reply message`. */
  smsConversationFailureReplyMessage: "We're sorry, but we can't respond to your message.",
  /** SMS: `Initiate conversation from inbound messages` (dashboard default: unchecked). */
  smsInitiateConversationFromInboundMessages: false,
  /** SMS: `Notify on session timeout`. */
  smsNotifyOnSessionTimeout: false,
  /** Voice + SMS: `Allow SMS only conversation`. */
  smsAllowSmsOnlyConversation: false,
} as const);

/** Defaults of a {@link VoiceAgentService}'s instance-level settings. */
export const VOICE_AGENT_SERVICE_DEFAULTS = deepFreeze({
  /** Outbound calling: disabled. */
  outboundCallingEnabled: false,
  /** Outbound calling: `Secure trunking` on whenever outbound calling is enabled. */
  outboundSecureTrunking: true,
  /** IP allow-list (peering): empty. */
  ipAllowList: [] as readonly never[],
  /** Concurrent calls every plan includes for free (the setting is left alone unless given). */
  freeConcurrentCalls: 2,
} as const);

/** Every documented limit, enforced at construction. */
export const VOICE_AGENT_LIMITS = deepFreeze({
  /** `Name`. */
  nameMaxLength: 64,
  /** `Description`. */
  descriptionMaxLength: 256,
  /** Phone numbers per agent. */
  phoneNumbersMax: 1000,
  /** Characters per phone number (`+`, digits, spaces and `( ) - .`). */
  phoneNumberMaxLength: 30,
  /** Per-number description. */
  phoneNumberDescriptionMaxLength: 64,
  /** `Workspace ID`. */
  workspaceIdMaxLength: 128,
  /** Transfer targets (`Default transfer target`, `transferTarget`). */
  transferTargetMaxLength: 256,
  /** Failure reply messages. */
  messageMaxLength: 1024,
  /** `Custom SIP INVITE header`. */
  customSipInviteHeaderMaxLength: 1024,
  /** Agents per instance. */
  agentsPerInstance: 150,
  /** Self-service `Maximum concurrent connections` range. */
  maxConcurrentCallsMin: 10,
  /** Self-service `Maximum concurrent connections` range. */
  maxConcurrentCallsMax: 50,
} as const);

/**
 * Fixed service defaults every agent runs with (default-settings.md). They are
 * not editable in the dashboard; the manifest lists them for review, e.g. TTS
 * caching keeps synthesized audio for two weeks and caller SIP URIs are sent
 * to Watson Assistant.
 */
export const FIXED_SERVICE_DEFAULTS: Readonly<Record<string, string | number | boolean>> =
  deepFreeze({
    watsonAssistantTokenAuthentication: true,
    soeTokenAuthentication: false,
    speechToTextTokenAuthentication: true,
    profanityFilter: true,
    smartFormatting: true,
    confidenceScoreThreshold: 0.2,
    bargeInPlaybackResume: true,
    echoSuppression: true,
    ttsCacheTimeToLiveHours: 336,
    sendSipCallIdToWatsonAssistant: true,
    sendSipRequestUriToWatsonAssistant: true,
    sendSipToUriToWatsonAssistant: true,
    sendSipFromUriToWatsonAssistant: true,
  });
