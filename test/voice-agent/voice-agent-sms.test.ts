import { TerraformVariable } from "cdktf";
import { AgentType, VoiceAgent, VoiceAgentPlan, VoiceAgentProps } from "../../lib";
import { synthJson } from "../util";
import {
  errorOf,
  manifests,
  resourceKeys,
  secretVariable,
  service,
  sharedServices,
  stack,
} from "./fixtures";

const SID = "AC0123456789abcdef0123456789abcdef";

function smsProps(s: any, overrides: Partial<VoiceAgentProps> = {}): VoiceAgentProps {
  return {
    service: overrides.service ?? service(s),
    name: "texts",
    agentType: AgentType.SMS,
    phoneNumbers: ["+1 888 333 4444"],
    assistant: { location1: { service: sharedServices(s).wa, workspaceId: "ws" } },
    sms: { accountSid: SID, authToken: secretVariable(s, "twilio_auth_token") },
    ...overrides,
  };
}

describe("SMS agents", () => {
  const s = stack();
  const agent = new VoiceAgent(s, "agent", smsProps(s));
  const json = synthJson(s);
  const m = manifests(json)[0];

  test("render the documented SMS defaults, the auth token as a reference only", () => {
    expect(m.agentType).toBe("SMS");
    expect(m.sms).toEqual({
      smsProviderUserName: SID,
      smsProviderPassword: { source: "terraform-variable", address: "var.twilio_auth_token" },
      smsProviderApiUrl: "https://api.twilio.com",
      initiateConversationFromInboundMessages: false,
      notifyOnSessionTimeout: false,
      conversationReadTimeoutSeconds: 30,
      sessionTimeoutSeconds: 3600,
      conversationFailureReplyMessage: "We're sorry, but we can't respond to your message.",
      allowSmsOnlyConversation: false,
      webhookCredential: {
        name: "texts-sms-webhook",
        role: "Writer",
        resourceKey: agent.smsWebhookCredential!.resourceKeyAddress,
        purpose: "sms-webhook",
      },
      webhookUrl:
        "https://apikey:<API_KEY>@sms-south.voiceagent.cloud.ibm.com/sms.receiver/SmsRecv",
    });
  });

  test("create a dedicated Writer credential for the webhook and none for SIP authentication", () => {
    const names = resourceKeys(json).map((k: any) => `${k.name}:${k.role}`);
    expect(names).toContain("texts-sms-webhook:Writer");
    expect(names.some((n: string) => n.startsWith("texts-sip"))).toBe(false);
    expect(m.sipAuthentication).toEqual({ enabled: false });
  });

  test("have no voice sections", () => {
    for (const k of ["sipTrunk", "speechToText", "textToSpeech", "callTransfer", "advanced"])
      expect(m[k]).toBeUndefined();
  });
});

