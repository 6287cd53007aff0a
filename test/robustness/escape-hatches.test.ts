import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import {
  GuardReport,
  Secret,
  ServiceOrchestrationEngine,
  SipProviderKind,
  SipTrunk,
  SpeechToText,
  TextToSpeech,
  VoiceAgent,
  VoiceAgentGuard,
  VoiceAgentPlan,
  VoiceAgentService,
  WatsonAssistant,
} from "../../lib";
import { RESOURCE_RULES } from "../../lib/rules";
import { VA_CRN as INSTANCE_CRN } from "../voice-agent/fixtures";

// Escape hatches: an addOverride that breaks a resource rule in a compliant
// stack makes app.synth() fail with the rule's id (or, for a warning rule,
// report it). The resource rules whose override cases live in test/e2e are
// listed in COVERED_IN_E2E; this file covers the others, and checks that
// together they cover every rule in RESOURCE_RULES.

/** Resource rules whose addOverride escape hatch is tested end to end in test/e2e. */
const COVERED_IN_E2E: Readonly<Record<string, string>> = {
  "VAW-CLOUDANT-1":
    "resource-cases.ts: legacy_credentials overridden on the event target's ibm_cloudant",
  "VAW-CLOUDANT-2": "resource-cases.ts: enable_cors overridden on the cloudant of a PHI agent",
  "VAW-CLOUDANT-3": "events-cases.ts: partitioned overridden on the cdr events database",
  "VAW-KEY-1": "resource-cases.ts: role overridden to Manager on the events credential",
};

/** The handles of the compliant stack an override is applied to. */
interface Compliant {
  readonly stack: TerraformStack;
  readonly provider: IbmProvider;
  readonly soePassword: TerraformVariable;
  readonly spareToken: TerraformVariable;
  readonly keyOutput: TerraformOutput;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "escape-hatches-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let count = 0;

/** A compliant agent stack (no finding but one acknowledged) in a fresh app. */
function compliantStack(): { app: App; outdir: string; c: Compliant } {
  const outdir = path.join(tmp, `out-${count++}`);
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "hatch");
  VoiceAgentGuard.apply(stack, { printWarnings: false });
  const variable = (name: string) =>
    new TerraformVariable(stack, name, { type: "string", sensitive: true });
  const provider = new IbmProvider(stack, "ibm", {
    ibmcloudApiKey: Secret.fromVariable(variable("ibmcloud_api_key")).value,
    region: "us-south",
  });
  const premium = (name: string) => ({ name, location: "us-south", plan: "premium" });
  const stt = new SpeechToText(stack, "stt", premium("hatch-stt"));
  const tts = new TextToSpeech(stack, "tts", premium("hatch-tts"));
  new WatsonAssistant(stack, "assistant", premium("hatch-assistant"));
  const soePassword = variable("soe_password");
  const soe = new ServiceOrchestrationEngine(stack, "soe", {
    url: "https://soe.example.com/soe/hatch",
    region: "us-south",
    userName: "voice-agent",
    password: Secret.fromVariable(soePassword),
  });
  const agent = new VoiceAgent(stack, "agent", {
    service: VoiceAgentService.fromCrn(stack, "va", INSTANCE_CRN, {
      plan: VoiceAgentPlan.STANDARD,
    }),
    name: "hatch",
    phoneNumbers: ["+1 888 333 4444"],
    assistant: { location1: { orchestrationEngine: soe } },
    speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
    sipTrunk: new SipTrunk(stack, "trunk", {
      providerKind: SipProviderKind.TWILIO,
      terminationUri: "hatch.pstn.twilio.com",
    }),
  });
  VoiceAgentGuard.acknowledge(agent, {
    ruleId: "VAW-SIP-6",
    reason: "escape-hatch test stack: the trunk is assumed to answer digest challenges",
  });
  const key = agent.sipAuthenticationCredential;
  if (!key) throw new Error("the agent has sip authentication on by default");
  const keyOutput = new TerraformOutput(stack, "sip_api_key", {
    value: key.apiKey.value,
    sensitive: true,
  });
  const spareToken = variable("spare_api_token");
  new TerraformOutput(stack, "spare_token_set", {
    value: `\${length(${"var." + spareToken.friendlyUniqueId}) > 0}`,
    sensitive: true,
  });
  return { app, outdir, c: { stack, provider, soePassword, spareToken, keyOutput } };
}

