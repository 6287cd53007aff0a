import { TerraformProvider, TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { ServiceCredential } from "../credentials";
import { ensureGuard } from "../guard";
import { CloudantEventStore } from "./cloudant-event-store";
import { NetworkRestriction, NetworkRestrictionOptions } from "./network-restriction";
import {
  CLOUDANT_EVENT_TARGET_DEFAULTS,
  CLOUDANT_SERVICE,
  EVENTS_CREDENTIAL_NAME_SUFFIX,
} from "./cloudant-event-target-defaults";
import {
  ExistingCloudantEventTarget,
  ExistingCloudantEventTargetAttributes,
} from "./existing-cloudant-event-target";
import { validateCloudantEventTargetProps } from "./validate-cloudant-event-target-props";

/** Props of a new {@link CloudantEventTarget}. */
export interface CloudantEventTargetProps {
  /** The Cloudant instance name, 1 to 128 characters. */
  readonly name: string;
  /** The IBM Cloud region of the instance (`us-south`). */
  readonly location: string;
  /**
   * The plan: `standard` or `lite` (Cloudant Gen 1 plans; a dedicated
   * hardware environment is chosen with `environmentCrn`).
   * @default "standard" - the production plan; lite has no SLA and is not
   * meant for the personal data call events carry
   */
  readonly plan?: string;
  /**
   * Provisioned throughput, in blocks (100 reads/s, 50 writes/s and 5 global
   * queries/s each); at least 1, exactly 1 on `lite`.
   * @default - 1 block (the provider's default)
   */
  readonly capacity?: number;
  /**
   * The resource group ID (32 characters).
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;
  /**
   * Which network endpoints the instance has: `public` or
   * `public-and-private`. Private-only is refused.
   * @default "public-and-private" - the hosted agent writes over the public
   * network (whether it can use a private endpoint is not documented), and
   * other readers in the account can use the private one
   */
  readonly serviceEndpoints?: string;
  /**
   * The CRN of a Cloudant Dedicated Hardware environment to host the instance
   * on (the only way to get customer-managed keys for Cloudant).
   * @default - multi-tenant hardware
   */
  readonly environmentCrn?: string;
  /**
   * Tags for the instance and the credential. Visible to everyone in the
   * account: no personal or secret data.
   * @default - no tags
   */
  readonly tags?: string[];
  /**
   * The name of the agent's Writer credential.
   * @default - `<name>-voice-agent-events`
   */
  readonly credentialName?: string;
  /**
   * Restricts the instance to the given networks with an enforced
   * context-based restriction (a CBR zone and rule). The addresses Voice
   * Agent with Watson writes from must be among them, or forwarding stops;
   * IBM does not document them (see `NETWORK_RESTRICTION_DEFAULTS`).
   * @default - no network restriction: IAM alone decides, from any network
   * (the guard warns for agents handling PHI, VAW-EVT-4)
   */
  readonly networkRestriction?: NetworkRestrictionOptions;
  /**
   * The provider (for example an aliased IBM provider) for every resource created.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}

/** The attributes of an existing event target, and an optional network restriction for it. */
export interface ExistingCloudantEventTargetProps extends ExistingCloudantEventTargetAttributes {
  /**
   * Restricts the existing instance to the given networks (a CBR zone and
   * rule created in this program; see `CloudantEventTargetProps.networkRestriction`).
   * @default - no network restriction is added
   */
  readonly networkRestriction?: NetworkRestrictionOptions;
}

/**
 * A Cloudant instance that receives an agent's call events (event forwarding),
 * set up as a production store for personal data: IAM-only credentials, CORS
 * off, data events audited, standard plan, non-partitioned databases, and a
 * dedicated credential with the Writer role (see
 * `CLOUDANT_EVENT_TARGET_DEFAULTS`). Databases are created with
 * {@link CloudantEventStore.databaseFor}.
 */
export class CloudantEventTarget extends CloudantEventStore {
  /**
   * An instance that exists already: by CRN, by name, or an `ibm_cloudant`
   * resource of this program. Adds only the databases and the agent's Writer
   * credential (and the `networkRestriction`, when given); the instance's
   * own settings are the guard's to check.
   */
  public static fromExisting(
    scope: Construct,
    id: string,
    attrs: ExistingCloudantEventTargetProps,
  ): ExistingCloudantEventTarget {
    const target = new ExistingCloudantEventTarget(scope, id, attrs);
    if (attrs.networkRestriction !== undefined) {
      const guid = target.dataSource
        ? target.dataSource.guid
        : (attrs.cloudant as TerraformResource).getStringAttribute("guid");
      new NetworkRestriction(target, "NetworkRestriction", {
        ...attrs.networkRestriction,
        serviceName: CLOUDANT_SERVICE,
        serviceInstance: guid,
        instanceCrn: target.instanceCrn,
        name: attrs.name ?? id,
        provider: attrs.provider,
      });
    }
    return target;
  }

  /** The Terraform address of the `ibm_cloudant`. */
  public readonly instanceAddress: string;
  /** The instance CRN (an expression). */
  public readonly instanceCrn: string;
  /**
   * The Cloudant URL: `https://` + the instance's `extensions["endpoints.public"]`
   * host, the attribute the provider itself uses to reach the instance.
   */
  public readonly url: string;
  /** The agent's credential: an IAM API key with the Writer role. */
  public readonly credential: ServiceCredential;
  /** The `ibm_cloudant` resource. */
  public readonly resource: Cloudant;
  /** The context-based restriction on the instance, when `networkRestriction` is given. */
  public readonly networkRestriction?: NetworkRestriction;
  /** The provider for the databases. */
  protected readonly databaseProvider?: TerraformProvider;

  /** Creates the instance and the agent's credential; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, props: CloudantEventTargetProps) {
    super(scope, id);
    ensureGuard(this);
    validateCloudantEventTargetProps(this, props);
    const d = CLOUDANT_EVENT_TARGET_DEFAULTS;
    this.databaseProvider = props.provider;
    this.resource = new Cloudant(this, "Resource", {
      name: props.name,
      location: props.location,
      plan: props.plan ?? d.plan,
      capacity: props.capacity,
      resourceGroupId: props.resourceGroupId,
      serviceEndpoints: props.serviceEndpoints ?? d.serviceEndpoints,
      environmentCrn: props.environmentCrn,
      legacyCredentials: d.legacyCredentials,
      enableCors: d.enableCors,
      includeDataEvents: d.includeDataEvents,
      tags: props.tags,
      provider: props.provider,
    });
    this.instanceAddress = `${Cloudant.tfResourceType}.${this.resource.friendlyUniqueId}`;
    this.instanceCrn = this.resource.crn;
    this.url = `https://${this.resource.extensions.lookup("endpoints.public")}`;
    this.credential = new ServiceCredential(this, "Credential", {
      name: props.credentialName ?? `${props.name}${EVENTS_CREDENTIAL_NAME_SUFFIX}`,
      resourceInstanceId: this.resource.id,
      role: d.credentialRole,
      tags: props.tags,
      provider: props.provider,
    });
    if (props.networkRestriction !== undefined)
      this.networkRestriction = new NetworkRestriction(this, "NetworkRestriction", {
        ...props.networkRestriction,
        serviceName: CLOUDANT_SERVICE,
        serviceInstance: this.resource.guid,
        instanceCrn: this.resource.crn,
        name: props.name,
        provider: props.provider,
      });
  }
}
