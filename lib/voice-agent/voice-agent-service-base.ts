import { Lazy } from "cdktf";
import { TerraformDataRecord } from "../core";
import { Construct } from "constructs";
import { IServiceCredential } from "../contracts";
import { ServiceCredential } from "../credentials";
import { isToken } from "../core";
import { ensureGuard } from "../guard";
import {
  INSTANCE_MANIFEST_SCHEMA,
  InstanceManifest,
  ManifestCredential,
  ManifestOutboundCalling,
} from "../contracts";
import { VoiceAgentPlan } from "./voice-agent-enums";
import {
  AgentConflict,
  AgentRegistration,
  IpAllowListEntry,
  IVoiceAgentService,
  VoiceAgentCredentialOptions,
  VoiceAgentServiceIdentity,
  VoiceAgentServiceSettings,
} from "./voice-agent-service-types";
import {
  VOICE_AGENT_DEFAULTS,
  VOICE_AGENT_LIMITS,
  VOICE_AGENT_SERVICE_DEFAULTS,
} from "./voice-agent-defaults";

/** The digits of a phone number: two spellings of one number are one number. */
export function phoneNumberKey(n: string): string {
  return n.replace(/[^0-9]/g, "");
}

/**
 * What new and existing instances share: settings, credentials, the agent
 * registry (at most 150 agents, unique names, one agent per number) and the
 * instance manifest (`terraform_data` child `Settings`).
 */
export abstract class VoiceAgentServiceBase extends Construct implements IVoiceAgentService {
  private identity!: VoiceAgentServiceIdentity;
  private settings!: VoiceAgentServiceSettings;
  private outbound!: ManifestOutboundCalling;
  private outboundCredential?: IServiceCredential;
  private readonly agents: AgentRegistration[] = [];
  /** The first agent registered under each literal name. */
  private readonly agentsByName = new Map<string, AgentRegistration>();
  /** The first agent registered with each literal phone number (by `phoneNumberKey`). */
  private readonly agentsByNumber = new Map<string, AgentRegistration>();

  protected constructor(scope: Construct, id: string) {
    super(scope, id);
    ensureGuard(this);
  }

  /** The instance CRN. */
  public get instanceCrn(): string {
    return this.identity.instanceCrn;
  }
  /** What resource keys reference. */
  public get instanceId(): string {
    return this.identity.instanceId;
  }
  /** The Terraform address of the instance, if any. */
  public get instanceAddress(): string | undefined {
    return this.identity.instanceAddress;
  }
  /** The region, when known at synth time. */
  public get region(): string | undefined {
    return this.identity.region;
  }
  /** The plan, when known. */
  public get plan(): VoiceAgentPlan | undefined {
    return this.settings.plan;
  }
  /** `Maximum concurrent connections`, when managed here. */
  public get maxConcurrentCalls(): number | undefined {
    return this.settings.maxConcurrentCalls;
  }
  /** The IP allow-list. */
  public get ipAllowList(): readonly IpAllowListEntry[] {
    return this.settings.ipAllowList ?? VOICE_AGENT_SERVICE_DEFAULTS.ipAllowList;
  }
  /** Outbound calling, defaults applied. */
  public get outboundCalling(): ManifestOutboundCalling {
    return this.outbound;
  }
  /** The Outbound calls API credential, when outbound calling is enabled. */
  public get outboundApiCredential(): IServiceCredential | undefined {
    return this.outboundCredential;
  }
  /** Names of the agents added so far. */
  public get agentNames(): readonly string[] {
    return this.agents.map((a) => a.name);
  }

  /** Creates a credential of this instance under `scope`. */
  public addCredential(
    scope: Construct,
    id: string,
    options: VoiceAgentCredentialOptions,
  ): IServiceCredential {
    return new ServiceCredential(scope, id, {
      name: options.name,
      resourceInstanceId: this.instanceId,
      role: options.role,
      provider: options.provider ?? this.settings.provider,
    });
  }

