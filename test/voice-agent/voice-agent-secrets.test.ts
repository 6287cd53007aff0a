import { TerraformStack, Testing } from "cdktf";
import {
  AgentType,
  DataClass,
  ServiceOrchestrationEngine,
  SipTrunk,
  SipProviderKind,
  VoiceAgent,
  VoiceAgentService,
  VoiceAgentPlan,
} from "../../lib";
import { cloudant, manifests, secretVariable, VA_CRN, watson } from "./fixtures";

const CANARY = "canary-9f3b7c1e-secret-value";

/** A complete Voice + SMS program with every kind of secret the library takes. */
function program(): TerraformStack {
  const s = new TerraformStack(Testing.app(), "test");
  const service = VoiceAgentService.fromCrn(s, "va", VA_CRN, {
    plan: VoiceAgentPlan.STANDARD,
    outboundCalling: { enabled: true, peerIpAddress: "54.172.60.0" },
  });
  const { stt, tts } = watson(s);
  const soe = new ServiceOrchestrationEngine(s, "soe", {
    url: "https://soe.example.com/SOE/ws",
    region: "us-south",
    userName: "voice-agent",
    password: secretVariable(s, "soe_password"),
  });
  new VoiceAgent(s, "agent", {
    service,
    name: "billing",
    agentType: AgentType.VOICE_AND_SMS,
    phoneNumbers: ["+1 888 333 4444"],
    dataClasses: [DataClass.PII, DataClass.PHI],
    assistant: { location1: { orchestrationEngine: soe } },
    speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
    sipTrunk: new SipTrunk(s, "trunk", { providerKind: SipProviderKind.TWILIO }),
    eventForwarding: { store: cloudant(s), cdr: true },
    sms: {
      accountSid: "AC0123456789abcdef0123456789abcdef",
      authToken: secretVariable(s, "twilio_auth_token"),
    },
  });
  return s;
}

const SECRET_KEY = /password|apikey|api_key|authtoken|auth_token|secret/i;

/** Every [path, value] under `node`. */
function walk(node: unknown, path = ""): [string, unknown][] {
  if (Array.isArray(node)) return node.flatMap((v, i) => walk(v, `${path}[${i}]`));
  if (typeof node === "object" && node !== null) {
    return Object.entries(node).flatMap(([k, v]) => [
      [`${path}.${k}`, v] as [string, unknown],
      ...walk(v, `${path}.${k}`),
    ]);
  }
  return [];
}

describe("secrets", () => {
  test("a secret's value set through TF_VAR never reaches the synthesized JSON", () => {
    process.env.TF_VAR_soe_password = CANARY;
    process.env.TF_VAR_twilio_auth_token = CANARY;
    try {
      const out = Testing.synth(program());
      expect(out).not.toContain(CANARY);
      const json = JSON.parse(out);
      expect(json.variable.soe_password).toEqual({ type: "string", sensitive: true });
      expect(json.variable.twilio_auth_token).toEqual({ type: "string", sensitive: true });
    } finally {
      delete process.env.TF_VAR_soe_password;
      delete process.env.TF_VAR_twilio_auth_token;
    }
  });

  test("the manifest holds secrets only as references (source and address, never a value or an expression)", () => {
    const m = manifests(JSON.parse(Testing.synth(program())))[0];
    expect(m.conversation.location1.password).toEqual({
      source: "terraform-variable",
      address: "var.soe_password",
    });
    expect(m.sms.smsProviderPassword).toEqual({
      source: "terraform-variable",
      address: "var.twilio_auth_token",
    });
    const secretFields = walk(m).filter(([p]) => SECRET_KEY.test(p.split(".").pop() as string));
    expect(secretFields.map(([p]) => p).sort()).toEqual([
      ".conversation.location1.password",
      ".sms.smsProviderPassword",
    ]);
    for (const [, v] of secretFields) {
      expect(Object.keys(v as object).sort()).toEqual(["address", "source"]);
    }
  });

  test("no manifest string is an expression reading a credential or a secret", () => {
    const m = manifests(JSON.parse(Testing.synth(program())))[0];
    const strings = walk(m)
      .filter(([, v]) => typeof v === "string")
      .map(([, v]) => v as string);
    for (const v of strings) {
      expect(v).not.toMatch(/credentials|\.payload|var\.(soe_password|twilio_auth_token)\}/);
    }
    expect(strings.some((v) => v.includes("<API_KEY>"))).toBe(true);
  });

  test("synthesizing the same program twice gives identical JSON", () => {
    expect(Testing.synth(program())).toBe(Testing.synth(program()));
  });
});
