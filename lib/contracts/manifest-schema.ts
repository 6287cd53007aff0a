/**
 * The agent manifest: one Voice Agent with Watson agent's whole configuration,
 * in the dashboard's own field names (camelCased labels of the Manage → Agents
 * form), versioned by `manifestSchema`. IBM offers no API to apply it: an
 * operator reviews it and enters it in the dashboard.
 *
 * The manifest is rendered into the stack as the `input` of a `terraform_data`
 * resource (so `terraform plan` shows every change) and written next to
 * `cdk.tf.json`. Values that Terraform knows only at apply time (instance
 * CRNs, URLs of new services) appear as `${...}` expressions. Secrets appear
 * only as {@link ManifestSecretRef}: where the value lives, never the value.
 *
 * The guard's agent-level rules read this shape from the rendered JSON, so it
 * is the contract between the constructs and the rules.
 */

import type { ManifestSkill } from "./skill-model";

/** The schema identifier of this manifest version. */
export const MANIFEST_SCHEMA = "cdktf-ibm-voice-agent/agent-manifest/v1";

/** The `terraform_data` resources that carry manifests are recognised by this key in `input`. */
export const MANIFEST_SCHEMA_KEY = "manifestSchema";

/** A secret as the manifest shows it. */
export interface ManifestSecretRef {
  /** `terraform-variable` | `secrets-manager` | `resource-key`. */
  readonly source: string;
  /** The Terraform address holding the value (`var.x`, `ibm_resource_key.y`). */
  readonly address: string;
  /** The field at that address, when not the whole value. */
  readonly field?: string;
}

/** A service credential (an `ibm_resource_key`) as the manifest shows it. */
export interface ManifestCredential {
  /** The credential's name (`Service credentials` → Name). */
  readonly name: string;
  /** Its IAM service role: `Manager`, `Writer` or `Reader` (or an expression). */
  readonly role: string;
  /** The Terraform address of the `ibm_resource_key` (`ibm_resource_key.sip_auth`), or of an existing key's data source. */
  readonly resourceKey: string;
  /** What the credential is used for: `sip-authentication`, `sms-webhook`, `outbound-api`, `watson-assistant`, `speech-to-text`, `text-to-speech`, `event-forwarding`. */
  readonly purpose: string;
}

/** Data classes callers may disclose to the agent. */
export type ManifestDataClass = "PII" | "PHI" | "PCI";

/** One Watson (or SOE) location slot. */
export interface ManifestServiceLocation {
  /** `My service instance` (`My speech to text instance` in the Speech to Text slot), `Other service instance`, or `Service orchestration engine`. */
  readonly serviceType: string;
  /** IBM Cloud region of the service (`us-south`). */
  readonly region: string;
  /** The service URL (`https://…`). */
  readonly url: string;
  /** The instance CRN, for instances in the same account. */
  readonly serviceInstanceCrn?: string;
  /** The credential the agent uses (API key), when the service is an IBM Cloud instance. */
  readonly credential?: ManifestCredential;
  /** User name, for an SOE (basic auth) or other-account instance. */
  readonly userName?: string;
  /** Password or API key, as a reference. */
  readonly password?: ManifestSecretRef;
  /** Language of the service, BCP 47-ish (`en-US`), when known. */
  readonly language?: string;
  /** The instance's plan (`lite`, `plus`, `standard`, `premium`, `enterprise`), when known; the guard reads it for data-use checks. */
  readonly plan?: string;
}

/** The Conversation (Watson Assistant or SOE) section. */
export interface ManifestConversation {
  /** Location 1 (required). */
  readonly location1: ManifestServiceLocation & { readonly workspaceId?: string };
  /** Location 2 (standby), when enabled. */
  readonly location2?: ManifestServiceLocation & { readonly workspaceId?: string };
  /** The Watson Assistant skill the agent runs, when given: its name and content hash (the guard's skill rules read it). */
  readonly skill?: ManifestSkill;
}

/** The Speech to Text section. */
export interface ManifestSpeechToText {
  /** Location 1 (required). */
  readonly location1: ManifestServiceLocation;
  /** Location 2, when enabled. */
  readonly location2?: ManifestServiceLocation;
  /** `Narrowband`, `Broadband` or `Both narrowband and broadband`. */
  readonly modelType: string;
  /** The language model (`en-US_NarrowbandModel`). */
  readonly model: string;
  /** Custom language model customization ID, if any. */
  readonly customLanguageModel?: string;
  /** Custom acoustic model customization ID, if any. */
  readonly customAcousticModel?: string;
}

/** The Text to Speech section. */
export interface ManifestTextToSpeech {
  /** Location 1 (required). */
  readonly location1: ManifestServiceLocation;
  /** Location 2, when enabled. */
  readonly location2?: ManifestServiceLocation;
  /** The voice (`en-US_AllisonV3Voice`). */
  readonly voice: string;
}

