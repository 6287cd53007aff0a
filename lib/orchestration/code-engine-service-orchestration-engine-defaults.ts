import { deepFreeze } from "../core";
/** The built-in service account a Code Engine app runs with (`run_service_account`). */
export enum CodeEngineServiceAccount {
  /** No service account: the app cannot call the Code Engine API. */
  NONE = "none",
  /** Read access to the project. */
  READER = "reader",
  /** Write access to the project. */
  WRITER = "writer",
  /** Manager access to the project. */
  MANAGER = "manager",
  /** The project's default service account (the provider's default). */
  DEFAULT = "default",
}

/**
 * Every default of an SOE hosted on IBM Code Engine
 * (`ServiceOrchestrationEngine.onCodeEngine`), in one place for review:
 *
 * - **Public https endpoint** (`managed_domain_mappings = "local_public"`,
 *   set explicitly): the hosted agent calls the SOE over the internet, so a
 *   private or project-local app could not be reached. Code Engine serves
 *   public endpoints over https only, and a postcondition fails the apply if
 *   the endpoint were anything else.
 * - **Basic authentication and the Watson Assistant API key in Code Engine
 *   secrets** (`basic_auth` and `generic`), handed to the container as
 *   `secret_key_reference` environment variables: never literal environment
 *   values, which anyone with read access to the project sees.
 * - **Always one instance running** (`scale_min_instances = 1`): a cold
 *   start takes seconds, longer than the 5 seconds the agent waits for a
 *   conversation turn by default, so the first caller after a quiet period
 *   would hear the failure message. The cost is one instance billed around
 *   the clock; set `minInstances: 0` to trade that for cold starts (the
 *   guard warns, VAW-CE-2).
 * - **At most 10 instances, 100 concurrent requests each.**
 * - **Requests time out after 10 seconds**: the agent waits
 *   `conversationReadTimeoutSeconds` (5 by default) for each turn, so a
 *   longer-running request answers nobody and only holds an instance.
 * - **No service account** (`run_service_account = "none"`): the SOE only
 *   calls Watson Assistant; a Code Engine API token in the container would
 *   only widen what a compromised SOE can do.
 */
export const CODE_ENGINE_SOE_DEFAULTS = deepFreeze({
  /** Reachable by the hosted agent over the public internet (https only). */
  managedDomainMappings: "local_public",
  /** The port the container listens on (Code Engine's default). */
  imagePort: 8080,
  /** No cold starts on a call. */
  minInstances: 1,
  /** Upper bound on instances (the provider's default, sent explicitly). */
  maxInstances: 10,
  /** Concurrent requests per instance (the provider's default, sent explicitly). */
  concurrency: 100,
  /** Seconds a request may run. */
  requestTimeoutSeconds: 10,
  /** No Code Engine API access from the container. */
  runServiceAccount: CodeEngineServiceAccount.NONE,
  /** Appended to the SOE's URL (the app's endpoint). */
  path: "",
} as const);

/**
 * The environment variables the SOE container receives, by default. The
 * image must read these names (or the caller renames them with
 * `environmentNames`).
 */
export const CODE_ENGINE_SOE_ENVIRONMENT_NAMES = deepFreeze({
  /** The basic-auth user name the SOE must require (from the `basic_auth` secret, key `username`). */
  userName: "SOE_USERNAME",
  /** The basic-auth password the SOE must require (from the `basic_auth` secret, key `password`). */
  password: "SOE_PASSWORD",
  /** The Watson Assistant API key (from the `generic` secret, key `apikey`). */
  assistantApiKey: "WATSON_ASSISTANT_APIKEY",
  /** The Watson Assistant service URL (a literal: not a secret). */
  assistantUrl: "WATSON_ASSISTANT_URL",
  /** The dialog skill's workspace ID (a literal: not a secret). */
  assistantWorkspaceId: "WATSON_ASSISTANT_WORKSPACE_ID",
} as const);

/** Limits of the Code Engine arguments the SOE sets (provider validators and Code Engine limits). */
export const CODE_ENGINE_SOE_LIMITS = deepFreeze({
  /** `ibm_code_engine_app.name`: 1 to 63 characters. */
  appNameMaxLength: 63,
  /** `ibm_code_engine_project.name`: 1 to 128 characters. */
  projectNameMaxLength: 128,
  /** `image_reference`: 1 to 256 characters. */
  imageReferenceMaxLength: 256,
  /** `scale_concurrency`: at most 1000 requests per instance. */
  concurrencyMax: 1000,
  /** `scale_request_timeout`: at most 600 seconds. */
  requestTimeoutSecondsMax: 600,
} as const);

/** The provider's validator of `image_reference` (`REGISTRY/NAMESPACE/REPOSITORY:TAG@sha256:DIGEST`). */
export const CODE_ENGINE_IMAGE_REFERENCE =
  /^([a-z0-9][a-z0-9\-_.]+[a-z0-9][/])?([a-z0-9][a-z0-9\-_]+[a-z0-9][/])?[a-z0-9][a-z0-9\-_./]+[a-z0-9](:[\w][\w.-]{0,127})?(@sha256:[a-fA-F0-9]{64})?$/;
