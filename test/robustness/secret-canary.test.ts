import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import {
  AgentType,
  CloudantEventTarget,
  isVoiceAgentError,
  Secret,
  ServiceOrchestrationEngine,
  SipProviderKind,
  SipTrunk,
  SpeechToText,
  TextToSpeech,
  TwilioSipTrunk,
  TwilioTransferMode,
  VoiceAgent,
  VoiceAgentGuard,
  VoiceAgentPlan,
  VoiceAgentService,
  WatsonAssistant,
} from "../../lib";
import { ServiceCredential } from "../../lib/credentials/service-credential";
import { ServiceRole } from "../../lib";
import { VA_CRN as INSTANCE_CRN, SOE_IMAGE } from "../voice-agent/fixtures";

// Canary secrets: every Secret source and every construct that takes a
// secret, with the values Terraform would read (TF_VAR_...) set in the
// environment as recognisable canaries. Nothing app.synth() writes (cdk.tf.json,
// manifests, reports, SARIF) and no error message may contain a canary, also
// when a user passes one where a secret belongs or leaves one in a variable
// default.

/** A canary for one secret: unmistakable, never a substring of anything the library writes. */
const canary = (name: string) => `Canary-${name}-Q7xZ9vK2pL4mN8`;

const SENSITIVE_VARIABLES = [
  "ibmcloud_api_key",
  "twilio_account_sid",
  "twilio_auth_token",
  "registry_api_key",
  "soe_password",
  "sip_password",
  "soe_url_password",
];

const saved = new Map<string, string | undefined>();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "canary-"));

beforeAll(() => {
  for (const name of SENSITIVE_VARIABLES) {
    saved.set(`TF_VAR_${name}`, process.env[`TF_VAR_${name}`]);
    process.env[`TF_VAR_${name}`] = canary(name);
  }
  for (const name of ["IC_API_KEY", "IBMCLOUD_API_KEY", "TWILIO_AUTH_TOKEN"]) {
    saved.set(name, process.env[name]);
    process.env[name] = canary(name);
  }
});

