import { TerraformProvider } from "cdktf";
import { IAssistantSkill, IEventStore, IWatsonService, ServiceRole } from "../contracts";
import { IServiceOrchestrationEngine } from "../orchestration";
import { Secret } from "../secrets";
import { ISipTrunk } from "../sip-trunk";
import { DataClass } from "./data-class";
import { AgentType, SpeechModelType } from "./voice-agent-enums";
import { IVoiceAgentService } from "./voice-agent-service-types";

/** A phone number with an optional description. */
export interface PhoneNumber {
  /** The number: at most 30 characters of digits, spaces and `+ ( ) -`, with country and area code. */
  readonly number: string;
  /**
   * The number's description (at most 64 characters).
   * @default - none
   */
  readonly description?: string;
}

/** One Watson Assistant or SOE location of the conversation slot: give `service` + `workspaceId`, or `orchestrationEngine`. */
export interface AssistantLocation {
  /**
   * A Watson Assistant instance (`serviceKind` `conversation`).
   * @default - none; give this or `orchestrationEngine`
   */
  readonly service?: IWatsonService;
  /**
   * The dialog skill's workspace ID (at most 128 characters); required with `service`.
   * @default - none
   */
  readonly workspaceId?: string;
  /**
   * A service orchestration engine in front of Watson Assistant.
   * @default - none; give this or `service`
   */
  readonly orchestrationEngine?: IServiceOrchestrationEngine;
}

/** The conversation (Watson Assistant or SOE) slot. */
export interface AssistantConfig {
  /** Location 1. */
  readonly location1: AssistantLocation;
  /**
   * Location 2, the standby. For real redundancy put it in another region
   * (the guard warns when both are in one region).
   * @default - none
   */
  readonly location2?: AssistantLocation;
  /**
   * The Watson Assistant skill the agent runs (an `AssistantSkill`). The guard
   * then runs the skill rules at synth (TTS caching of sensitive replies,
   * transfers, MMS media, credentials, misspelled commands), and the skill's
   * name and content hash go into the manifest. Without it the report says
   * the skill rules were not run.
   * @default - none: the skill rules are not run
   */
  readonly skill?: IAssistantSkill;
}

/** One Speech to Text or Text to Speech location. */
export interface WatsonLocation {
  /** The service instance (of the slot's kind). */
  readonly service: IWatsonService;
}

/** The Speech to Text slot. */
export interface SpeechToTextConfig {
  /** Location 1. */
  readonly location1: WatsonLocation;
  /**
   * Location 2 (standby, preferably in another region).
   * @default - none
   */
  readonly location2?: WatsonLocation;
  /**
   * `Select model type`.
   * @default SpeechModelType.NARROWBAND - telephone audio
   */
  readonly modelType?: SpeechModelType;
  /** `Model`, the language model (`en-US_NarrowbandModel`). */
  readonly model: string;
  /**
   * `Custom language model` customization ID (from the same STT instance).
   * @default - none
   */
  readonly customLanguageModelId?: string;
  /**
   * `Custom acoustic model` customization ID (from the same STT instance).
   * @default - none
   */
  readonly customAcousticModelId?: string;
}

/** The Text to Speech slot. */
export interface TextToSpeechConfig {
  /** Location 1. */
  readonly location1: WatsonLocation;
  /**
   * Location 2 (standby, preferably in another region).
   * @default - none
   */
  readonly location2?: WatsonLocation;
  /** `Voice` (`en-US_AllisonV3Voice`). */
  readonly voice: string;
}

/** Call transfer (voice agents). */
export interface CallTransferConfig {
  /**
   * `Default transfer target`: `sip:+<number>@<termination host>` or
   * `tel:+<number>`, at most 256 characters. Never a personal number.
   * @default - none
   */
  readonly defaultTarget?: string;
  /**
   * Further targets the dialog transfers to (`vgwActTransfer`), same format.
   * Listing them lets the guard check every business number the agent can
   * hand callers to.
   * @default - none
   */
  readonly allowedTargets?: string[];
  /**
   * `Put caller on hold on transfer`.
   * @default true
   */
  readonly putCallerOnHold?: boolean;
  /**
   * `Disconnect call on transfer failure`.
   * @default true
   */
  readonly disconnectOnFailure?: boolean;
  /**
   * `Transfer failure reply message` (at most 1024 characters).
   * @default - none
   */
  readonly failureMessage?: string;
}

/** SIP digest authentication (voice agents). */
export interface SipAuthenticationConfig {
  /**
   * `Enable SIP authentication`. Without it anyone with a SIP client can call
   * the agent through the public endpoints (the guard blocks that unless
   * acknowledged).
   * @default true - stricter than the dashboard, which defaults to off
   */
  readonly enabled?: boolean;
  /**
   * The role of the dedicated credential whose API key is the digest
   * password. The docs do not say which role is needed.
   * @default ServiceRole.READER - least privilege: the key is handed to the trunk provider
   */
  readonly role?: ServiceRole;
}

/** Event forwarding to Cloudant. */
export interface EventForwardingConfig {
  /** The Cloudant store; one database per enabled event type (`store.databaseFor(name, type)`). */
  readonly store: IEventStore;
  /**
   * Forward call detail records.
   * @default false
   */
  readonly cdr?: boolean;
  /**
   * Forward transcription events (every utterance: may hold PHI/PII/PCI).
   * @default false
   */
  readonly transcription?: boolean;
  /**
   * Forward turn events (full Watson Assistant responses: may hold PHI/PII/PCI).
   * @default false
   */
  readonly turn?: boolean;
}

