import { TerraformProvider } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { IServiceCredential, ServiceRole } from "../contracts";
import { ManifestOutboundCalling } from "../contracts";
import { VoiceAgentPlan } from "./voice-agent-enums";

/**
 * The contract of a Voice Agent with Watson instance as agents use it, and the
 * settings and options shared by new and existing instances.
 */

/** One entry of the instance's IP allow-list (peering). */
export interface IpAllowListEntry {
  /** `IP Nickname`. */
  readonly ipNickname: string;
  /** `IP Address`: one IPv4 or IPv6 address (CIDR ranges are not documented). */
  readonly ipAddress: string;
}

/** Instance-level outbound calling. */
export interface OutboundCallingOptions {
  /**
   * `Enable outbound calling`. When on, the service creates a dedicated
   * Writer credential for the Outbound calls API.
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * `Secure trunking`: outbound legs use TLS and SRTP; the provider side must
   * match (the guard checks the agents' trunks).
   * @default true
   */
  readonly secureTrunking?: boolean;
  /**
   * `Peer IP address`: the provider's SIP termination endpoint. Required when enabled.
   * @default - none
   */
  readonly peerIpAddress?: string;
}

/** Instance-level settings, the same for a new or an existing instance. */
export interface VoiceAgentServiceSettings {
  /**
   * The plan. Checks that depend on it (peering, concurrency, SMS on Plus)
   * are skipped when it is not given.
   * @default - unknown
   */
  readonly plan?: VoiceAgentPlan;
  /**
   * `Maximum concurrent connections`: 10 to 50 self-service (Standard and
   * Premium). Billed on the daily maximum used.
   * @default - left as is (2 concurrent calls are free on every plan)
   */
  readonly maxConcurrentCalls?: number;
  /**
   * `IP whitelist` entries for PBX/SBC peering (Standard, Plus or Premium).
   * Every address a direct-peering trunk sends from must be listed.
   * @default - none
   */
  readonly ipAllowList?: IpAllowListEntry[];
  /**
   * Outbound calling.
   * @default - disabled
   */
  readonly outboundCalling?: OutboundCallingOptions;
  /**
   * The IBM provider (e.g. an aliased one) for every resource and data source
   * created for the instance, including agents' credentials.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}

/** Options of {@link IVoiceAgentService.addCredential}. */
export interface VoiceAgentCredentialOptions {
  /** The credential's name. */
  readonly name: string;
  /** Its IAM role: the least that does the job. */
  readonly role: ServiceRole;
  /**
   * Provider override.
   * @default - the service's provider
   */
  readonly provider?: TerraformProvider;
}

/** An agent as the instance registers it (names and numbers must be unique per instance). */
export interface AgentRegistration {
  /** The agent's construct path. */
  readonly constructPath: string;
  /** The agent's name (a literal, or a token that is not checked). */
  readonly name: string;
  /** The agent's phone numbers. */
  readonly phoneNumbers: readonly string[];
}

/** A conflict between a new agent and the instance's other agents. */
export interface AgentConflict {
  /** The agent prop concerned (`name`, `phoneNumbers[2]`, `service`). */
  readonly prop: string;
  /** What is wrong. */
  readonly problem: string;
  /** The value concerned. */
  readonly value: unknown;
  /** How to fix it. */
  readonly fix: string;
}

/** A Voice Agent with Watson instance, new or existing. */
export interface IVoiceAgentService extends IConstruct {
  /** The instance CRN (literal or expression). */
  readonly instanceCrn: string;
  /** What `ibm_resource_key.resource_instance_id` takes (the CRN or the instance's `id`). */
  readonly instanceId: string;
  /** The Terraform address of the instance resource or data source, when there is one. */
  readonly instanceAddress?: string;
  /** The region of the instance, when known at synth time. */
  readonly region?: string;
  /** The plan, when known. */
  readonly plan?: VoiceAgentPlan;
  /** `Maximum concurrent connections`, when managed here. */
  readonly maxConcurrentCalls?: number;
  /** The IP allow-list. */
  readonly ipAllowList: readonly IpAllowListEntry[];
  /** Outbound calling, defaults applied (no credential). */
  readonly outboundCalling: ManifestOutboundCalling;
  /** The Outbound calls API credential (Writer), when outbound calling is enabled. */
  readonly outboundApiCredential?: IServiceCredential;
  /** Names of the agents added so far. */
  readonly agentNames: readonly string[];
  /** Creates a credential (`ibm_resource_key`) of this instance under `scope`. */
  addCredential(
    scope: Construct,
    id: string,
    options: VoiceAgentCredentialOptions,
  ): IServiceCredential;
  /**
   * Conflicts a new agent would have with the agents already added (empty when none).
   * (The handshake between `VoiceAgent` and its instance.)
   * @internal
   */
  checkAgent(agent: AgentRegistration): readonly AgentConflict[];
  /**
   * Adds an agent; call after `checkAgent` returned no conflicts.
   * (The handshake between `VoiceAgent` and its instance.)
   * @internal
   */
  registerAgent(agent: AgentRegistration): void;
}

/** Where a new instance's identity comes from. */
export interface VoiceAgentServiceIdentity {
  /** The CRN (literal or expression). */
  readonly instanceCrn: string;
  /** What resource keys reference. */
  readonly instanceId: string;
  /** The Terraform address, when there is a resource or data source. */
  readonly instanceAddress?: string;
  /** The region, when known. */
  readonly region?: string;
}