/** The SIP trunk as the agent sees it. */
export interface ManifestSipTrunk {
  /** `twilio`, `other-sip-provider` or `direct-peering`. */
  readonly providerKind: string;
  /** Origination URIs the provider sends calls to, in priority order. */
  readonly originationUris: readonly string[];
  /** `tls`, `tcp` or `udp`. */
  readonly signalingTransport: string;
  /** `srtp` or `rtp`. */
  readonly media: string;
  /** Whether the provider is set up to answer the agent's SIP digest challenges (absent = not stated). */
  readonly digestAuthentication?: boolean;
  /** The provider's termination URI (host) used for transfers and outbound calls. */
  readonly terminationUri?: string;
  /** Source addresses allowed to reach the agent (instance IP allow-list entries used by this trunk). */
  readonly allowedSourceAddresses: readonly string[];
  /** Whether the provider side authenticates termination with digest credentials. */
  readonly terminationCredentialList: boolean;
  /** Whether the provider side restricts termination by IP access-control list. */
  readonly terminationIpAccessControlList: boolean;
  /** The Terraform address of a provisioned trunk (e.g. `twilio_trunking_trunks_v1.x`), when the library provisions it. */
  readonly provisionedTrunk?: string;
}

/** One event type's forwarding. */
export interface ManifestEventType {
  /** Whether this event type is forwarded. */
  readonly enabled: boolean;
  /** The database name in the Cloudant instance. */
  readonly database?: string;
}

/** The event forwarding section. */
export interface ManifestEventForwarding {
  /** `Enable event forwarding` (default off). */
  readonly enabled: boolean;
  /** `My Cloudant service instance` (account and user name) or `Other Cloudant service instance` (user name and password, or API key). */
  readonly cloudantSource?: string;
  /** The Cloudant instance: Terraform address of the `ibm_cloudant` / `ibm_resource_instance` (resource or data source). */
  readonly cloudantInstance?: string;
  /** The Cloudant URL. */
  readonly cloudantUrl?: string;
  /** `apikey` (IAM) or `legacy` (user name + password). */
  readonly authentication?: string;
  /** The credential used to write events. */
  readonly credential?: ManifestCredential;
  /** CDR events. */
  readonly cdrEvents: ManifestEventType;
  /** Transcription events. */
  readonly transcriptionEvents: ManifestEventType;
  /** Turn events. */
  readonly turnEvents: ManifestEventType;
}

/** Call transfer settings. */
export interface ManifestCallTransfer {
  /** `Default transfer target` (SIP or tel URI). */
  readonly defaultTransferTarget?: string;
  /** Extra targets the dialog may transfer to (business numbers the guard checks). */
  readonly allowedTransferTargets: readonly string[];
  /**
   * Not a dashboard field: the numbers the agent's owner declares to be
   * business lines, for transfer targets whose number type cannot be told
   * (VAW-XFER-4 reads it). Present only when declared.
   */
  readonly businessNumbers?: readonly string[];
  /** `Put caller on hold on transfer` (default on). */
  readonly putCallerOnHoldOnTransfer: boolean;
  /** `Disconnect call on transfer failure` (default on). */
  readonly disconnectCallOnTransferFailure: boolean;
  /** `Transfer failure reply message`. */
  readonly transferFailureReplyMessage?: string;
}

/** SMS settings (SMS and Voice + SMS agents). */
export interface ManifestSms {
  /** `SMS Provider user name` (Twilio Account SID). */
  readonly smsProviderUserName: string;
  /** `SMS Provider password` (Twilio Auth Token), as a reference. */
  readonly smsProviderPassword: ManifestSecretRef;
  /** `SMS Provider API URL`. */
  readonly smsProviderApiUrl: string;
  /** `Initiate conversation from inbound messages`. */
  readonly initiateConversationFromInboundMessages: boolean;
  /** `Notify on session timeout`. */
  readonly notifyOnSessionTimeout: boolean;
  /** `Conversation read timeout`, seconds. */
  readonly conversationReadTimeoutSeconds: number;
  /** `Session timeout`, seconds. */
  readonly sessionTimeoutSeconds: number;
  /** `Conversation failure reply message`. */
  readonly conversationFailureReplyMessage: string;
  /** `Allow SMS only conversation` (Voice + SMS). */
  readonly allowSmsOnlyConversation: boolean;
  /** The credential whose API key goes into the provider's webhook URL. */
  readonly webhookCredential?: ManifestCredential;
  /** The webhook URL to set at the provider, with the key shown as `<API_KEY>`. */
  readonly webhookUrl: string;
}

/** Advanced options (voice agents). */
export interface ManifestAdvanced {
  /** `Conversation read timeout`, seconds (default 5). */
  readonly conversationReadTimeoutSeconds: number;
  /** `Watson Assistant failure reply message`. */
  readonly watsonAssistantFailureReplyMessage?: string;
  /** `Custom SIP INVITE header` (default `user-to-user`). */
  readonly customSipInviteHeader: string;
  /** `Send provisional ringing response` (default on). */
  readonly sendProvisionalRingingResponse: boolean;
  /** `Notify Watson Assistant on network events` (default on). */
  readonly notifyWatsonAssistantOnNetworkEvents: boolean;
}

