import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import {
  AgentType,
  CloudantEventTarget,
  DataClass,
  Secret,
  ServiceOrchestrationEngine,
  SpeechToText,
  TextToSpeech,
  TwilioSipTrunk,
  TwilioTransferMode,
  VOICE_AGENT_EGRESS_CANDIDATES,
  VoiceAgent,
  VoiceAgentGuard,
  VoiceAgentPlan,
  VoiceAgentService,
  WatsonAssistant,
} from "../../lib";
import {
  VA_CRN as INSTANCE_CRN,
  SOE_IMAGE,
  secretVariable as secret,
} from "../voice-agent/fixtures";

// The same larger program (20 agents with every feature on: SOEs on Code
// Engine and by URL, Twilio trunks with failover regions, every event type
// forwarded to a network-restricted Cloudant, SMS, outbound calling, standby
// Watson locations in a second region, acknowledgements) synthesized twice in
// one process gives byte-identical files: cdk.tf.json, reports, SARIF and
// every agent manifest.

const AGENTS = 20;

function watsonIn(stack: TerraformStack, location: string) {
  const opts = (name: string) => ({ name: `${name}-${location}`, location, plan: "premium" });
  return {
    wa: new WatsonAssistant(stack, `assistant-${location}`, opts("assistant")),
    stt: new SpeechToText(stack, `stt-${location}`, opts("stt")),
    tts: new TextToSpeech(stack, `tts-${location}`, opts("tts")),
  };
}

