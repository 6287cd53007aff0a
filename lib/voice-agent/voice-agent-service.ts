import { Construct } from "constructs";
import { DataIbmResourceInstance } from "../../.gen/providers/ibm/data-ibm-resource-instance";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { isToken } from "../core";
import { VoiceAgentPlan } from "./voice-agent-enums";
import { VoiceAgentServiceBase } from "./voice-agent-service-base";
import { IVoiceAgentService, VoiceAgentServiceSettings } from "./voice-agent-service-types";
import {
  crnLocation,
  validateFromCrn,
  validateFromName,
  validateVoiceAgentServiceProps,
} from "./validate-voice-agent-service-props";

/** Settings of an existing instance referenced by CRN. */
export interface VoiceAgentServiceFromCrnOptions extends VoiceAgentServiceSettings {
  /**
   * The instance's region, needed only when the CRN is an unresolved expression.
   * @default - the location segment of the CRN
   */
  readonly region?: string;
}

/** How to find an existing instance by name (through the `ibm_resource_instance` data source). */
export interface VoiceAgentServiceFromNameOptions extends VoiceAgentServiceSettings {
  /** The instance's name. */
  readonly name: string;
  /** The ID of the instance's resource group. */
  readonly resourceGroupId: string;
  /**
   * The instance's region (`us-south` or `us-east`); narrows the lookup and is
   * the default region of its agents.
   * @default - any region; agents must then give their `region`
   */
  readonly location?: string;
  /**
   * The resource-controller service name, to narrow the lookup.
   * @default - not used in the lookup (the name is not documented)
   */
  readonly catalogServiceName?: string;
}

/** Props for creating a new instance. */
export interface VoiceAgentServiceProps extends VoiceAgentServiceSettings {
  /**
   * The resource-controller service name. Required, with no default: IBM
   * never documented it (`voiceagent` is an unverified guess from the
   * Activity Tracker prefix), and IBM has accepted no new Voice Agent with
   * Watson instances since 2021-03-01, so creating one fails at apply on
   * IBM Cloud today. Reference an existing instance with
   * {@link VoiceAgentService.fromCrn} or {@link VoiceAgentService.fromName}
   * instead.
   */
  readonly catalogServiceName: string;
  /** The plan. */
  readonly plan: VoiceAgentPlan;
  /**
   * The catalog plan name sent to the resource controller.
   * @default - the plan in lower case (`standard`); unverified
   */
  readonly catalogPlanName?: string;
  /** The instance's name. */
  readonly name: string;
  /** The region: `us-south` or `us-east`. */
  readonly location: string;
  /**
   * The resource group ID.
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;
  /**
   * Tags (visible to everyone in the account: no personal or secret data).
   * @default - none
   */
  readonly tags?: string[];
}

/**
 * A Voice Agent with Watson instance: the agents' home, its instance-level
 * settings (plan, concurrency, IP allow-list, outbound calling) and the
 * credentials agents need, each with the least role for its job.
 *
 * The normal path is to reference an existing instance with
 * {@link VoiceAgentService.fromCrn} or {@link VoiceAgentService.fromName}.
 * `new VoiceAgentService(...)` creates one and requires the catalog service
 * name explicitly (see {@link VoiceAgentServiceProps.catalogServiceName}).
 * Instance settings are not exposed by any API: they are rendered for review
 * in the `terraform_data` child `Settings`.
 */
export class VoiceAgentService extends VoiceAgentServiceBase {
  /** References an existing instance by CRN (no lookup: the CRN is used as is). */
  public static fromCrn(
    scope: Construct,
    id: string,
    crn: string,
    settings: VoiceAgentServiceFromCrnOptions = {},
  ): IVoiceAgentService {
    return new ExistingVoiceAgentService(scope, id, { kind: "crn", crn, settings });
  }

  /** References an existing instance by name and resource group (an `ibm_resource_instance` data source, child `Instance`). */
  public static fromName(
    scope: Construct,
    id: string,
    options: VoiceAgentServiceFromNameOptions,
  ): IVoiceAgentService {
    return new ExistingVoiceAgentService(scope, id, { kind: "name", options });
  }

  /** The `ibm_resource_instance`. */
  public readonly resource: ResourceInstance;

  constructor(scope: Construct, id: string, props: VoiceAgentServiceProps) {
    super(scope, id);
    validateVoiceAgentServiceProps(this, props);
    this.resource = new ResourceInstance(this, "Resource", {
      name: props.name,
      service: props.catalogServiceName,
      plan: props.catalogPlanName ?? (isToken(props.plan) ? props.plan : props.plan.toLowerCase()),
      location: props.location,
      resourceGroupId: props.resourceGroupId,
      tags: props.tags,
      provider: props.provider,
    });
    // one token string per attribute: handles compare instances by these strings
    const crn = this.resource.crn;
    const instanceId = this.resource.id;
    this.setUp(
      {
        instanceCrn: crn,
        instanceId,
        instanceAddress: `${ResourceInstance.tfResourceType}.${this.resource.friendlyUniqueId}`,
        region: props.location,
      },
      props,
      {
        kind: "new",
        crn,
        id: instanceId,
        name: props.name,
        region: props.location,
        resourceGroupId: props.resourceGroupId,
      },
    );
  }
}

type ExistingReference =
  | {
      readonly kind: "crn";
      readonly crn: string;
      readonly settings: VoiceAgentServiceFromCrnOptions;
    }
  | { readonly kind: "name"; readonly options: VoiceAgentServiceFromNameOptions };

/** An existing instance, referenced by CRN or looked up by name. */
class ExistingVoiceAgentService extends VoiceAgentServiceBase {
  constructor(scope: Construct, id: string, ref: ExistingReference) {
    super(scope, id);
    if (ref.kind === "crn") {
      validateFromCrn(this, ref.crn, ref.settings);
      const settings = ref.settings ?? {};
      this.setUp(
        {
          instanceCrn: ref.crn,
          instanceId: ref.crn,
          region: settings.region ?? crnLocation(ref.crn),
        },
        settings,
        { kind: "crn", crn: ref.crn, region: crnLocation(ref.crn) ?? settings.region },
      );
      return;
    }
    validateFromName(this, ref.options);
    const o = ref.options;
    const data = new DataIbmResourceInstance(this, "Instance", {
      name: o.name,
      resourceGroupId: o.resourceGroupId,
      location: o.location,
      service: o.catalogServiceName,
      provider: o.provider,
    });
    const crn = data.crn;
    this.setUp(
      {
        instanceCrn: crn,
        instanceId: data.id,
        instanceAddress: `data.${DataIbmResourceInstance.tfResourceType}.${data.friendlyUniqueId}`,
        region: o.location,
      },
      o,
      {
        kind: "name",
        crn,
        name: o.name,
        resourceGroupId: o.resourceGroupId,
        region: o.location,
      },
    );
  }
}