function synth(app: App): Error | undefined {
  try {
    app.synth();
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

function reportOf(outdir: string): GuardReport {
  return JSON.parse(
    fs.readFileSync(path.join(outdir, "stacks/hatch/voice-agent-guard.json"), "utf8"),
  );
}

const stackFile = (outdir: string) => path.join(outdir, "stacks/hatch/cdk.tf.json");

/** Blocking cases: the override, the rule, and where its finding is. */
const BLOCKING: readonly [string, string, string, (c: Compliant) => void][] = [
  [
    "VAW-SECRET-1",
    "a literal api key overrides the provider's variable reference",
    "hatch/ibm",
    (c) => c.provider.addOverride("ibmcloud_api_key", "0123456789abcdefghijklmnopqrstuvwxyzABCD"),
  ],
  [
    "VAW-SECRET-1",
    "a default is added to the sensitive soe password variable",
    "hatch/soe_password",
    (c) => c.soePassword.addOverride("default", "correct-horse-battery-staple"),
  ],
  [
    "VAW-SECRET-2",
    "the output of the sip authentication key is overridden not to be sensitive",
    "hatch/sip_api_key",
    (c) => c.keyOutput.addOverride("sensitive", false),
  ],
  [
    "VAW-HTTP-1",
    "the provider's classic infrastructure endpoint is overridden to http",
    "hatch/ibm",
    (c) => c.provider.addOverride("iaas_classic_endpoint_url", "http://api.softlayer.com/rest/v3"),
  ],
];

describe("escape hatches on resource rules", () => {
  test("the compliant stack synthesizes with no unacknowledged finding", () => {
    const { app, outdir } = compliantStack();
    expect(synth(app)).toBeUndefined();
    const report = reportOf(outdir);
    expect(report.passed).toBe(true);
    expect(report.findings.filter((f) => !f.acknowledged)).toEqual([]);
  });

  test.each(BLOCKING)("%s fails app.synth when %s", (ruleId, _when, at, override) => {
    const { app, outdir, c } = compliantStack();
    override(c);
    const error = synth(app);
    expect(error?.message).toMatch(/^voice agent guard blocked synthesis of hatch /);
    expect(error?.message).toContain(`${ruleId} `);
    expect(error?.message).toContain(` at ${at}: `);
    expect(fs.existsSync(stackFile(outdir))).toBe(false);
    expect(reportOf(outdir).findings).toContainEqual(
      expect.objectContaining({ ruleId, constructPath: at, level: "error", blocking: true }),
    );
  });

  test("VAW-SECRET-3 is reported when a secret-named variable is overridden not to be sensitive", () => {
    const { app, outdir, c } = compliantStack();
    c.spareToken.addOverride("sensitive", false);
    expect(synth(app)).toBeUndefined();
    expect(reportOf(outdir).findings).toContainEqual(
      expect.objectContaining({
        ruleId: "VAW-SECRET-3",
        constructPath: "hatch/spare_api_token",
        level: "warning",
        blocking: false,
      }),
    );
  });

  test("VAW-SECRET-3 is reported, and VAW-CRED-3 fails synth, when the variable behind a Secret is overridden not to be sensitive", () => {
    const { app, outdir, c } = compliantStack();
    c.soePassword.addOverride("sensitive", false);
    const error = synth(app);
    expect(error?.message).toMatch(/^voice agent guard blocked synthesis of hatch /);
    expect(error?.message).toContain("VAW-CRED-3 terraform_data at hatch/agent/Manifest: ");
    expect(fs.existsSync(stackFile(outdir))).toBe(false);
    expect(reportOf(outdir).findings).toContainEqual(
      expect.objectContaining({ ruleId: "VAW-SECRET-3", constructPath: "hatch/soe_password" }),
    );
  });

  test("every resource rule has an escape-hatch case here or in test/e2e", () => {
    const here = new Set([...BLOCKING.map(([id]) => id), "VAW-SECRET-3"]);
    const uncovered = RESOURCE_RULES.map((r) => r.id).filter(
      (id) => !here.has(id) && !(id in COVERED_IN_E2E),
    );
    expect(uncovered).toEqual([]);
    expect(Object.keys(COVERED_IN_E2E).filter((id) => here.has(id))).toEqual([]);
  });
});