  /**
   * Conflicts a new agent would have with the agents already added.
   * (The handshake between `VoiceAgent` and its instance.)
   * @internal
   */
  public checkAgent(agent: AgentRegistration): readonly AgentConflict[] {
    const conflicts: AgentConflict[] = [];
    const max = VOICE_AGENT_LIMITS.agentsPerInstance;
    if (this.agents.length >= max) {
      conflicts.push({
        prop: "service",
        problem: `already has ${max} agents, the most an instance can hold`,
        value: this.node.path,
        fix: "use another voice agent instance for further agents",
      });
    }
    if (!isToken(agent.name)) {
      const other = this.agentsByName.get(agent.name);
      if (other) {
        conflicts.push({
          prop: "name",
          problem: `is already used by the agent at ${other.constructPath}`,
          value: agent.name,
          fix: "give each agent of an instance a unique name",
        });
      }
    }
    agent.phoneNumbers.forEach((n, i) => {
      if (isToken(n)) return;
      const other = this.agentsByNumber.get(phoneNumberKey(n));
      if (other) {
        conflicts.push({
          prop: `phoneNumbers[${i}]`,
          problem: `is already assigned to the agent at ${other.constructPath}`,
          value: n,
          fix: "a phone number can belong to one agent of an instance only",
        });
      }
    });
    return conflicts;
  }

  /**
   * Adds an agent to the registry.
   * (The handshake between `VoiceAgent` and its instance.)
   * @internal
   */
  public registerAgent(agent: AgentRegistration): void {
    this.agents.push(agent);
    if (!isToken(agent.name) && !this.agentsByName.has(agent.name))
      this.agentsByName.set(agent.name, agent);
    for (const n of agent.phoneNumbers) {
      if (isToken(n)) continue;
      const key = phoneNumberKey(n);
      if (!this.agentsByNumber.has(key)) this.agentsByNumber.set(key, agent);
    }
  }

  /**
   * Completes construction: subclasses call it once, after validating their
   * props and creating or reading the instance.
   * @internal
   */
  protected setUp(identity: VoiceAgentServiceIdentity, settings: VoiceAgentServiceSettings): void {
    this.identity = identity;
    this.settings = settings;
    const o = settings.outboundCalling ?? {};
    const enabled = o.enabled ?? VOICE_AGENT_SERVICE_DEFAULTS.outboundCallingEnabled;
    if (enabled) {
      this.outboundCredential = this.addCredential(this, "OutboundApiCredential", {
        name: "voice-agent-outbound-api",
        role: VOICE_AGENT_DEFAULTS.outboundApiRole,
      });
    }
    this.outbound = {
      enabled,
      secureTrunking: o.secureTrunking ?? VOICE_AGENT_SERVICE_DEFAULTS.outboundSecureTrunking,
      ...(o.peerIpAddress !== undefined ? { peerIpAddress: o.peerIpAddress } : {}),
    };
    const manifest: InstanceManifest = {
      instanceManifestSchema: INSTANCE_MANIFEST_SCHEMA,
      constructPath: this.node.path,
      serviceInstanceCrn: this.instanceCrn,
      ...(this.plan !== undefined ? { plan: this.plan } : {}),
      ...(this.region !== undefined ? { region: this.region } : {}),
      ...(this.maxConcurrentCalls !== undefined
        ? { maxConcurrentCalls: this.maxConcurrentCalls }
        : {}),
      ipAllowList: this.ipAllowList.map((e) => ({
        ipNickname: e.ipNickname,
        ipAddress: e.ipAddress,
      })),
      outboundCalling: {
        ...this.outbound,
        ...(this.outboundCredential
          ? { apiCredential: manifestCredential(this.outboundCredential, "outbound-api") }
          : {}),
      },
      agents: Lazy.listValue({ produce: () => [...this.agentNames] }),
    };
    new TerraformDataRecord(this, "Settings", {
      input: manifest as unknown as Record<string, unknown>,
    });
  }
}

/** A credential as the manifest shows it. */
export function manifestCredential(c: IServiceCredential, purpose: string): ManifestCredential {
  return { name: c.credentialName, role: c.role, resourceKey: c.resourceKeyAddress, purpose };
}