afterAll(() => {
  for (const [k, v] of saved) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

let outdirs = 0;

function newApp(): { app: App; outdir: string } {
  const outdir = path.join(tmp, `out-${outdirs++}`);
  return { app: new App({ outdir }), outdir };
}

/** Every file below `dir`, as [relative path, text]. */
function filesOf(dir: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push([path.relative(dir, p), fs.readFileSync(p, "utf8")]);
    }
  };
  walk(dir);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/** Every canary (from the environment and the literal ones) found in `text`. */
function canariesIn(text: string): string[] {
  return [...text.matchAll(/Canary-[A-Za-z_]+-Q7xZ9vK2pL4mN8/g)].map((m) => m[0]);
}

function sensitive(stack: TerraformStack, name: string): Secret {
  return Secret.fromVariable(
    new TerraformVariable(stack, name, { type: "string", sensitive: true }),
  );
}

/** A stack using every Secret source and every construct that takes a secret. */
function everySecretStack(stack: TerraformStack): { userOutputs: TerraformOutput[] } {
  new IbmProvider(stack, "ibm", {
    ibmcloudApiKey: sensitive(stack, "ibmcloud_api_key").value,
    region: "us-south",
  });
  new TwilioProvider(stack, "twilio", {
    username: sensitive(stack, "twilio_account_sid").value,
    password: sensitive(stack, "twilio_auth_token").value,
  });
  const service = VoiceAgentService.fromCrn(stack, "voice-agent", INSTANCE_CRN, {
    plan: VoiceAgentPlan.STANDARD,
    outboundCalling: { enabled: true, peerIpAddress: "203.0.113.20" },
  });
  const wa = new WatsonAssistant(stack, "assistant", { name: "canary-wa", location: "us-south" });
  const stt = new SpeechToText(stack, "stt", { name: "canary-stt", location: "us-south" });
  const tts = new TextToSpeech(stack, "tts", { name: "canary-tts", location: "us-south" });
  const events = new CloudantEventTarget(stack, "events", {
    name: "canary-events",
    location: "us-south",
  });
  const extraKey = new ServiceCredential(stack, "reporting-key", {
    name: "canary-reporting",
    resourceInstanceId: INSTANCE_CRN,
    role: ServiceRole.READER,
  });
  const fromKey = Secret.fromResourceKey(extraKey.resource);
  const fromSecretsManager = Secret.fromSecretsManager(stack, "sms-token", {
    instanceId: "11111111-2222-3333-4444-555555555555",
    secretId: "66666666-7777-8888-9999-000000000000",
  });

  const codeEngineSoe = ServiceOrchestrationEngine.onCodeEngine(stack, "soe", {
    name: "canary-soe",
    region: "us-south",
    image: SOE_IMAGE,
    imageRegistry: {
      server: "private.us.icr.io",
      username: "iamapikey",
      password: sensitive(stack, "registry_api_key"),
    },
    userName: "voice-agent",
    password: sensitive(stack, "soe_password"),
    assistant: { service: wa, workspaceId: "7f3c2a10-4b5e-4c6d-8e9f-0a1b2c3d4e5f" },
    secretEnvironment: { REPORTING_API_KEY: fromKey },
  });
  const urlSoe = new ServiceOrchestrationEngine(stack, "url-soe", {
    url: "https://soe.example.com/soe/billing",
    region: "us-south",
    userName: "voice-agent",
    password: sensitive(stack, "soe_url_password"),
  });
  const twilioTrunk = new TwilioSipTrunk(stack, "twilio-trunk", {
    region: "us-south",
    domainName: "canary.pstn.twilio.com",
    transferMode: TwilioTransferMode.ENABLE_ALL,
    // Digest on (the Twilio default is off) so the SIP authentication credential's flow is checked.
    digestAuthentication: true,
    terminationCredentials: [
      { username: "voice-agent", password: sensitive(stack, "sip_password") },
    ],
  });
  const plainTrunk = new SipTrunk(stack, "trunk", {
    providerKind: SipProviderKind.TWILIO,
    terminationUri: "plain.pstn.twilio.com",
    terminationCredentialList: true,
  });
  const voice = (location1: object) => ({
    speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
    assistant: { location1 },
  });
  new VoiceAgent(stack, "claims", {
    service,
    name: "claims",
    phoneNumbers: ["+1 888 333 5555"],
    ...voice({ orchestrationEngine: codeEngineSoe }),
    sipTrunk: twilioTrunk,
    callTransfer: { defaultTarget: "sip:+18885550111@canary.pstn.twilio.com" },
    eventForwarding: { store: events, cdr: true },
    outboundCalling: { statusWebhookUrl: "https://hooks.example.com/status" },
  });
  new VoiceAgent(stack, "billing", {
    service,
    name: "billing",
    agentType: AgentType.VOICE_AND_SMS,
    phoneNumbers: ["+1 888 333 6666"],
    ...voice({ orchestrationEngine: urlSoe }),
    sipTrunk: plainTrunk,
    sms: { accountSid: `AC${"0123456789abcdef".repeat(2)}`, authToken: fromSecretsManager },
  });
  new VoiceAgent(stack, "support", {
    service,
    name: "support",
    phoneNumbers: ["+1 888 333 7777"],
    ...voice({ service: wa, workspaceId: "ws-support" }),
    sipTrunk: plainTrunk,
  });
  VoiceAgentGuard.acknowledge(stack, {
    ruleId: "VAW-DATA-1",
    reason: "canary test stack: standard plans accepted for the test only",
  });
  VoiceAgentGuard.acknowledge(stack, {
    ruleId: "VAW-SIP-6",
    reason: "canary test stack: the plain trunk is assumed to answer digest challenges",
  });
  const userOutputs = [
    new TerraformOutput(stack, "soe_url", { value: codeEngineSoe.url }),
    new TerraformOutput(stack, "reporting_api_key", { value: fromKey.value, sensitive: true }),
  ];
  return { userOutputs };
}

describe("canary secrets", () => {
  test("no file app.synth() writes holds a secret from TF_VAR_... or the environment", () => {
    const { app, outdir } = newApp();
    const stack = new TerraformStack(app, "canary");
    everySecretStack(stack);
    app.synth();
    const files = filesOf(outdir);
    expect(files.map(([f]) => f)).toEqual(
      expect.arrayContaining([
        "stacks/canary/cdk.tf.json",
        "stacks/canary/voice-agent-guard.json",
        "stacks/canary/voice-agent-guard.sarif",
        "stacks/canary/voice-agent-manifests/claims.json",
        "stacks/canary/voice-agent-manifests/billing.json",
      ]),
    );
    for (const [file, text] of files)
      expect({ file, canaries: canariesIn(text) }).toEqual({ file, canaries: [] });
  });

  test("every secret reaches the configuration as a reference, and every sensitive variable has no default", () => {
    const { app, outdir } = newApp();
    const stack = new TerraformStack(app, "canary");
    everySecretStack(stack);
    app.synth();
    const json = JSON.parse(
      fs.readFileSync(path.join(outdir, "stacks/canary/cdk.tf.json"), "utf8"),
    );
    const variables = json.variable as Record<string, { sensitive?: boolean; default?: unknown }>;
    for (const name of SENSITIVE_VARIABLES) {
      expect(variables[name]).toEqual(expect.objectContaining({ sensitive: true }));
      expect(variables[name]).not.toHaveProperty("default");
    }
    const manifests = filesOf(path.join(outdir, "stacks/canary/voice-agent-manifests"));
    const claims = JSON.parse(manifests.find(([f]) => f === "claims.json")![1]);
    expect(claims.conversation.location1.password).toEqual({
      source: "terraform-variable",
      address: "var.soe_password",
    });
    const billing = JSON.parse(manifests.find(([f]) => f === "billing.json")![1]);
    expect(billing.sms.smsProviderPassword).toEqual(
      expect.objectContaining({ source: "secrets-manager", field: "payload" }),
    );
  });

  test("outputs the library creates are sensitive, except agent manifests, which carry secrets as references only", () => {
    const { app } = newApp();
    const stack = new TerraformStack(app, "canary");
    const { userOutputs } = everySecretStack(stack);
    const outputs = stack.node.findAll().filter(TerraformOutput.isTerraformOutput);
    const libraryOutputs = outputs.filter((o) => !userOutputs.includes(o));
    // The one non-sensitive kind is an agent's manifest output: its terraform_data holds
    // secrets as references only, never an expression that reads a secret.
    const json = JSON.parse(Testing.synth(stack));
    const sensitiveVariables = Object.entries(json.variable ?? {})
      .filter(([, v]) => (v as { sensitive?: boolean }).sensitive)
      .map(([name]) => name);
    const manifests = JSON.stringify(json.resource.terraform_data);
    expect(sensitiveVariables.length).toBeGreaterThan(3);
    for (const name of sensitiveVariables) expect(manifests).not.toContain(`var.${name}}`);
    expect(manifests).not.toMatch(/\$\{[^}]*(payload|credentials|apikey)[^}]*\}/);
    for (const o of libraryOutputs)
      expect({ output: o.node.path, sensitive: o.sensitive }).toEqual({
        output: o.node.path,
        sensitive: o.node.id === "ManifestOutput" ? undefined : true,
      });
    const report = VoiceAgentGuard.evaluate(stack);
    expect(report.findings.filter((f) => f.ruleId === "VAW-SECRET-2")).toEqual([]);
    expect(report.rules.find((r) => r.id === "VAW-SECRET-2")?.outcomes.compliant).toBe(
      outputs.length,
    );
    expect(report.findings.filter((f) => f.blocking)).toEqual([]);
    expect(report.passed).toBe(true);
  });
});

