import { TerraformElement, TerraformResource, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { DataIbmSmArbitrarySecret } from "../../.gen/providers/ibm/data-ibm-sm-arbitrary-secret";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { secretSourceError } from "../core";
import { validateProps } from "../core";

/** Where a {@link Secret}'s value comes from. */
export enum SecretSource {
  /** A Terraform input variable declared `sensitive = true`. */
  TERRAFORM_VARIABLE = "terraform-variable",
  /** An arbitrary secret in IBM Cloud Secrets Manager, read with the `ibm_sm_arbitrary_secret` data source. */
  SECRETS_MANAGER = "secrets-manager",
  /** A field of a credential (`ibm_resource_key`) created in the same program. */
  RESOURCE_KEY = "resource-key",
}

/**
 * A reference to a secret, safe to print: it names where the value lives and
 * never contains the value. This is what manifests and reports show.
 */
export interface SecretReference {
  /** Where the value comes from. */
  readonly source: SecretSource;
  /** The Terraform address holding the value (`var.soe_password`, `data.ibm_sm_arbitrary_secret.x`, `ibm_resource_key.x`). */
  readonly address: string;
  /** The field read from that address (`payload`, `credentials.apikey`); absent for variables. */
  readonly field?: string;
}

/** Options for {@link Secret.fromSecretsManager}. */
export interface SecretsManagerSecretOptions {
  /** The Secrets Manager instance GUID. */
  readonly instanceId: string;
  /** The secret's ID in that instance. */
  readonly secretId: string;
  /**
   * The instance's region.
   * @default - the provider's region
   */
  readonly region?: string;
  /**
   * Which endpoint the provider uses to read the secret.
   * @default "private" - keeps the secret off the public network
   */
  readonly endpointType?: "public" | "private";
}

/**
 * A password, API key or token. The only type the library accepts for
 * secrets: there is no way to build one from a plain string, so a secret value
 * never lands in `cdk.tf.json`. Its {@link Secret.value} is a Terraform expression
 * that Terraform resolves at plan time and treats as sensitive.
 */
export class Secret {
  /**
   * A secret held in a Terraform input variable. The variable must be declared
   * with `sensitive: true`, so that Terraform redacts it in plans and outputs.
   * Its value comes from `TF_VAR_<name>` or a `.tfvars` file, never from code.
   */
  public static fromVariable(variable: TerraformVariable): Secret {
    if (!isTerraformVariable(variable)) {
      throw secretSourceError(
        elementPath(variable),
        "is not a terraform variable",
        "pass a TerraformVariable declared with sensitive: true",
      );
    }
    if (variable.sensitive !== true) {
      throw secretSourceError(
        variable.node.path,
        "is a terraform variable that is not sensitive",
        "declare the variable with sensitive: true so that terraform redacts it",
      );
    }
    return new Secret(variable.stringValue, {
      source: SecretSource.TERRAFORM_VARIABLE,
      address: `var.${variable.friendlyUniqueId}`,
    });
  }

  /**
   * A secret read from IBM Cloud Secrets Manager (an arbitrary secret's
   * payload). The data source is created under `scope` with `id`.
   */
  public static fromSecretsManager(
    scope: Construct,
    id: string,
    options: SecretsManagerSecretOptions,
  ): Secret {
    if (!Construct.isConstruct(scope))
      throw secretSourceError(
        "(no scope)",
        "needs a construct scope for its data source",
        "pass the construct (for example the stack) that holds the data source",
      );
    validateProps("Secret", scope, (c) => {
      if (c.required("id", id, "give the data source a construct id"))
        c.string("id", id, { min: 1 });
      if (!c.required("options", options, "pass { instanceId, secretId }")) return;
      const o = c.object("options", options);
      if (!o) return;
      for (const k of ["instanceId", "secretId"] as const)
        if (c.required(k, o[k], `give the secret's ${k === "instanceId" ? "instance guid" : "id"}`))
          c.string(k, o[k], { min: 1 });
      c.string("region", o.region, { min: 1 });
      c.oneOf("endpointType", o.endpointType, ["public", "private"]);
    });
    const data = new DataIbmSmArbitrarySecret(scope, id, {
      instanceId: options.instanceId,
      secretId: options.secretId,
      region: options.region,
      endpointType: options.endpointType ?? "private",
    });
    return new Secret(data.payload, {
      source: SecretSource.SECRETS_MANAGER,
      address: `data.${DataIbmSmArbitrarySecret.tfResourceType}.${data.friendlyUniqueId}`,
      field: "payload",
    });
  }

  /**
   * A field of a credential this program creates (`ibm_resource_key`),
   * `apikey` by default. Terraform marks `credentials` sensitive.
   */
  public static fromResourceKey(key: ResourceKey, field = "apikey"): Secret {
    const credentials =
      TerraformResource.isTerraformResource(key) &&
      key.terraformResourceType === ResourceKey.tfResourceType
        ? (key as Partial<ResourceKey>).credentials
        : undefined;
    if (typeof credentials?.lookup !== "function") {
      throw secretSourceError(
        elementPath(key),
        "is not an ibm_resource_key",
        "pass the ResourceKey (for example ServiceCredential.resource) whose credential holds the secret",
      );
    }
    if (typeof field !== "string" || !/^[A-Za-z0-9_.-]+$/.test(field)) {
      throw secretSourceError(
        key.node.path,
        "names a credentials field that is not a plain field name",
        'give the field of the credential\'s credentials map, for example "apikey"',
      );
    }
    return new Secret(credentials.lookup(field), {
      source: SecretSource.RESOURCE_KEY,
      address: `${ResourceKey.tfResourceType}.${key.friendlyUniqueId}`,
      field: `credentials.${field}`,
    });
  }

  /** True when `x` is a Secret (works across two loaded copies of the library). */
  public static isSecret(x: unknown): x is Secret {
    return (
      typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[SECRET_SYMBOL] === true
    );
  }

  /** The Terraform expression that yields the value; pass it to resource arguments. */
  public readonly value: string;
  /** Where the value lives, safe to print. */
  public readonly reference: SecretReference;

  private constructor(value: string, reference: SecretReference) {
    this.value = value;
    this.reference = reference;
    Object.defineProperty(this, SECRET_SYMBOL, { value: true });
  }

  /** Never the value: a description of where it lives. */
  public toString(): string {
    return `Secret(${this.reference.address}${this.reference.field ? `.${this.reference.field}` : ""})`;
  }

  /** Serialises as the reference only, so a secret accidentally put in JSON shows no value. */
  public toJSON(): SecretReference {
    return this.reference;
  }
}

const SECRET_SYMBOL = Symbol.for("cdktf-ibm-voice-agent.Secret");

/** True for a Terraform variable (also from another copy of cdktf): an element that renders a `variable` block. */
function isTerraformVariable(x: unknown): x is TerraformVariable {
  if (!TerraformElement.isTerraformElement(x)) return false;
  const fragment: unknown = (x as TerraformElement).toTerraform();
  return typeof fragment === "object" && fragment !== null && "variable" in fragment;
}

/** The construct path of a value, for messages about values that may not be constructs. */
function elementPath(x: unknown): string {
  return Construct.isConstruct(x) ? x.node.path : "(not a construct)";
}
