import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { DataIbmResourceInstance } from "../../.gen/providers/ibm/data-ibm-resource-instance";
import { instanceGuidOfCrn } from "../core";
import { IWatsonService, ServiceRole, WatsonServiceKind } from "../contracts";
import { ServiceCredential } from "../credentials";
import { ensureGuard } from "../guard";
import { validateExistingWatsonServiceAttributes } from "./validate-watson-service-props";
import {
  CREDENTIAL_NAME_SUFFIX,
  WATSON_SERVICE_DEFAULTS,
  WatsonServiceSpec,
  watsonServiceUrl,
} from "./watson-defaults";

/**
 * An existing Watson instance, identified by `crn` or by `name` (with
 * `resourceGroupId` when it is not in the default group), never both.
 */
export interface ExistingWatsonServiceAttributes {
  /**
   * The instance CRN (literal or expression).
   * @default - identify the instance by name
   */
  readonly crn?: string;
  /**
   * The instance name.
   * @default - identify the instance by crn
   */
  readonly name?: string;
  /**
   * The resource group ID, to find the instance by name outside the default group.
   * @default - the default resource group
   */
  readonly resourceGroupId?: string;
  /** The instance's region (`us-south`); must match the CRN's location. */
  readonly location: string;
  /**
   * The service URL the agent calls (https).
   * @default - `https://api.<location>.<offering>.watson.cloud.ibm.com/instances/<guid>`,
   * with the GUID read from the instance
   */
  readonly url?: string;
  /**
   * The language the service is set up for (`en-US`).
   * @default - unknown: the agent cannot check that WA, STT and TTS match
   */
  readonly language?: string;
  /**
   * The instance's plan.
   * @default - read from the instance at plan time (an expression)
   */
  readonly plan?: string;
  /**
   * The name of the credential the library creates for the agent.
   * @default - `<name>-voice-agent`, or `<construct id>-voice-agent` when identified by crn
   */
  readonly credentialName?: string;
  /**
   * The IAM service role of the agent's credential: `Reader` or `Writer`, never `Manager`.
   * @default ServiceRole.READER - see the `WatsonServiceProps.credentialRole` default
   */
  readonly credentialRole?: ServiceRole;
  /**
   * The provider (for example an aliased IBM provider) for the data source and credential.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A Watson instance that exists already, read with the `ibm_resource_instance`
 * data source, plus the agent's own credential (`ibm_resource_key`) on it.
 * Create one with `WatsonAssistant.fromExisting`, `SpeechToText.fromExisting`
 * or `TextToSpeech.fromExisting`.
 */
export class ExistingWatsonService extends Construct implements IWatsonService {
  /** `conversation`, `speech-to-text` or `text-to-speech`. */
  public readonly serviceKind: WatsonServiceKind;
  /** The region. */
  public readonly location: string;
  /** The service URL the agent calls (given, or derived from the instance GUID). */
  public readonly url: string;
  /** The instance CRN (the literal given, or the data source's `crn`). */
  public readonly instanceCrn: string;
  /** The Terraform address of the data source (`data.ibm_resource_instance.<id>`). */
  public readonly instanceAddress: string;
  /** The language, when given. */
  public readonly language?: string;
  /** The plan: the literal given, or the data source's `plan` expression. */
  public readonly plan: string;
  /** The agent's credential (`ibm_resource_key`). */
  public readonly credential: ServiceCredential;
  /** The `ibm_resource_instance` data source. */
  public readonly dataSource: DataIbmResourceInstance;

  /** Reads the instance and creates the agent's credential; fails with one error listing every problem. */
  constructor(
    scope: Construct,
    id: string,
    spec: WatsonServiceSpec,
    attrs: ExistingWatsonServiceAttributes,
  ) {
    super(scope, id);
    ensureGuard(this);
    validateExistingWatsonServiceAttributes(this, spec, attrs);

    this.serviceKind = spec.kind;
    this.location = attrs.location;
    this.language = attrs.language;
    // The data source takes either the GUID alone or name + filters (the
    // provider makes `identifier` conflict with every filter).
    this.dataSource = new DataIbmResourceInstance(
      this,
      "Instance",
      attrs.crn !== undefined
        ? { identifier: instanceGuidOfCrn(attrs.crn), provider: attrs.provider }
        : {
            name: attrs.name,
            resourceGroupId: attrs.resourceGroupId,
            location: attrs.location,
            service: spec.kind,
            provider: attrs.provider,
          },
    );
    this.instanceCrn = attrs.crn ?? this.dataSource.crn;
    this.instanceAddress = `data.${DataIbmResourceInstance.tfResourceType}.${this.dataSource.friendlyUniqueId}`;
    this.plan = attrs.plan ?? this.dataSource.plan;
    const guid = attrs.crn !== undefined ? instanceGuidOfCrn(attrs.crn) : this.dataSource.guid;
    this.url = attrs.url ?? watsonServiceUrl(spec, attrs.location, guid);
    this.credential = new ServiceCredential(this, "Credential", {
      name: attrs.credentialName ?? `${attrs.name ?? id}${CREDENTIAL_NAME_SUFFIX}`,
      resourceInstanceId: attrs.crn ?? this.dataSource.id,
      role: attrs.credentialRole ?? WATSON_SERVICE_DEFAULTS.credentialRole,
      provider: attrs.provider,
    });
  }
}