describe("canary secrets where a user smuggles one in", () => {
  /** Runs `build` in a fresh stack and returns what app.synth() (or the construct) threw. */
  function attempt(build: (stack: TerraformStack) => void): { error: unknown; outdir: string } {
    const { app, outdir } = newApp();
    const stack = new TerraformStack(app, "smuggle");
    new IbmProvider(stack, "ibm", { ibmcloudApiKey: sensitive(stack, "ibmcloud_api_key").value });
    VoiceAgentGuard.apply(stack);
    try {
      build(stack);
      app.synth();
    } catch (e) {
      return { error: e, outdir };
    }
    return { error: undefined, outdir };
  }

  const soeBase = { url: "https://soe.example.com/soe", region: "us-south", userName: "va" };
  const literal = canary("literal");

  test.each([
    [
      "a string as the SOE password",
      (s: TerraformStack) =>
        new ServiceOrchestrationEngine(s, "soe", { ...soeBase, password: literal as never }),
    ],
    [
      "a string as the SMS auth token",
      (s: TerraformStack) =>
        new VoiceAgent(s, "sms", {
          service: VoiceAgentService.fromCrn(s, "va", INSTANCE_CRN),
          name: "sms",
          agentType: AgentType.SMS,
          phoneNumbers: ["+1 888 333 8888"],
          assistant: {
            location1: {
              service: new WatsonAssistant(s, "wa", { name: "wa", location: "us-south" }),
              workspaceId: "ws",
            },
          },
          sms: { accountSid: `AC${"ab".repeat(16)}`, authToken: literal as never },
        }),
    ],
    [
      "a string as a Twilio termination password",
      (s: TerraformStack) =>
        new TwilioSipTrunk(s, "trunk", {
          region: "us-south",
          terminationCredentials: [{ username: "va", password: literal as never }],
        }),
    ],
    [
      "a non-sensitive variable as a secret",
      (s: TerraformStack) =>
        Secret.fromVariable(
          new TerraformVariable(s, "leaky", { type: "string", default: literal }),
        ),
    ],
    [
      "a literal API key on a provider",
      (s: TerraformStack) =>
        new IbmProvider(s, "other", { alias: "other", ibmcloudApiKey: literal }),
    ],
    [
      "a canary default on a sensitive variable",
      (s: TerraformStack) =>
        new TerraformVariable(s, "soe_password", {
          type: "string",
          sensitive: true,
          default: literal,
        }),
    ],
    [
      "a password inside an http endpoint URL",
      (s: TerraformStack) =>
        new IbmProvider(s, "classic", {
          alias: "classic",
          iaasClassicEndpointUrl: `http://apikey:${literal}@api.softlayer.com/rest/v3`,
        }),
    ],
  ])("%s is refused, and neither the error nor any file written shows it", (_what, build) => {
    const { error, outdir } = attempt(build);
    expect(isVoiceAgentError(error)).toBe(true);
    expect(canariesIn(String((error as Error).message))).toEqual([]);
    const files = fs.existsSync(outdir) ? filesOf(outdir) : [];
    expect(files.some(([f]) => f.endsWith("cdk.tf.json"))).toBe(false);
    for (const [file, text] of files)
      expect({ file, canaries: canariesIn(text) }).toEqual({ file, canaries: [] });
  });
});