/** Outbound calling, as the instance is configured for this agent. */
export interface ManifestOutboundCalling {
  /** `Enable outbound calling`. */
  readonly enabled: boolean;
  /** `Secure trunking`. */
  readonly secureTrunking: boolean;
  /** `Peer IP address`. */
  readonly peerIpAddress?: string;
  /** The credential used to call the Outbound API. */
  readonly apiCredential?: ManifestCredential;
  /** Status webhook URL, if any. */
  readonly statusWebhookUrl?: string;
}

/** A whole agent. */
export interface AgentManifest {
  /** Always {@link MANIFEST_SCHEMA}. */
  readonly manifestSchema: string;
  /** The construct path of the `VoiceAgent`. */
  readonly constructPath: string;
  /** The Voice Agent with Watson instance: CRN or expression. */
  readonly serviceInstanceCrn: string;
  /** The instance plan (`Lite`, `Standard`, `Premium`, `Plus`). */
  readonly plan?: string;
  /** The region whose endpoints the agent uses (`us-south`). */
  readonly region: string;
  /** `Voice`, `SMS` or `Voice + SMS`. */
  readonly agentType: string;
  /** `Name`. */
  readonly name: string;
  /** `Description`. */
  readonly description?: string;
  /** Phone numbers, the primary first. */
  readonly phoneNumbers: readonly { readonly number: string; readonly description?: string }[];
  /** What callers may disclose. */
  readonly dataClasses: readonly ManifestDataClass[];
  /** `Enable SIP authentication` and the credential used. */
  readonly sipAuthentication: {
    readonly enabled: boolean;
    readonly credential?: ManifestCredential;
  };
  /** Instance IP allow-list (peering) entries relevant to this agent. */
  readonly ipAllowList: readonly { readonly ipNickname: string; readonly ipAddress: string }[];
  /** The SIP trunk (voice agents). */
  readonly sipTrunk?: ManifestSipTrunk;
  /** Watson Assistant or SOE. */
  readonly conversation: ManifestConversation;
  /** Speech to Text (voice agents). */
  readonly speechToText?: ManifestSpeechToText;
  /** Text to Speech (voice agents). */
  readonly textToSpeech?: ManifestTextToSpeech;
  /** Call transfer (voice agents). */
  readonly callTransfer?: ManifestCallTransfer;
  /** Event forwarding. */
  readonly eventForwarding: ManifestEventForwarding;
  /** SMS (SMS and Voice + SMS agents). */
  readonly sms?: ManifestSms;
  /** Advanced options (voice agents). */
  readonly advanced?: ManifestAdvanced;
  /** Outbound calling. */
  readonly outboundCalling: ManifestOutboundCalling;
  /** Fixed service defaults the agent runs with (TTS cache TTL, SIP URIs sent to WA …), for review. */
  readonly serviceDefaults: Readonly<Record<string, string | number | boolean>>;
  /** Guard acknowledgements that apply to this agent (rule id, reason, expiry) — filled by the guard, not the construct. */
  readonly notes?: readonly string[];
}

/** The schema identifier of the instance manifest (instance-level settings of a Voice Agent with Watson instance). */
export const INSTANCE_MANIFEST_SCHEMA = "cdktf-ibm-voice-agent/instance-manifest/v1";

/** The `terraform_data` resources that carry instance manifests are recognised by this key in `input`. */
export const INSTANCE_MANIFEST_SCHEMA_KEY = "instanceManifestSchema";

/**
 * A Voice Agent with Watson instance's settings (Manage → Instance(s) tab),
 * rendered by `VoiceAgentService` as the `input` of its `terraform_data`
 * child `Settings`. Like agent manifests, applied by an operator in the
 * dashboard; secrets only as references.
 */
export interface InstanceManifest {
  /** Always `INSTANCE_MANIFEST_SCHEMA`. */
  readonly instanceManifestSchema: string;
  /** The construct path of the `VoiceAgentService`. */
  readonly constructPath: string;
  /** The instance CRN: literal or expression. */
  readonly serviceInstanceCrn: string;
  /** The plan (`Lite`, `Standard`, `Premium`, `Plus`), when known. */
  readonly plan?: string;
  /** The instance's region, when known at synth time. */
  readonly region?: string;
  /** `Maximum concurrent connections`, when managed by the program (absent = left as is). */
  readonly maxConcurrentCalls?: number;
  /** `IP whitelist` entries. */
  readonly ipAllowList: readonly { readonly ipNickname: string; readonly ipAddress: string }[];
  /** Outbound calling (no status webhook: that is per agent). */
  readonly outboundCalling: ManifestOutboundCalling;
  /** Names of the agents of the instance defined in the program. */
  readonly agents: readonly string[];
  /**
   * Other handles of the app (`fromCrn`, `fromName`, new instances, in any
   * stack) that may be this same instance without the program being able to
   * tell, and what would conflict if they are (shared phone numbers or agent
   * names, more than 150 agents); absent when nothing would. VAW-INST-1
   * reports each as cannot-verify.
   */
  readonly identityUndecided?: readonly string[];
}