/** The program: one instance, 20 agents, everything on. */
function bigProgram(app: App): TerraformStack {
  const stack = new TerraformStack(app, "everything");
  new IbmProvider(stack, "ibm", {
    ibmcloudApiKey: secret(stack, "ibmcloud_api_key").value,
    region: "us-south",
  });
  new TwilioProvider(stack, "twilio", {
    username: secret(stack, "twilio_account_sid").value,
    password: secret(stack, "twilio_auth_token").value,
  });
  const service = VoiceAgentService.fromCrn(stack, "voice-agent", INSTANCE_CRN, {
    plan: VoiceAgentPlan.PREMIUM,
    maxConcurrentCalls: 40,
    outboundCalling: { enabled: true, peerIpAddress: "203.0.113.20" },
  });
  const south = watsonIn(stack, "us-south");
  const east = watsonIn(stack, "us-east");
  const events = new CloudantEventTarget(stack, "events", {
    name: "everything-events",
    location: "us-south",
    networkRestriction: {
      allowedAddresses: [
        ...VOICE_AGENT_EGRESS_CANDIDATES["us-south"],
        ...VOICE_AGENT_EGRESS_CANDIDATES["us-east"],
      ],
    },
  });
  const smsToken = Secret.fromSecretsManager(stack, "sms-token", {
    instanceId: "11111111-2222-3333-4444-555555555555",
    secretId: "66666666-7777-8888-9999-000000000000",
  });
  const codeEngineSoe = ServiceOrchestrationEngine.onCodeEngine(stack, "soe", {
    name: "everything-soe",
    region: "us-south",
    image: SOE_IMAGE,
    imageRegistry: {
      server: "private.us.icr.io",
      username: "iamapikey",
      password: secret(stack, "registry_api_key"),
    },
    userName: "voice-agent",
    password: secret(stack, "soe_password"),
    assistant: { service: south.wa, workspaceId: "7f3c2a10-4b5e-4c6d-8e9f-0a1b2c3d4e5f" },
  });
  for (let i = 0; i < AGENTS; i++) {
    const name = `agent-${String(i).padStart(2, "0")}`;
    const domain = `${name}.pstn.twilio.com`;
    const trunk = new TwilioSipTrunk(stack, `${name}-trunk`, {
      region: "us-south",
      secondaryRegion: "us-east",
      domainName: domain,
      transferMode: TwilioTransferMode.ENABLE_ALL,
      // "everything on": digest too (the Twilio default is off), VAW-SIP-6 acknowledged below.
      digestAuthentication: true,
      terminationCredentials: [
        {
          username: "voice-agent",
          password: secret(stack, `${name.replace("-", "_")}_sip_password`),
        },
      ],
    });
    const soe =
      i % 2 === 0
        ? codeEngineSoe
        : new ServiceOrchestrationEngine(stack, `${name}-soe`, {
            url: `https://soe.example.com/soe/${name}`,
            region: "us-south",
            userName: "voice-agent",
            password: secret(stack, `${name.replace("-", "_")}_soe_password`),
          });
    const numbers = [0, 1, 2].map((n) => `+1 888 ${String(200 + i)} ${String(1000 + n)}`);
    new VoiceAgent(stack, name, {
      service,
      name,
      description: `Agent ${i}: every feature on`,
      agentType: i % 4 === 3 ? AgentType.VOICE_AND_SMS : AgentType.VOICE,
      phoneNumbers: [...numbers.slice(0, 2), { number: numbers[2], description: "overflow" }],
      region: "us-south",
      secondaryRegion: "us-east",
      dataClasses: i % 3 === 0 ? [DataClass.PII, DataClass.PHI] : [DataClass.PII],
      assistant: {
        location1: { orchestrationEngine: soe },
        location2: { service: east.wa, workspaceId: `ws-${name}` },
      },
      speechToText: {
        location1: { service: south.stt },
        location2: { service: east.stt },
        model: "en-US_NarrowbandModel",
      },
      textToSpeech: {
        location1: { service: south.tts },
        location2: { service: east.tts },
        voice: "en-US_AllisonV3Voice",
      },
      sipTrunk: trunk,
      callTransfer: {
        defaultTarget: `sip:+1888555${String(1000 + i)}@${domain}`,
        allowedTargets: [`tel:+1888556${String(1000 + i)}`],
        failureMessage: "Sorry, the transfer failed.",
      },
      eventForwarding: { store: events, cdr: true, transcription: true, turn: true },
      advanced: {
        conversationReadTimeoutSeconds: 8,
        watsonAssistantFailureReplyMessage: "One moment please.",
      },
      outboundCalling: { statusWebhookUrl: "https://hooks.example.com/status" },
      ...(i % 4 === 3
        ? { sms: { accountSid: `AC${"0123456789abcdef".repeat(2)}`, authToken: smsToken } }
        : {}),
    });
  }
  for (const ruleId of ["VAW-SIP-6", "VAW-DATA-2"])
    VoiceAgentGuard.acknowledge(stack, {
      ruleId,
      reason: `determinism test: ${ruleId} accepted for this synthetic program only`,
      expires: "2999-12-31",
    });
  return stack;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "determinism-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function synthInto(name: string): string {
  const outdir = path.join(tmp, name);
  const app = new App({ outdir });
  bigProgram(app);
  app.synth();
  return outdir;
}

describe("determinism of a 20-agent program with everything on", () => {
  let first = "";
  let second = "";
  beforeAll(() => {
    first = synthInto("first");
    second = synthInto("second");
  }, 120_000);

  test("writes the stack, both reports and one manifest per agent", () => {
    const files = listFiles(first);
    expect(files).toEqual(
      expect.arrayContaining([
        "stacks/everything/cdk.tf.json",
        "stacks/everything/voice-agent-guard.json",
        "stacks/everything/voice-agent-guard.sarif",
      ]),
    );
    expect(
      files.filter((f) => f.startsWith("stacks/everything/voice-agent-manifests/")),
    ).toHaveLength(AGENTS);
    const report = JSON.parse(
      fs.readFileSync(path.join(first, "stacks/everything/voice-agent-guard.json"), "utf8"),
    );
    expect(report.passed).toBe(true);
    expect(report.counts.acknowledged).toBeGreaterThan(0);
  });

  test("synthesizes byte-identical files twice in one process", () => {
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter(
      (f) => !fs.readFileSync(path.join(first, f)).equals(fs.readFileSync(path.join(second, f))),
    );
    expect(differing).toEqual([]);
  });
});
