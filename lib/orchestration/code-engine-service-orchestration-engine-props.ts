import { TerraformProvider } from "cdktf";
import { IWatsonService } from "../contracts";
import { Secret } from "../secrets";
import { CodeEngineServiceAccount } from "./code-engine-service-orchestration-engine-defaults";

/** The Watson Assistant the SOE forwards to. */
export interface CodeEngineSoeAssistant {
  /** The Watson Assistant instance (`serviceKind` `conversation`); its credential's API key goes into a Code Engine secret. */
  readonly service: IWatsonService;
  /** The dialog skill's workspace ID (at most 128 characters). */
  readonly workspaceId: string;
}

/** A private container registry and how to log in to it. */
export interface CodeEngineImageRegistry {
  /** The registry host (`us.icr.io`, `private.us.icr.io`). */
  readonly server: string;
  /** The user name (`iamapikey` for IBM Cloud Container Registry). */
  readonly username: string;
  /** The password or API key, as a {@link Secret}. */
  readonly password: Secret;
  /**
   * The e-mail address some registries require.
   * @default - none
   */
  readonly email?: string;
}

/** Names of the environment variables the SOE container receives. */
export interface CodeEngineSoeEnvironmentNames {
  /**
   * The variable holding the basic-auth user name the SOE must require.
   * @default "SOE_USERNAME"
   */
  readonly userName?: string;
  /**
   * The variable holding the basic-auth password the SOE must require.
   * @default "SOE_PASSWORD"
   */
  readonly password?: string;
  /**
   * The variable holding the Watson Assistant API key.
   * @default "WATSON_ASSISTANT_APIKEY"
   */
  readonly assistantApiKey?: string;
  /**
   * The variable holding the Watson Assistant service URL.
   * @default "WATSON_ASSISTANT_URL"
   */
  readonly assistantUrl?: string;
  /**
   * The variable holding the dialog skill's workspace ID.
   * @default "WATSON_ASSISTANT_WORKSPACE_ID"
   */
  readonly assistantWorkspaceId?: string;
}

/** Props of an SOE hosted on IBM Code Engine. */
export interface CodeEngineServiceOrchestrationEngineProps {
  /** The app's name: lowercase letters, digits and `-`, starting with a letter, at most 63 characters. */
  readonly name: string;
  /** The region of the IBM provider that creates the app (`us-south`); the agent shows it as the SOE's region. */
  readonly region: string;
  /**
   * The SOE container image, `REGISTRY/NAMESPACE/REPOSITORY[:TAG][@sha256:DIGEST]`.
   * Pin a digest: a tag can be moved to other code (the guard warns, VAW-CE-3).
   */
  readonly image: string;
  /**
   * The ID of an existing Code Engine project (a UUID).
   * @default - a new project named `projectName`
   */
  readonly projectId?: string;
  /**
   * The name of the new project (not with `projectId`).
   * @default - the app's name
   */
  readonly projectName?: string;
  /**
   * The resource group of the new project (32 characters; not with `projectId`).
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;
  /** The basic-auth user name the agent sends and the SOE must require (at most 64 characters). */
  readonly userName: string;
  /** The basic-auth password (at most 256 characters), as a {@link Secret}. */
  readonly password: Secret;
  /** The Watson Assistant the SOE forwards conversation turns to. */
  readonly assistant: CodeEngineSoeAssistant;
  /**
   * The private registry holding `image` (a Code Engine `registry` secret is created for it).
   * @default - a public image, pulled without credentials
   */
  readonly imageRegistry?: CodeEngineImageRegistry;
  /**
   * The port the container listens on (Code Engine exposes it on 443).
   * @default 8080
   */
  readonly imagePort?: number;
  /**
   * Appended to the app's endpoint to form the SOE URL the agent calls (`/soe/billing`).
   * @default "" - the endpoint itself
   */
  readonly path?: string;
  /**
   * Instances kept running. 0 saves the cost of an idle instance but the
   * first call after a quiet period waits for a cold start, longer than the
   * agent's 5-second turn timeout.
   * @default 1
   */
  readonly minInstances?: number;
  /**
   * Upper bound on instances.
   * @default 10
   */
  readonly maxInstances?: number;
  /**
   * Concurrent requests per instance (1 to 1000).
   * @default 100
   */
  readonly concurrency?: number;
  /**
   * Seconds a request may run (1 to 600). Keep it near the agents'
   * `conversationReadTimeoutSeconds` (5 by default): the agent gives up after that.
   * @default 10
   */
  readonly requestTimeoutSeconds?: number;
  /**
   * vCPUs per instance (`0.5`, `1`), a supported combination with `memoryLimit`.
   * @default - Code Engine's default (1)
   */
  readonly cpuLimit?: string;
  /**
   * Memory per instance (`1G`, `4G`).
   * @default - Code Engine's default (4G)
   */
  readonly memoryLimit?: string;
  /**
   * Further non-secret environment variables (literal values). Names that
   * look like credentials are refused: put those in `secretEnvironment`.
   * @default - none
   */
  readonly environment?: Record<string, string>;
  /**
   * Further secret environment variables, kept in a Code Engine `generic`
   * secret and injected with a `secret_full_reference`.
   * @default - none
   */
  readonly secretEnvironment?: Record<string, Secret>;
  /**
   * The names of the environment variables carrying the credentials and the assistant.
   * @default - see CODE_ENGINE_SOE_ENVIRONMENT_NAMES
   */
  readonly environmentNames?: CodeEngineSoeEnvironmentNames;
  /**
   * The service account the app runs with.
   * @default CodeEngineServiceAccount.NONE - the SOE needs no Code Engine API access
   */
  readonly runServiceAccount?: CodeEngineServiceAccount;
  /**
   * The IBM provider (for example an aliased one) for every resource.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}
