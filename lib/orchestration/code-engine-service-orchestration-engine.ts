import { Fn, TerraformResource } from "cdktf";
import { Construct } from "constructs";
import {
  CodeEngineApp,
  CodeEngineAppRunEnvVariables,
} from "../../.gen/providers/ibm/code-engine-app";
import { CodeEngineProject } from "../../.gen/providers/ibm/code-engine-project";
import { CodeEngineSecret } from "../../.gen/providers/ibm/code-engine-secret";
import { ensureGuard } from "../guard";
import { Secret } from "../secrets";
import { ManifestServiceLocation } from "../contracts";
import {
  CODE_ENGINE_SOE_DEFAULTS as D,
  CODE_ENGINE_SOE_ENVIRONMENT_NAMES,
} from "./code-engine-service-orchestration-engine-defaults";
import { CodeEngineServiceOrchestrationEngineProps } from "./code-engine-service-orchestration-engine-props";
import type { IServiceOrchestrationEngine } from "./service-orchestration-engine";
import { SOE_SERVICE_TYPE } from "./service-orchestration-engine-defaults";
import { validateCodeEngineServiceOrchestrationEngineProps } from "./validate-code-engine-service-orchestration-engine-props";

/** The Code Engine secrets of an SOE. */
export interface CodeEngineSoeSecrets {
  /** `basic_auth`: the user name and password the SOE requires. */
  readonly basicAuth: CodeEngineSecret;
  /** `generic`: the Watson Assistant API key (`apikey`). */
  readonly assistant: CodeEngineSecret;
  /** `registry`: the login to the private registry, when given. */
  readonly registry?: CodeEngineSecret;
  /** `generic`: the `secretEnvironment` variables, when given. */
  readonly environment?: CodeEngineSecret;
}

/**
 * A service orchestration engine run as an IBM Code Engine app: the
 * project (new or existing), Code Engine secrets for the SOE's basic-auth
 * credentials, the Watson Assistant API key and any private registry, and
 * the app, reached by the agent at the app's public https endpoint. Its
 * URL, user name and password go into the agent's manifest when it is used
 * as `assistant.location1.orchestrationEngine`. Create it with
 * `ServiceOrchestrationEngine.onCodeEngine`; see `CODE_ENGINE_SOE_DEFAULTS`.
 *
 * Code Engine keeps secret values in Terraform state in clear (`data` is not
 * marked sensitive): keep the state encrypted and access-controlled.
 */
