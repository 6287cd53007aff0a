import { Lazy } from "cdktf";
import { TerraformDataRecord } from "../core";
import { Construct } from "constructs";
import { IServiceCredential } from "../contracts";
import { ServiceCredential } from "../credentials";
import { phoneNumberKey, validateProps } from "../core";
import { ensureGuard } from "../guard";
import {
  INSTANCE_MANIFEST_SCHEMA,
  InstanceManifest,
  ManifestCredential,
  ManifestOutboundCalling,
} from "../contracts";
import { VoiceAgentPlan } from "./voice-agent-enums";
import {
  enterHandle,
  InstanceHandle,
  InstanceReference,
  undecidedConflicts,
} from "./instance-identity";
import {
  AgentConflict,
  AgentRegistration,
  IpAllowListEntry,
  IVoiceAgentService,
  VoiceAgentCredentialOptions,
  VoiceAgentServiceIdentity,
  VoiceAgentServiceSettings,
} from "./voice-agent-service-types";
import { VOICE_AGENT_DEFAULTS, VOICE_AGENT_SERVICE_DEFAULTS } from "./voice-agent-defaults";

/**
 * What new and existing instances share: settings, credentials, the agent
 * registry (at most 150 agents, unique names, one agent per number, counted
 * per instance across every handle of the app that is decidably the same
 * instance) and the instance manifest (`terraform_data` child `Settings`).
 */
export abstract class VoiceAgentServiceBase extends Construct implements IVoiceAgentService {
  private identity!: VoiceAgentServiceIdentity;
  private settings!: VoiceAgentServiceSettings;
  private outbound!: ManifestOutboundCalling;
  private outboundCredential?: IServiceCredential;
  /** The agents added through this handle. */
  private readonly agents: AgentRegistration[] = [];
  /** This handle in the app's registry of instances: the agents of its instance, across handles. */
  private handle!: InstanceHandle;

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
   * Conflicts a new agent would have with the agents of the instance: those
   * added through this handle and through every other handle of the app that
   * is decidably the same instance. (The handshake between `VoiceAgent` and
   * its instance.)
   * @internal
   */
  public checkAgent(agent: AgentRegistration): readonly AgentConflict[] {
    return this.handle.agents.conflicts(agent, this.node.path);
  }

  /**
   * Adds an agent to the instance's registry.
   * (The handshake between `VoiceAgent` and its instance.)
   * @internal
   */
  public registerAgent(agent: AgentRegistration): void {
    this.agents.push(agent);
    this.handle.agents.add(agent, this.node.path);
  }

  /**
   * Completes construction: subclasses call it once, after validating their
   * props and creating or reading the instance.
   * @internal
   */
  protected setUp(
    identity: VoiceAgentServiceIdentity,
    settings: VoiceAgentServiceSettings,
    reference: InstanceReference,
  ): void {
    this.identity = identity;
    this.settings = settings;
    const entered = enterHandle(this, reference, phoneNumberKey);
    this.handle = entered.handle;
    if (entered.conflicts.length > 0)
      validateProps("VoiceAgentService", this, (c) => {
        for (const k of entered.conflicts) c.add(k.prop, k.problem, k.value, k.fix);
      });
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
      identityUndecided: Lazy.anyValue({
        produce: () => {
          const lines = undecidedConflicts(this.handle);
          return lines.length > 0 ? lines : undefined;
        },
      }) as unknown as string[],
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
