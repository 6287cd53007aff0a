import { TerraformProvider, TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { DataIbmResourceInstance } from "../../.gen/providers/ibm/data-ibm-resource-instance";
import { instanceGuidOfCrn } from "../core";
import { ServiceCredential } from "../credentials";
import { ensureGuard } from "../guard";
import { CloudantEventStore } from "./cloudant-event-store";
import {
  CLOUDANT_EVENT_TARGET_DEFAULTS,
  CLOUDANT_SERVICE,
  EVENTS_CREDENTIAL_NAME_SUFFIX,
} from "./cloudant-event-target-defaults";
import { validateExistingCloudantAttributes } from "./validate-cloudant-event-target-props";

/**
 * An existing Cloudant instance, identified exactly one way: `instanceCrn`,
 * `name` (with `resourceGroupId` outside the default group), or `cloudant`
 * (an `ibm_cloudant` resource of this program).
 */
export interface ExistingCloudantEventTargetAttributes {
  /**
   * The instance CRN (literal or expression).
   * @default - identified by name or cloudant
   */
  readonly instanceCrn?: string;
  /**
   * The instance name.
   * @default - identified by instanceCrn or cloudant
   */
  readonly name?: string;
  /**
   * The resource group ID, to find the instance by name outside the default group.
   * @default - the default resource group
   */
  readonly resourceGroupId?: string;
  /**
   * The instance's region: a filter for `name`, or checked against `instanceCrn`.
   * @default - any region
   */
  readonly location?: string;
  /**
   * An `ibm_cloudant` resource defined in this program.
   * @default - identified by instanceCrn or name
   */
  readonly cloudant?: TerraformResource;
  /**
   * The Cloudant URL the agent writes to (https).
   * @default - `https://` + the instance's `extensions["endpoints.public"]`
   */
  readonly url?: string;
  /**
   * The name of the agent's Writer credential.
   * @default - `<name>-voice-agent-events`, or `<construct id>-voice-agent-events`
   */
  readonly credentialName?: string;
  /**
   * The provider (for example an aliased IBM provider) for everything created.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A Cloudant instance that exists already (in the account or in this
 * program), with the agent's Writer credential and the event databases.
 * Create one with `CloudantEventTarget.fromExisting`.
 */
export class ExistingCloudantEventTarget extends CloudantEventStore {
  /** The Terraform address of the instance: the `ibm_cloudant` given, or the data source. */
  public readonly instanceAddress: string;
  /** The instance CRN (literal or expression). */
  public readonly instanceCrn: string;
  /** The Cloudant URL: given, or `https://` + `extensions["endpoints.public"]`. */
  public readonly url: string;
  /** The agent's credential: an IAM API key with the Writer role. */
  public readonly credential: ServiceCredential;
  /** The `ibm_resource_instance` data source, unless a resource was given. */
  public readonly dataSource?: DataIbmResourceInstance;
  /** The provider for the databases. */
  protected readonly databaseProvider?: TerraformProvider;

  /** Reads the instance and creates the agent's credential; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, attrs: ExistingCloudantEventTargetAttributes) {
    super(scope, id);
    ensureGuard(this);
    validateExistingCloudantAttributes(this, attrs);
    this.databaseProvider = attrs.provider;

    let resourceInstanceId: string;
    let publicHost: string;
    if (attrs.cloudant !== undefined) {
      const r = attrs.cloudant;
      this.instanceAddress = `${r.terraformResourceType}.${r.friendlyUniqueId}`;
      this.instanceCrn = r.getStringAttribute("crn");
      resourceInstanceId = r.getStringAttribute("id");
      publicHost = r.getStringAttribute('extensions["endpoints.public"]');
    } else {
      // The data source takes either the GUID alone or name + filters (the
      // provider makes `identifier` conflict with every filter).
      const data = new DataIbmResourceInstance(
        this,
        "Instance",
        attrs.instanceCrn !== undefined
          ? { identifier: instanceGuidOfCrn(attrs.instanceCrn), provider: attrs.provider }
          : {
              name: attrs.name,
              resourceGroupId: attrs.resourceGroupId,
              location: attrs.location,
              service: CLOUDANT_SERVICE,
              provider: attrs.provider,
            },
      );
      this.dataSource = data;
      this.instanceAddress = `data.${DataIbmResourceInstance.tfResourceType}.${data.friendlyUniqueId}`;
      this.instanceCrn = attrs.instanceCrn ?? data.crn;
      resourceInstanceId = attrs.instanceCrn ?? data.id;
      publicHost = data.extensions.lookup("endpoints.public");
    }
    this.url = attrs.url ?? `https://${publicHost}`;
    this.credential = new ServiceCredential(this, "Credential", {
      name: attrs.credentialName ?? `${attrs.name ?? id}${EVENTS_CREDENTIAL_NAME_SUFFIX}`,
      resourceInstanceId,
      role: CLOUDANT_EVENT_TARGET_DEFAULTS.credentialRole,
      provider: attrs.provider,
    });
  }
}