/** SMS settings (SMS and Voice + SMS agents). */
export interface SmsConfig {
  /** `SMS Provider user name`: the Twilio Account SID (`AC` + 32 hex digits). */
  readonly accountSid: string;
  /** `SMS Provider password`: the Twilio Auth Token, as a {@link Secret}. */
  readonly authToken: Secret;
  /**
   * `SMS Provider API URL`.
   * @default "https://api.twilio.com"
   */
  readonly apiUrl?: string;
  /**
   * `Initiate conversation from inbound messages`.
   * @default false - sessions start only through the SMS API, as in the dashboard
   */
  readonly initiateConversationFromInboundMessages?: boolean;
  /**
   * `Notify on session timeout`.
   * @default false
   */
  readonly notifyOnSessionTimeout?: boolean;
  /**
   * `Conversation read timeout`, seconds.
   * @default 30
   */
  readonly conversationReadTimeoutSeconds?: number;
  /**
   * `Session timeout`, seconds.
   * @default 3600
   */
  readonly sessionTimeoutSeconds?: number;
  /**
   * `Conversation failure reply message`.
   * @default "We're sorry, but we can't respond to your message."
   */
  readonly conversationFailureReplyMessage?: string;
  /**
   * `Allow SMS only conversation` (Voice + SMS agents).
   * @default false
   */
  readonly allowSmsOnlyConversation?: boolean;
}

/** Advanced options (voice agents). */
export interface AdvancedConfig {
  /**
   * `Conversation read timeout`, seconds.
   * @default 5
   */
  readonly conversationReadTimeoutSeconds?: number;
  /**
   * `Watson Assistant failure reply message` (at most 1024 characters).
   * @default - none
   */
  readonly watsonAssistantFailureReplyMessage?: string;
  /**
   * `Custom SIP INVITE header` passed to Watson Assistant (at most 1024 characters).
   * @default "user-to-user"
   */
  readonly customSipInviteHeader?: string;
  /**
   * `Send provisional ringing response`.
   * @default true
   */
  readonly sendProvisionalRingingResponse?: boolean;
  /**
   * `Notify Watson Assistant on network events`.
   * @default true
   */
  readonly notifyWatsonAssistantOnNetworkEvents?: boolean;
}

/** Per-agent outbound calling options. */
export interface AgentOutboundCallingConfig {
  /**
   * The `statusWebhook` URL given to the Outbound calls API (the guard blocks `http:`).
   * @default - none
   */
  readonly statusWebhookUrl?: string;
}

/** Props of a {@link VoiceAgent}. */
export interface VoiceAgentProps {
  /** The instance the agent belongs to. */
  readonly service: IVoiceAgentService;
  /** `Name`: at most 64 characters, unique in the instance. */
  readonly name: string;
  /**
   * `Agent Type`.
   * @default AgentType.VOICE
   */
  readonly agentType?: AgentType;
  /**
   * Phone numbers, the primary first: 1 to 1000 (SMS agents: exactly 1), each
   * a string or a {@link PhoneNumber}. One agent per number in the instance.
   */
  readonly phoneNumbers: (string | PhoneNumber)[];
  /**
   * `Description` (at most 256 characters).
   * @default - none
   */
  readonly description?: string;
  /**
   * The region whose endpoints the agent uses: `us-south` or `us-east`
   * (Frankfurt has no documented SIP host names and is refused).
   * @default - the service's region
   */
  readonly region?: string;
  /**
   * A second region whose SIP endpoint the trunk uses as a lower-priority
   * origination URI (not on the Lite plan).
   * @default - none
   */
  readonly secondaryRegion?: string;
  /**
   * What callers may disclose. The guard uses it (PHI and PCI make several
   * findings errors).
   * @default [DataClass.PII] - callers' numbers are personal data
   */
  readonly dataClasses?: DataClass[];
  /** Watson Assistant or a service orchestration engine. */
  readonly assistant: AssistantConfig;
  /**
   * Speech to Text (required for voice agents, not allowed for SMS agents).
   * @default - none
   */
  readonly speechToText?: SpeechToTextConfig;
  /**
   * Text to Speech (required for voice agents, not allowed for SMS agents).
   * @default - none
   */
  readonly textToSpeech?: TextToSpeechConfig;
  /**
   * The SIP trunk (required for voice agents, not allowed for SMS agents).
   * @default - none
   */
  readonly sipTrunk?: ISipTrunk;
  /**
   * SIP digest authentication (voice agents).
   * @default - enabled, with a dedicated Reader credential
   */
  readonly sipAuthentication?: SipAuthenticationConfig;
  /**
   * Call transfer (voice agents).
   * @default - no default target, caller put on hold, call disconnected on failure
   */
  readonly callTransfer?: CallTransferConfig;
  /**
   * Event forwarding to Cloudant.
   * @default - off
   */
  readonly eventForwarding?: EventForwardingConfig;
  /**
   * SMS (required for SMS and Voice + SMS agents).
   * @default - none
   */
  readonly sms?: SmsConfig;
  /**
   * Advanced options (voice agents).
   * @default - the documented defaults (see VOICE_AGENT_DEFAULTS)
   */
  readonly advanced?: AdvancedConfig;
  /**
   * Per-agent outbound calling options (the instance must enable outbound calling).
   * @default - none
   */
  readonly outboundCalling?: AgentOutboundCallingConfig;
  /**
   * Provider override for the credentials the agent creates.
   * @default - the service's provider
   */
  readonly provider?: TerraformProvider;
}
