import { TerraformProvider } from "cdktf";
import { IConstruct } from "constructs";
import { checkResourceGroupId } from "../core";
import { isToken, PropsChecker, validateProps } from "../core";
import { SECRET_NAME } from "../contracts";
import { Secret } from "../secrets";
import { checkWatsonService } from "../watson";
import { IBM_REGION, objectProps, PropKeys } from "../core";
import {
  CODE_ENGINE_IMAGE_REFERENCE,
  CODE_ENGINE_SOE_ENVIRONMENT_NAMES,
  CODE_ENGINE_SOE_LIMITS as LIMITS,
  CodeEngineServiceAccount,
} from "./code-engine-service-orchestration-engine-defaults";
import type {
  CodeEngineImageRegistry,
  CodeEngineServiceOrchestrationEngineProps,
  CodeEngineSoeAssistant,
} from "./code-engine-service-orchestration-engine-props";

/** The keys of {@link CodeEngineServiceOrchestrationEngineProps}: the names the validator knows. */
const CE_SOE_PROP_KEYS = {
  name: true,
  region: true,
  image: true,
  projectId: true,
  projectName: true,
  resourceGroupId: true,
  userName: true,
  password: true,
  assistant: true,
  imageRegistry: true,
  imagePort: true,
  path: true,
  minInstances: true,
  maxInstances: true,
  concurrency: true,
  requestTimeoutSeconds: true,
  cpuLimit: true,
  memoryLimit: true,
  environment: true,
  secretEnvironment: true,
  environmentNames: true,
  runServiceAccount: true,
  provider: true,
} as const satisfies PropKeys<CodeEngineServiceOrchestrationEngineProps>;

/** The keys of {@link CodeEngineSoeAssistant}: the names the validator knows. */
const CE_SOE_ASSISTANT_KEYS = {
  service: true,
  workspaceId: true,
} as const satisfies PropKeys<CodeEngineSoeAssistant>;

/** The keys of {@link CodeEngineImageRegistry}: the names the validator knows. */
const IMAGE_REGISTRY_KEYS = {
  server: true,
  username: true,
  password: true,
  email: true,
} as const satisfies PropKeys<CodeEngineImageRegistry>;

import { SERVICE_ORCHESTRATION_ENGINE_LIMITS as SOE_LIMITS } from "./service-orchestration-engine-defaults";

/** The environment names whose values are rendered as literals (not secrets). */
const LITERAL_ENVIRONMENT_NAMES = ["assistantUrl", "assistantWorkspaceId"];

const APP_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const PROJECT_NAME = /^([^\x00-\x7F]|[a-zA-Z0-9\-._: ])+$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const QUANTITY = /^([0-9.]+)([eEinumkKMGTPB]*)$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const URL_PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;
const SECRET_FIX =
  "pass Secret.fromVariable(...) or Secret.fromSecretsManager(...), never a string";

/** Validates {@link CodeEngineServiceOrchestrationEngineProps}; throws one error listing every problem. */
export function validateCodeEngineServiceOrchestrationEngineProps(
  scope: IConstruct,
  props: unknown,
): void {
  validateProps("CodeEngineServiceOrchestrationEngine", scope, (c) => {
    const p = objectProps<CodeEngineServiceOrchestrationEngineProps>(
      c,
      props,
      "CodeEngineServiceOrchestrationEngineProps",
      "props",
      CE_SOE_PROP_KEYS,
    );
    if (!p) return;
    if (c.required("name", p.name, "give the code engine app's name"))
      c.string("name", p.name, {
        min: 1,
        max: LIMITS.appNameMaxLength,
        pattern: APP_NAME,
        patternText: "use lowercase letters, digits and -, starting with a letter",
      });
    if (
      c.required("region", p.region, "give the ibm cloud region of the ibm provider, e.g. us-south")
    )
      c.string("region", p.region, {
        pattern: IBM_REGION,
        patternText: "give an ibm cloud region name such as us-south",
      });
    if (c.required("image", p.image, "give the soe's container image"))
      c.string("image", p.image, {
        min: 1,
        max: LIMITS.imageReferenceMaxLength,
        pattern: CODE_ENGINE_IMAGE_REFERENCE,
        patternText: "give REGISTRY/NAMESPACE/REPOSITORY[:TAG][@sha256:DIGEST] in lowercase",
      });
    checkProject(c, p);
    if (c.required("userName", p.userName, "give the basic-auth user name the soe requires"))
      c.string("userName", p.userName, { min: 1, max: SOE_LIMITS.userNameMaxLength });
    checkSecret(c, "password", p.password, true);
    checkAssistant(c, p.assistant);
    checkRegistry(c, p.imageRegistry);
    c.integer("imagePort", p.imagePort, 1, 65535);
    c.string("path", p.path, {
      max: 128,
      pattern: URL_PATH,
      patternText: "give an url path starting with /, such as /soe/billing",
    });
    checkScale(c, p);
    checkEnvironment(c, p);
    c.oneOf("runServiceAccount", p.runServiceAccount, Object.values(CodeEngineServiceAccount));
    if (p.provider !== undefined && !TerraformProvider.isTerraformProvider(p.provider))
      c.add("provider", "must be a terraform provider", p.provider, "pass an IbmProvider");
  });
}

function checkSecret(c: PropsChecker, prop: string, value: unknown, required: boolean): void {
  if (required && !c.required(prop, value, `pass ${prop} as a Secret`)) return;
  if (value !== undefined && !Secret.isSecret(value))
    c.add(prop, "must be a Secret", value, SECRET_FIX, true);
}