describe("SMS limits", () => {
  test("an SMS agent has exactly one number", () => {
    const s = stack();
    const e = errorOf(
      () =>
        new VoiceAgent(
          s,
          "agent",
          smsProps(s, { phoneNumbers: ["+1 888 333 4444", "+1 888 333 4445"] }),
        ),
    );
    expect(e.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
      "phoneNumbers must have at most 1 items",
      "phoneNumbers must hold exactly one number for an sms agent",
    ]);
  });

  test("an SMS agent takes no voice settings", () => {
    const s = stack();
    const e = errorOf(
      () =>
        new VoiceAgent(
          s,
          "agent",
          smsProps(s, { sipTrunk: sharedServices(s).trunk, advanced: {} }),
        ),
    );
    expect(e.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
      "sipTrunk applies to voice agents only",
      "advanced applies to voice agents only",
    ]);
  });

  test("the account SID must look like a Twilio account SID and the URL must be absolute", () => {
    const s = stack();
    const e = errorOf(
      () =>
        new VoiceAgent(
          s,
          "agent",
          smsProps(s, {
            sms: {
              accountSid: "SK123",
              authToken: secretVariable(s, "t"),
              apiUrl: "api.twilio.com",
            },
          }),
        ),
    );
    expect(e.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
      "sms.accountSid has the wrong format",
      "sms.apiUrl is not a valid url",
    ]);
  });

  test("an http API URL passes construction (the guard blocks it)", () => {
    const s = stack();
    const a = new VoiceAgent(
      s,
      "agent",
      smsProps(s, {
        sms: {
          accountSid: SID,
          authToken: secretVariable(s, "t"),
          apiUrl: "http://api.twilio.com",
        },
      }),
    );
    expect(a.manifest.sms!.smsProviderApiUrl).toBe("http://api.twilio.com");
  });

  test("SMS agents and SMS-only sessions are not available on the Plus plan", () => {
    const s = stack();
    const plus = service(s, { plan: VoiceAgentPlan.PLUS });
    const e1 = errorOf(() => new VoiceAgent(s, "a", smsProps(s, { service: plus })));
    expect(e1.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
      "agentType is not available on the plus plan",
    ]);
    const s2 = stack();
    const plus2 = service(s2, { plan: VoiceAgentPlan.PLUS });
    const e2 = errorOf(
      () =>
        new VoiceAgent(s2, "b", {
          ...smsProps(s2, { service: plus2, agentType: AgentType.VOICE_AND_SMS }),
          speechToText: {
            location1: { service: sharedServices(s2).stt },
            model: "en-US_NarrowbandModel",
          },
          textToSpeech: {
            location1: { service: sharedServices(s2).tts },
            voice: "en-US_AllisonV3Voice",
          },
          sipTrunk: sharedServices(s2).trunk,
          sms: {
            accountSid: SID,
            authToken: secretVariable(s2, "t2"),
            allowSmsOnlyConversation: true,
          },
        }),
    );
    expect(e2.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
      "sms.allowSmsOnlyConversation is not available on the plus plan",
    ]);
  });

  test("allowSmsOnlyConversation applies to Voice + SMS agents only", () => {
    const s = stack();
    const e = errorOf(
      () =>
        new VoiceAgent(
          s,
          "a",
          smsProps(s, {
            sms: {
              accountSid: SID,
              authToken: secretVariable(s, "t"),
              allowSmsOnlyConversation: false,
            },
          }),
        ),
    );
    expect(e.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
      "sms.allowSmsOnlyConversation applies to voice + sms agents only",
    ]);
  });
});

describe("Voice + SMS agents", () => {
  test("have voice and SMS sections and two separate dedicated credentials", () => {
    const s = stack();
    const { stt, tts, trunk } = sharedServices(s);
    const a = new VoiceAgent(s, "agent", {
      ...smsProps(s, { agentType: AgentType.VOICE_AND_SMS, region: "us-east" }),
      phoneNumbers: ["+1 888 333 4444", "+1 888 333 4445"],
      speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
      textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
      sipTrunk: trunk,
      sms: {
        accountSid: SID,
        authToken: secretVariable(s, "t"),
        allowSmsOnlyConversation: true,
        initiateConversationFromInboundMessages: true,
      },
    });
    const m = manifests(synthJson(s))[0];
    expect(m.agentType).toBe("Voice + SMS");
    expect(m.sms).toMatchObject({
      allowSmsOnlyConversation: true,
      initiateConversationFromInboundMessages: true,
      webhookUrl: "https://apikey:<API_KEY>@sms-east.voiceagent.cloud.ibm.com/sms.receiver/SmsRecv",
    });
    expect(m.sipTrunk.originationUris).toEqual([
      "sip:us-east.voiceagent.cloud.ibm.com;transport=tls",
    ]);
    expect(a.sipAuthenticationCredential!.resourceKeyAddress).not.toBe(
      a.smsWebhookCredential!.resourceKeyAddress,
    );
    expect(m.sipAuthentication.credential.role).toBe("Reader");
    expect(m.sms.webhookCredential.role).toBe("Writer");
  });

  test("a region known only at apply time gives a webhook URL chosen by Terraform", () => {
    const s = stack();
    const region = new TerraformVariable(s, "region", { type: "string" }).stringValue;
    const { stt, tts, trunk } = sharedServices(s);
    new VoiceAgent(s, "agent", {
      ...smsProps(s, { agentType: AgentType.VOICE_AND_SMS, region }),
      speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
      textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
      sipTrunk: trunk,
    });
    const m = manifests(synthJson(s))[0];
    expect(m.region).toBe("${var.region}");
    expect(m.sipTrunk.originationUris).toEqual([
      "sip:${var.region}.voiceagent.cloud.ibm.com;transport=tls",
    ]);
    expect(m.sms.webhookUrl).toMatch(
      /^\$\{\{"us-south" = "https:\/\/apikey:<API_KEY>@sms-south\..*\}\[var\.region\]\}$/,
    );
  });
});
