import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { ensureGuard } from "../guard";
import { Secret } from "../secrets";
import { IServiceCredential, ServiceRole } from "../contracts";
import { checkResourceName, checkTags } from "../core";
import { PropKeys, validateProps } from "../core";

/** Props of a {@link ServiceCredential}. */
export interface ServiceCredentialProps {
  /** The credential's name, 1 to 128 characters. Not a secret: it appears in the console and in manifests. */
  readonly name: string;
  /**
   * The resource instance the credential is for: its ID or CRN (literal or
   * expression, e.g. `ibm_resource_instance.x.id`).
   */
  readonly resourceInstanceId: string;
  /**
   * The IAM service role of the credential. Required, with no default: the
   * resource controller would otherwise give the key `Writer`, and only the
   * caller knows the least role that does the job.
   */
  readonly role: ServiceRole;
  /**
   * Tags for the credential. Tags are visible to everyone in the account: do
   * not put personal or secret data in them.
   * @default - no tags
   */
  readonly tags?: string[];
  /**
   * The provider (for example an aliased IBM provider) for the `ibm_resource_key`.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}

/** The keys of {@link ServiceCredentialProps}: the names the validator knows. */
const SERVICE_CREDENTIAL_PROP_KEYS = {
  name: true,
  resourceInstanceId: true,
  role: true,
  tags: true,
  provider: true,
} as const satisfies PropKeys<ServiceCredentialProps>;

/**
 * One service credential (`ibm_resource_key`) with an explicit IAM role. Its
 * API key is only ever handled as a {@link Secret} (a reference into the
 * key's sensitive `credentials`), so no credential value is written to
 * `cdk.tf.json`.
 */
export class ServiceCredential extends Construct implements IServiceCredential {
  /** The credential's name. */
  public readonly credentialName: string;
  /** Its IAM service role. */
  public readonly role: ServiceRole;
  /** The Terraform address of the `ibm_resource_key` (`ibm_resource_key.<id>`). */
  public readonly resourceKeyAddress: string;
  private apiKeySecret?: Secret;
  /** The `ibm_resource_key` resource. */
  public readonly resource: ResourceKey;

  /** Creates the credential; fails with one error listing every problem in `props`. */
  constructor(scope: Construct, id: string, props: ServiceCredentialProps) {
    super(scope, id);
    ensureGuard(this);
    validateProps("ServiceCredential", this, (c) => {
      if (!c.required("props", props, "pass the credential's props")) return;
      const p = c.object("props", props, SERVICE_CREDENTIAL_PROP_KEYS);
      if (!p) return;
      if (c.required("name", p.name, "give the credential a name")) {
        checkResourceName(c, "name", p.name);
      }
      if (c.required("resourceInstanceId", p.resourceInstanceId, "pass the instance id or crn")) {
        c.string("resourceInstanceId", p.resourceInstanceId, { min: 1 });
      }
      if (
        c.required(
          "role",
          p.role,
          "choose the least role that does the job (ServiceRole.READER, WRITER or MANAGER)",
        )
      ) {
        c.oneOf("role", p.role, Object.values(ServiceRole));
      }
      checkTags(c, "tags", p.tags);
      c.provider("provider", p.provider);
    });

    this.credentialName = props.name;
    this.role = props.role;
    this.resource = new ResourceKey(this, "Resource", {
      name: props.name,
      resourceInstanceId: props.resourceInstanceId,
      role: props.role,
      tags: props.tags,
      provider: props.provider,
    });
    this.resourceKeyAddress = `${ResourceKey.tfResourceType}.${this.resource.friendlyUniqueId}`;
  }

  /**
   * The API key, as a secret. Made on first use: most credentials are only
   * named in manifests, and each reference token costs synth time.
   */
  public get apiKey(): Secret {
    this.apiKeySecret ??= Secret.fromResourceKey(this.resource);
    return this.apiKeySecret;
  }
}
