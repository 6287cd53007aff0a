import { TerraformStack, Testing } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import {
  CodeEngineServiceAccount,
  CodeEngineServiceOrchestrationEngine,
  CodeEngineServiceOrchestrationEngineProps,
  ServiceOrchestrationEngine,
  VoiceAgent,
  WatsonAssistant,
} from "../../lib";
import { CODE_ENGINE_SOE_DEFAULTS } from "../../lib/orchestration";
import { problemProps, propsErrorOf } from "../core/props-error";
import { resourcesOf } from "../sip-trunk/twilio-kit";
import { manifests, secretVariable, voiceAgentProps } from "../voice-agent/fixtures";

const DIGEST = "a".repeat(64);
const IMAGE = `private.us.icr.io/claims/soe@sha256:${DIGEST}`;
const SOE = "test/soe";

function setup(): { stack: TerraformStack; assistant: WatsonAssistant } {
  const stack = new TerraformStack(Testing.app(), "test");
  new IbmProvider(stack, "ibm", { region: "us-south" });
  const assistant = new WatsonAssistant(stack, "assistant", {
    name: "claims-assistant",
    location: "us-south",
  });
  return { stack, assistant };
}

function soe(
  stack: TerraformStack,
  assistant: WatsonAssistant,
  props: Partial<CodeEngineServiceOrchestrationEngineProps> = {},
): CodeEngineServiceOrchestrationEngine {
  return ServiceOrchestrationEngine.onCodeEngine(stack, "soe", {
    name: "claims-soe",
    region: "us-south",
    image: IMAGE,
    userName: "voice-agent",
    password: secretVariable(stack, "soe_password"),
    assistant: { service: assistant, workspaceId: "ws-1" },
    ...props,
  });
}

const ref = (r: { terraformResourceType: string; friendlyUniqueId: string }, attr: string) =>
  `\${${r.terraformResourceType}.${r.friendlyUniqueId}.${attr}}`;

describe("ServiceOrchestrationEngine.onCodeEngine app", () => {
  test("runs the image publicly over https, without a service account, one instance warm", () => {
    const { stack, assistant } = setup();
    const s = soe(stack, assistant);
    const app = resourcesOf(stack, "ibm_code_engine_app")[`${SOE}/Resource`];
    expect(app).toMatchObject({
      name: "claims-soe",
      project_id: ref(s.project!, "project_id"),
      image_reference: IMAGE,
      image_port: 8080,
      managed_domain_mappings: "local_public",
      run_service_account: "none",
      scale_min_instances: 1,
      scale_max_instances: 10,
      scale_concurrency: 100,
      scale_request_timeout: 10,
    });
    expect(app.image_secret).toBeUndefined();
    expect(app.lifecycle.postcondition).toEqual([
      {
        condition: '${startswith(self.endpoint, "https://")}',
        error_message: expect.stringMatching(
          /^The SOE's Code Engine endpoint must be an https URL/,
        ),
      },
    ]);
    expect(CODE_ENGINE_SOE_DEFAULTS.runServiceAccount).toBe(CodeEngineServiceAccount.NONE);
  });

  test("creates a project named after the app, or uses the given one", () => {
    const { stack, assistant } = setup();
    soe(stack, assistant, { resourceGroupId: "0123456789abcdef0123456789abcdef" });
    expect(resourcesOf(stack, "ibm_code_engine_project")).toEqual({
      [`${SOE}/Project`]: {
        name: "claims-soe",
        resource_group_id: "0123456789abcdef0123456789abcdef",
      },
    });
    const other = setup();
    const id = "0b5c3d9e-1f2a-4b6c-8d7e-9f0a1b2c3d4e";
    const s = soe(other.stack, other.assistant, { projectId: id });
    expect(s.project).toBeUndefined();
    expect(resourcesOf(other.stack, "ibm_code_engine_project")).toEqual({});
    expect(resourcesOf(other.stack, "ibm_code_engine_app")[`${SOE}/Resource`].project_id).toBe(id);
  });

  test("applies the scale settings given", () => {
    const { stack, assistant } = setup();
    soe(stack, assistant, {
      minInstances: 2,
      maxInstances: 4,
      concurrency: 20,
      requestTimeoutSeconds: 5,
      cpuLimit: "0.5",
      memoryLimit: "1G",
      imagePort: 3000,
    });
    expect(resourcesOf(stack, "ibm_code_engine_app")[`${SOE}/Resource`]).toMatchObject({
      scale_min_instances: 2,
      scale_max_instances: 4,
      scale_concurrency: 20,
      scale_request_timeout: 5,
      scale_cpu_limit: "0.5",
      scale_memory_limit: "1G",
      image_port: 3000,
    });
  });
});