export class CodeEngineServiceOrchestrationEngine
  extends Construct
  implements IServiceOrchestrationEngine
{
  /** The SOE URL: `https://` + the app's endpoint host + `path`. */
  public readonly url: string;
  /** The region. */
  public readonly region: string;
  /** The basic-auth user name. */
  public readonly userName: string;
  /** The basic-auth password. */
  public readonly password: Secret;
  /** The project ID (given, or of the new project). */
  public readonly projectId: string;
  /** The new project, unless `projectId` was given. */
  public readonly project?: CodeEngineProject;
  /** The `ibm_code_engine_app`. */
  public readonly app: CodeEngineApp;
  /** The Code Engine secrets, by purpose. */
  public readonly secrets: CodeEngineSoeSecrets;

  /** Creates the project, secrets and app; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, props: CodeEngineServiceOrchestrationEngineProps) {
    super(scope, id);
    ensureGuard(this);
    validateCodeEngineServiceOrchestrationEngineProps(this, props);
    const provider = props.provider;
    this.region = props.region;
    this.userName = props.userName;
    this.password = props.password;
    if (props.projectId === undefined) {
      this.project = new CodeEngineProject(this, "Project", {
        name: props.projectName ?? props.name,
        resourceGroupId: props.resourceGroupId,
        provider,
      });
    }
    this.projectId = props.projectId ?? (this.project as CodeEngineProject).projectId;
    const secret = (sid: string, suffix: string, format: string, data: Record<string, string>) =>
      new CodeEngineSecret(this, sid, {
        projectId: this.projectId,
        name: `${props.name}-${suffix}`,
        format,
        data,
        provider,
      });
    const basicAuth = secret("BasicAuthSecret", "basic-auth", "basic_auth", {
      username: props.userName,
      password: props.password.value,
    });
    const assistant = secret("AssistantSecret", "watson-assistant", "generic", {
      apikey: props.assistant.service.credential.apiKey.value,
    });
    const r = props.imageRegistry;
    const registry = r
      ? secret("RegistrySecret", "registry", "registry", {
          server: r.server,
          username: r.username,
          password: r.password.value,
          ...(r.email !== undefined ? { email: r.email } : {}),
        })
      : undefined;
    const extra = sortedEntries(props.secretEnvironment ?? {});
    const environment =
      extra.length > 0
        ? secret(
            "EnvironmentSecret",
            "environment",
            "generic",
            Object.fromEntries(extra.map(([k, v]) => [k, v.value])),
          )
        : undefined;
    this.secrets = { basicAuth, assistant, registry, environment };
    this.app = new CodeEngineApp(this, "Resource", {
      projectId: this.projectId,
      name: props.name,
      imageReference: props.image,
      imageSecret: registry?.name,
      imagePort: props.imagePort ?? D.imagePort,
      managedDomainMappings: D.managedDomainMappings,
      runServiceAccount: props.runServiceAccount ?? D.runServiceAccount,
      runEnvVariables: this.envVariables(props, basicAuth, assistant, environment),
      scaleMinInstances: props.minInstances ?? D.minInstances,
      scaleMaxInstances: props.maxInstances ?? D.maxInstances,
      scaleConcurrency: props.concurrency ?? D.concurrency,
      scaleRequestTimeout: props.requestTimeoutSeconds ?? D.requestTimeoutSeconds,
      scaleCpuLimit: props.cpuLimit,
      scaleMemoryLimit: props.memoryLimit,
      lifecycle: {
        postcondition: [
          {
            condition: '${startswith(self.endpoint, "https://")}',
            errorMessage:
              "The SOE's Code Engine endpoint must be an https URL reachable by Voice Agent with Watson: keep managed_domain_mappings local_public.",
          },
        ],
      },
      provider,
    });
    const host = Fn.trimprefix(this.app.endpoint, "https://");
    this.url = `https://${host}${props.path ?? D.path}`;
  }

  /** The Terraform address of the `ibm_code_engine_app`. */
  public get appAddress(): string {
    return addressOf(this.app);
  }

  /** The conversation location as the agent manifest shows it (the password as a reference). */
  public renderLocation(): ManifestServiceLocation {
    return {
      serviceType: SOE_SERVICE_TYPE,
      region: this.region,
      url: this.url,
      userName: this.userName,
      password: { ...this.password.reference },
    };
  }

  private envVariables(
    props: CodeEngineServiceOrchestrationEngineProps,
    basicAuth: CodeEngineSecret,
    assistant: CodeEngineSecret,
    environment: CodeEngineSecret | undefined,
  ): CodeEngineAppRunEnvVariables[] {
    const n = { ...CODE_ENGINE_SOE_ENVIRONMENT_NAMES, ...props.environmentNames };
    const fromSecret = (name: string, s: CodeEngineSecret, key: string) => ({
      type: "secret_key_reference",
      name,
      reference: s.name,
      key,
    });
    const literal = (name: string, value: string) => ({ type: "literal", name, value });
    return [
      fromSecret(n.userName, basicAuth, "username"),
      fromSecret(n.password, basicAuth, "password"),
      fromSecret(n.assistantApiKey, assistant, "apikey"),
      literal(n.assistantUrl, props.assistant.service.url),
      literal(n.assistantWorkspaceId, props.assistant.workspaceId),
      ...sortedEntries(props.environment ?? {}).map(([k, v]) => literal(k, v)),
      ...(environment ? [{ type: "secret_full_reference", reference: environment.name }] : []),
    ];
  }
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.keys(record)
    .sort()
    .map((k) => [k, record[k]]);
}

function addressOf(r: TerraformResource): string {
  return `${r.terraformResourceType}.${r.friendlyUniqueId}`;
}
