import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { IWatsonService, ServiceRole, WatsonServiceKind } from "../contracts";
import { ServiceCredential } from "../credentials";
import { ensureGuard } from "../guard";
import { validateWatsonServiceProps } from "./validate-watson-service-props";
import {
  CREDENTIAL_NAME_SUFFIX,
  WATSON_SERVICE_DEFAULTS,
  WatsonServiceSpec,
  watsonServiceUrl,
} from "./watson-defaults";

/** Props of a new Watson service instance (`WatsonAssistant`, `SpeechToText`, `TextToSpeech`). */
export interface WatsonServiceProps {
  /** The instance name, 1 to 128 characters. */
  readonly name: string;
  /**
   * The IBM Cloud region: `us-south`, `us-east`, `eu-de`, `eu-gb`, `au-syd`,
   * `jp-tok` or `kr-seo` (the Watson locations IBM documents). The Voice
   * Agent dashboard can create Watson instances only in Dallas and
   * Washington DC; instances in other regions must be created beforehand,
   * for example with this construct.
   */
  readonly location: string;
  /**
   * The pricing plan. Plans other than `premium` log requests and results
   * for IBM's service improvement unless the account opts out of request
   * logging; `lite` has no SLA and is deleted after 30 days of inactivity.
   * @default - `plus` for Watson Assistant and Speech to Text, `standard` for
   * Text to Speech: paid plans with an SLA (Premium, which does not log
   * requests, is a sales-assisted plan, so it is not the default)
   */
  readonly plan?: string;
  /**
   * The resource group ID (32 characters).
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;
  /**
   * Which network endpoints the instance has: `public` or
   * `public-and-private`. Private-only is refused: the agent is a hosted
   * service that reaches Watson over the public network.
   * @default "public-and-private" - keeps a private path for other callers in
   * the account (an SOE, for example); `"public"` on the `lite` plan, which
   * has no private endpoint
   */
  readonly serviceEndpoints?: string;
  /**
   * Tags for the instance and its credential. Visible to everyone in the
   * account: no personal or secret data.
   * @default - no tags
   */
  readonly tags?: string[];
  /**
   * The language the service is set up for (skill language, STT model, TTS
   * voice), as a locale (`en-US`). The agent requires WA, STT and TTS to use
   * the same language.
   * @default "en-US"
   */
  readonly language?: string;
  /**
   * The name of the credential the agent uses.
   * @default - `<name>-voice-agent`
   */
  readonly credentialName?: string;
  /**
   * The IAM service role of the agent's credential: `Reader` or `Writer`,
   * never `Manager` (the agent calls runtime APIs only).
   * @default ServiceRole.READER - Watson Assistant documents that Reader may
   * call the runtime /message API; STT/TTS do not document the role that
   * recognition and synthesis need (use Writer if IBM refuses Reader)
   */
  readonly credentialRole?: ServiceRole;
  /**
   * The provider (for example an aliased IBM provider) for every resource created.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A new Watson service instance (`ibm_resource_instance`) with a dedicated
 * credential for the voice agent. Use {@link WatsonAssistant},
 * {@link SpeechToText} or {@link TextToSpeech}.
 */
export abstract class WatsonService extends Construct implements IWatsonService {
  /** `conversation`, `speech-to-text` or `text-to-speech`. */
  public readonly serviceKind: WatsonServiceKind;
  /** The region. */
  public readonly location: string;
  /**
   * The service URL the agent calls, derived from IBM's documented pattern
   * `https://api.<location>.<offering>.watson.cloud.ibm.com/instances/<guid>`
   * with the instance's `guid` attribute (the provider exposes no URL attribute).
   */
  public readonly url: string;
  /** The instance CRN (an expression). */
  public readonly instanceCrn: string;
  /** The Terraform address of the `ibm_resource_instance`. */
  public readonly instanceAddress: string;
  /** The language the service is set up for. */
  public readonly language: string;
  /** The plan. */
  public readonly plan: string;
  /** The instance's service endpoints. */
  public readonly serviceEndpoints: string;
  /** The agent's credential (`ibm_resource_key`). */
  public readonly credential: ServiceCredential;
  /** The `ibm_resource_instance` resource. */
  public readonly resource: ResourceInstance;

  /** Creates the instance and its credential; fails with one error listing every problem. */
  protected constructor(
    scope: Construct,
    id: string,
    spec: WatsonServiceSpec,
    props: WatsonServiceProps,
  ) {
    super(scope, id);
    ensureGuard(this);
    validateWatsonServiceProps(this, spec, props);

    this.serviceKind = spec.kind;
    this.location = props.location;
    this.plan = props.plan ?? spec.defaultPlan;
    this.language = props.language ?? WATSON_SERVICE_DEFAULTS.language;
    this.serviceEndpoints =
      props.serviceEndpoints ??
      (this.plan === "lite"
        ? WATSON_SERVICE_DEFAULTS.liteServiceEndpoints
        : WATSON_SERVICE_DEFAULTS.serviceEndpoints);

    this.resource = new ResourceInstance(this, "Resource", {
      name: props.name,
      service: spec.kind,
      plan: this.plan,
      location: props.location,
      resourceGroupId: props.resourceGroupId,
      serviceEndpoints: this.serviceEndpoints,
      tags: props.tags,
      provider: props.provider,
    });
    this.instanceCrn = this.resource.crn;
    this.instanceAddress = `${ResourceInstance.tfResourceType}.${this.resource.friendlyUniqueId}`;
    this.url = watsonServiceUrl(spec, props.location, this.resource.guid);
    this.credential = new ServiceCredential(this, "Credential", {
      name: props.credentialName ?? `${props.name}${CREDENTIAL_NAME_SUFFIX}`,
      resourceInstanceId: this.resource.id,
      role: props.credentialRole ?? WATSON_SERVICE_DEFAULTS.credentialRole,
      tags: props.tags,
      provider: props.provider,
    });
  }
}