describe("ServiceOrchestrationEngine.onCodeEngine credentials", () => {
  test("hands the basic-auth credentials and the assistant key over as secret references, never literal values", () => {
    const { stack, assistant } = setup();
    const s = soe(stack, assistant);
    const app = resourcesOf(stack, "ibm_code_engine_app")[`${SOE}/Resource`];
    const basic = ref(s.secrets.basicAuth, "name");
    const wa = ref(s.secrets.assistant, "name");
    expect(app.run_env_variables).toEqual([
      { type: "secret_key_reference", name: "SOE_USERNAME", reference: basic, key: "username" },
      { type: "secret_key_reference", name: "SOE_PASSWORD", reference: basic, key: "password" },
      {
        type: "secret_key_reference",
        name: "WATSON_ASSISTANT_APIKEY",
        reference: wa,
        key: "apikey",
      },
      {
        type: "literal",
        name: "WATSON_ASSISTANT_URL",
        value: expect.stringMatching(
          /^https:\/\/api\.us-south\.assistant\.watson\.cloud\.ibm\.com\//,
        ),
      },
      { type: "literal", name: "WATSON_ASSISTANT_WORKSPACE_ID", value: "ws-1" },
    ]);
  });

  test("keeps the credentials in basic_auth and generic code engine secrets as expressions", () => {
    const { stack, assistant } = setup();
    const s = soe(stack, assistant);
    const secrets = resourcesOf(stack, "ibm_code_engine_secret");
    expect(secrets[`${SOE}/BasicAuthSecret`]).toEqual({
      project_id: ref(s.project!, "project_id"),
      name: "claims-soe-basic-auth",
      format: "basic_auth",
      data: { username: "voice-agent", password: "${var.soe_password}" },
    });
    expect(secrets[`${SOE}/AssistantSecret`]).toMatchObject({
      name: "claims-soe-watson-assistant",
      format: "generic",
      data: {
        apikey: `\${ibm_resource_key.${assistant.credential.resource.friendlyUniqueId}.credentials["apikey"]}`,
      },
    });
  });

  test("pulls a private image with a registry secret whose password is a reference", () => {
    const { stack, assistant } = setup();
    const s = soe(stack, assistant, {
      imageRegistry: {
        server: "private.us.icr.io",
        username: "iamapikey",
        password: secretVariable(stack, "cr_key"),
      },
    });
    expect(resourcesOf(stack, "ibm_code_engine_secret")[`${SOE}/RegistrySecret`]).toMatchObject({
      name: "claims-soe-registry",
      format: "registry",
      data: { server: "private.us.icr.io", username: "iamapikey", password: "${var.cr_key}" },
    });
    expect(resourcesOf(stack, "ibm_code_engine_app")[`${SOE}/Resource`].image_secret).toBe(
      ref(s.secrets.registry!, "name"),
    );
  });

  test("adds literal and secret environment variables in a stable order", () => {
    const { stack, assistant } = setup();
    const s = soe(stack, assistant, {
      environment: { LOG_LEVEL: "info", CLAIMS_API_URL: "https://claims.example.com" },
      secretEnvironment: { CLAIMS_API_TOKEN: secretVariable(stack, "claims_token") },
      environmentNames: { password: "BASIC_AUTH_PASSWORD" },
    });
    const env = resourcesOf(stack, "ibm_code_engine_app")[`${SOE}/Resource`].run_env_variables;
    expect(env[1].name).toBe("BASIC_AUTH_PASSWORD");
    expect(env.slice(5)).toEqual([
      { type: "literal", name: "CLAIMS_API_URL", value: "https://claims.example.com" },
      { type: "literal", name: "LOG_LEVEL", value: "info" },
      { type: "secret_full_reference", reference: ref(s.secrets.environment!, "name") },
    ]);
    expect(resourcesOf(stack, "ibm_code_engine_secret")[`${SOE}/EnvironmentSecret`].data).toEqual({
      CLAIMS_API_TOKEN: "${var.claims_token}",
    });
  });
});

