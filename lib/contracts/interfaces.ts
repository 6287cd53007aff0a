import { Secret } from "../secrets";

/**
 * The contracts between components: what a `VoiceAgent` needs from the Watson
 * services, the event store and the credentials the library creates.
 */

/** IAM service roles a credential (`ibm_resource_key`) can carry. */
export enum ServiceRole {
  /** Read-only. */
  READER = "Reader",
  /** Read and write data; no management. */
  WRITER = "Writer",
  /** Full control, including managing credentials. */
  MANAGER = "Manager",
}

/** A service credential (an `ibm_resource_key`) as other components use it. */
export interface IServiceCredential {
  /** The credential's name. */
  readonly credentialName: string;
  /** Its IAM role (a {@link ServiceRole} value). */
  readonly role: string;
  /** The Terraform address of the `ibm_resource_key` (`ibm_resource_key.agent_sip_auth_1A2B`). */
  readonly resourceKeyAddress: string;
  /** The API key, as a secret. */
  readonly apiKey: Secret;
}

/** The kind of Watson service, by its resource-controller name. */
export type WatsonServiceKind = "conversation" | "speech-to-text" | "text-to-speech";

/** A Watson service instance an agent connects to (new or existing). */
export interface IWatsonService {
  /** `conversation`, `speech-to-text` or `text-to-speech`. */
  readonly serviceKind: WatsonServiceKind;
  /** The IBM Cloud region of the instance (`us-south`). */
  readonly location: string;
  /** The service URL the agent calls. */
  readonly url: string;
  /** The instance CRN (literal or expression). */
  readonly instanceCrn: string;
  /** The Terraform address of the instance (resource or data source). */
  readonly instanceAddress: string;
  /** The language the service is set up for (`en-US`), when known. */
  readonly language?: string;
  /** The plan, when known (`standard`, `plus`, `premium`, `lite`). */
  readonly plan?: string;
  /** The credential the agent uses, with the least role that does the job. */
  readonly credential: IServiceCredential;
}

/** Event types an agent can forward. */
export enum EventType {
  /** Call detail records. */
  CDR = "cdr",
  /** Transcription events: every recognised utterance. */
  TRANSCRIPTION = "transcription",
  /** Turn events: the full Watson Assistant response of each turn. */
  TURN = "turn",
}

/** A Cloudant instance that receives call events. */
export interface IEventStore {
  /** The Terraform address of the Cloudant instance (resource or data source). */
  readonly instanceAddress: string;
  /** The instance CRN. */
  readonly instanceCrn: string;
  /** The Cloudant URL the agent writes to. */
  readonly url: string;
  /** The credential the agent writes with (Writer role, IAM API key). */
  readonly credential: IServiceCredential;
  /**
   * The database for one agent's events of one type; created (non-partitioned)
   * on first request, the same name returned after.
   */
  databaseFor(agentName: string, eventType: EventType): string;
}