function checkProject(c: PropsChecker, p: Partial<CodeEngineServiceOrchestrationEngineProps>) {
  c.string("projectId", p.projectId, {
    pattern: UUID,
    patternText: "give the project's id (a uuid), not its name",
  });
  for (const k of ["projectName", "resourceGroupId"] as const)
    if (p.projectId !== undefined && p[k] !== undefined)
      c.add(
        k,
        "does not apply with projectId",
        p[k],
        `drop ${k}, or drop projectId to create a project`,
      );
  c.string("projectName", p.projectName, {
    min: 1,
    max: LIMITS.projectNameMaxLength,
    pattern: PROJECT_NAME,
    patternText: "use letters, digits, spaces and - . _ :",
  });
  checkResourceGroupId(c, "resourceGroupId", p.resourceGroupId);
}

function checkAssistant(c: PropsChecker, value: unknown): void {
  if (!c.required("assistant", value, "give assistant: { service, workspaceId }")) return;
  const a = c.object("assistant", value, CE_SOE_ASSISTANT_KEYS);
  if (!a) return;
  checkWatsonService(c, "assistant.service", a.service, "conversation", "pass a WatsonAssistant");
  if (c.required("assistant.workspaceId", a.workspaceId, "give the dialog skill's workspace id"))
    c.string("assistant.workspaceId", a.workspaceId, { min: 1, max: 128 });
}

function checkRegistry(c: PropsChecker, value: unknown): void {
  const r = c.object("imageRegistry", value, IMAGE_REGISTRY_KEYS);
  if (!r) return;
  if (c.required("imageRegistry.server", r.server, "give the registry host, e.g. us.icr.io"))
    c.string("imageRegistry.server", r.server, {
      min: 1,
      max: 253,
      pattern: /^[A-Za-z0-9.-]+(:[0-9]{1,5})?$/,
      patternText: "give the registry host name without a scheme, e.g. us.icr.io",
    });
  if (c.required("imageRegistry.username", r.username, "give the registry user name"))
    c.string("imageRegistry.username", r.username, { min: 1, max: 256 });
  checkSecret(c, "imageRegistry.password", r.password, true);
  c.string("imageRegistry.email", r.email, { min: 3, max: 254 });
}

function checkScale(c: PropsChecker, p: Partial<CodeEngineServiceOrchestrationEngineProps>) {
  const max = Number.MAX_SAFE_INTEGER;
  c.integer("minInstances", p.minInstances, 0, max, "instances");
  c.integer("maxInstances", p.maxInstances, 1, max, "instances");
  if (
    typeof p.minInstances === "number" &&
    typeof p.maxInstances === "number" &&
    !isToken(p.minInstances) &&
    !isToken(p.maxInstances) &&
    p.minInstances > p.maxInstances
  )
    c.add(
      "minInstances",
      "exceeds maxInstances",
      p.minInstances,
      "make minInstances at most maxInstances",
    );
  c.integer("concurrency", p.concurrency, 1, LIMITS.concurrencyMax, "requests");
  c.integer(
    "requestTimeoutSeconds",
    p.requestTimeoutSeconds,
    1,
    LIMITS.requestTimeoutSecondsMax,
    "seconds",
  );
  for (const k of ["cpuLimit", "memoryLimit"] as const)
    c.string(k, p[k], {
      min: 1,
      max: 10,
      pattern: QUANTITY,
      patternText: "give an amount such as 0.5 (cpu) or 1G (memory)",
    });
}

function checkEnvironment(c: PropsChecker, p: Partial<CodeEngineServiceOrchestrationEngineProps>) {
  const seen = new Map<string, string>();
  const name = (prop: string, value: unknown) => {
    c.string(prop, value, {
      min: 1,
      max: 253,
      pattern: ENV_NAME,
      patternText: "use letters, digits and _, not starting with a digit",
    });
    if (typeof value !== "string") return;
    const earlier = seen.get(value);
    if (earlier !== undefined)
      c.add(
        prop,
        `repeats the environment variable of ${earlier}`,
        value,
        "give each variable one name",
      );
    seen.set(value, prop);
  };
  const names = c.object("environmentNames", p.environmentNames) ?? {};
  const defaults: Record<string, string> = CODE_ENGINE_SOE_ENVIRONMENT_NAMES;
  for (const k of Object.keys(names))
    if (!(k in defaults))
      c.add(
        `environmentNames.${k}`,
        "is not a known variable",
        names[k],
        `use ${Object.keys(defaults).join(", ")}`,
      );
  for (const k of Object.keys(defaults)) name(`environmentNames.${k}`, names[k] ?? defaults[k]);
  // The URL and workspace ID are literal env values: a credential-like name there
  // would read as a leaked credential to every reviewer and to the guard (VAW-CE-1).
  for (const k of LITERAL_ENVIRONMENT_NAMES) {
    const value = names[k];
    if (typeof value === "string" && SECRET_NAME.test(value))
      c.add(
        `environmentNames.${k}`,
        "looks like a credential name but carries a literal, non-secret value",
        value,
        "name it after what it holds (for example WATSON_ASSISTANT_URL)",
      );
  }
  const env = c.object("environment", p.environment) ?? {};
  for (const k of Object.keys(env)) {
    name(`environment.${k}`, k);
    if (SECRET_NAME.test(k))
      c.add(
        `environment.${k}`,
        "looks like a credential: literal environment values are visible to everyone who can read the project",
        k,
        "pass it in secretEnvironment as a Secret",
      );
    c.string(`environment.${k}`, env[k], { max: 4096 });
  }
  const secretEnv = c.object("secretEnvironment", p.secretEnvironment) ?? {};
  for (const k of Object.keys(secretEnv)) {
    name(`secretEnvironment.${k}`, k);
    checkSecret(c, `secretEnvironment.${k}`, secretEnv[k], false);
  }
}