describe("ServiceOrchestrationEngine.onCodeEngine as an agent's SOE", () => {
  test("gives the agent the app's https endpoint, the user name and a reference to the password", () => {
    const { stack, assistant } = setup();
    const s = soe(stack, assistant, { path: "/soe/claims" });
    expect(ServiceOrchestrationEngine.isServiceOrchestrationEngine(s)).toBe(true);
    new VoiceAgent(
      stack,
      "agent",
      voiceAgentProps(stack, { assistant: { location1: { orchestrationEngine: s } } }),
    );
    const [manifest] = manifests(JSON.parse(Testing.synth(stack)));
    expect(manifest.conversation.location1).toEqual({
      serviceType: "Service orchestration engine",
      region: "us-south",
      url: `https://\${trimprefix(ibm_code_engine_app.${s.app.friendlyUniqueId}.endpoint, "https://")}/soe/claims`,
      userName: "voice-agent",
      password: { source: "terraform-variable", address: "var.soe_password" },
    });
  });
});

describe("ServiceOrchestrationEngine.onCodeEngine props validation", () => {
  test("lists every problem at once", () => {
    const { stack, assistant } = setup();
    expect(
      problemProps(() =>
        soe(stack, assistant, {
          name: "Claims_SOE",
          image: "Docker.io/Claims:latest",
          projectId: "claims",
          projectName: "claims",
          minInstances: 3,
          maxInstances: 2,
          concurrency: 2000,
          requestTimeoutSeconds: 900,
          runServiceAccount: "admin" as any,
        }),
      ),
    ).toEqual([
      "name",
      "image",
      "projectId",
      "projectName",
      "minInstances",
      "concurrency",
      "requestTimeoutSeconds",
      "runServiceAccount",
    ]);
  });

  test("refuses a password or registry password given as a string, without showing it", () => {
    const { stack, assistant } = setup();
    const e = propsErrorOf(() =>
      soe(stack, assistant, {
        password: "hunter2-Password" as any,
        imageRegistry: {
          server: "us.icr.io",
          username: "iamapikey",
          password: "cr-Key-123" as any,
        },
      }),
    );
    expect(e.problems.map((p) => p.prop)).toEqual(["password", "imageRegistry.password"]);
    expect(e.message).not.toMatch(/hunter2|cr-Key-123/);
  });

  test("refuses a literal environment variable named like a credential and a name used twice", () => {
    const { stack, assistant } = setup();
    expect(
      problemProps(() =>
        soe(stack, assistant, {
          environment: { DB_PASSWORD: "x", SOE_USERNAME: "y" },
        }),
      ),
    ).toEqual(["environment.DB_PASSWORD", "environment.SOE_USERNAME"]);
  });

  test("refuses a credential-like name for the literal url and workspace id variables", () => {
    const { stack, assistant } = setup();
    expect(
      problemProps(() =>
        soe(stack, assistant, {
          environmentNames: {
            assistantUrl: "WATSON_APIKEY_URL",
            assistantWorkspaceId: "WORKSPACE",
          },
        }),
      ),
    ).toEqual(["environmentNames.assistantUrl"]);
  });

  test("refuses an assistant that is not watson assistant", () => {
    const { stack } = setup();
    const fake = {
      serviceKind: "speech-to-text",
      url: "https://x",
      instanceCrn: "crn",
      credential: {},
    };
    expect(
      problemProps(() =>
        soe(stack, undefined as any, { assistant: { service: fake as any, workspaceId: "" } }),
      ),
    ).toEqual(["assistant.service", "assistant.workspaceId"]);
  });

  test("reports missing props instead of throwing a TypeError", () => {
    const { stack } = setup();
    expect(
      problemProps(() => ServiceOrchestrationEngine.onCodeEngine(stack, "soe", {} as any)),
    ).toEqual(["name", "region", "image", "userName", "password", "assistant"]);
  });

  test("lets unresolved tokens through where a literal would be checked", () => {
    const { stack, assistant } = setup();
    const image = secretVariable(stack, "image").value;
    expect(() => soe(stack, assistant, { image })).not.toThrow();
  });
});
