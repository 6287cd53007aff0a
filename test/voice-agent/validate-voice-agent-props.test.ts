import { TerraformVariable } from "cdktf";
import {
  AgentType,
  isVoiceAgentError,
  ServiceOrchestrationEngine,
  SipProviderKind,
  SipTrunk,
  VoiceAgent,
  VoiceAgentPlan,
  VoiceAgentProps,
  VoiceAgentService,
} from "../../lib";
import {
  errorOf,
  FakeEventStore,
  secretVariable,
  service,
  stack,
  trunk,
  VA_CRN,
  voiceAgentProps,
  watson,
} from "./fixtures";

type Overrides = Partial<VoiceAgentProps> | ((s: any) => Partial<VoiceAgentProps>);

function attempt(overrides: Overrides): unknown {
  const s = stack();
  const o = typeof overrides === "function" ? overrides(s) : overrides;
  try {
    new VoiceAgent(s, "agent", voiceAgentProps(s, o));
    return undefined;
  } catch (e) {
    return e;
  }
}

/** The `<prop> <problem>` lines of the error `overrides` cause (empty when construction succeeds). */
function problems(overrides: Overrides): string[] {
  const e = attempt(overrides) as any;
  if (e === undefined) return [];
  expect(isVoiceAgentError(e)).toBe(true);
  return e.problems.map((p: any) => `${p.prop} ${p.problem}`);
}

const x = (n: number, c = "a") => c.repeat(n);

describe("VoiceAgent documented limits", () => {
  test("name: 64 characters pass, 65 fail", () => {
    expect(problems({ name: x(64) })).toEqual([]);
    expect(problems({ name: x(65) })).toEqual(["name must be at most 64 characters"]);
  });

  test("phone number: 30 characters pass, 31 fail", () => {
    // a valid number, spaced out to the length under test
    const spaced = (n: number) => `+1${" ".repeat(n - 12)}8883334444`;
    expect(spaced(30)).toHaveLength(30);
    expect(problems({ phoneNumbers: [spaced(30)] })).toEqual([]);
    expect(problems({ phoneNumbers: [spaced(31)] })).toEqual([
      "phoneNumbers[0] must be at most 30 characters",
    ]);
  });

  test("phone number: only digits, spaces and + ( ) - .", () => {
    expect(problems({ phoneNumbers: ["+1 (888) 333-4444"] })).toEqual([]);
    expect(problems({ phoneNumbers: ["+1.888.333.4444"] })).toEqual([]);
    expect(problems({ phoneNumbers: ["+1 888 CALL NOW"] })).toEqual([
      "phoneNumbers[0] must hold digits only: letters, extensions and vanity words are not accepted",
    ]);
    expect(problems({ phoneNumbers: ["+()-"] })).toEqual([
      "phoneNumbers[0] has 0 digits, but an international number has 8 to 15 including the country code",
    ]);
  });

  // Defect fixed (issue 9): the old check accepted anything with a digit in it,
  // although its message asked for a country code.
  test("phone number: + and a country code, 8 to 15 digits, a valid number", () => {
    for (const bad of ["1", "((1))", "555-1234", "18883334444", "(800) 555-0100"])
      expect(problems({ phoneNumbers: [bad] })).toEqual([
        "phoneNumbers[0] has no country code: it must start with + and the country code",
      ]);
    expect(problems({ phoneNumbers: ["+1 555 0100"] })).toEqual([
      "phoneNumbers[0] is too short for a +1 number",
    ]);
    expect(problems({ phoneNumbers: ["+1234567890123456"] })).toEqual([
      "phoneNumbers[0] has 16 digits, but an international number has 8 to 15 including the country code",
    ]);
    expect(problems({ phoneNumbers: ["+44 20 7946 0958", "+49 30 901820"] })).toEqual([]);
  });

  test("phone numbers: 1000 pass, 1001 fail, none fail", () => {
    const numbers = (n: number) =>
      Array.from({ length: n }, (_, i) => `+1 888 555 ${String(i).padStart(4, "0")}`);
    expect(problems({ phoneNumbers: numbers(1000) })).toEqual([]);
    expect(problems({ phoneNumbers: numbers(1001) })).toEqual([
      "phoneNumbers must have at most 1000 items",
    ]);
    expect(problems({ phoneNumbers: [] })).toEqual(["phoneNumbers must have at least 1 item"]);
  });

  test("per-number description: 64 characters pass, 65 fail", () => {
    expect(problems({ phoneNumbers: [{ number: "+18883334444", description: x(64) }] })).toEqual(
      [],
    );
    expect(problems({ phoneNumbers: [{ number: "+18883334444", description: x(65) }] })).toEqual([
      "phoneNumbers[0].description must be at most 64 characters",
    ]);
  });

  test("a number listed twice in one agent fails, whatever its spelling", () => {
    expect(problems({ phoneNumbers: ["+1 888 333 4444", "+1 (888) 333-4444"] })).toEqual([
      "phoneNumbers[1] is listed twice",
    ]);
    // Defect fixed (issue 9): a (0) trunk prefix made two spellings of one number differ.
    expect(problems({ phoneNumbers: ["+44 (0)20 7946 0958", "+44 20 7946 0958"] })).toEqual([
      "phoneNumbers[1] is listed twice",
    ]);
  });

  test("description: 256 characters pass, 257 fail", () => {
    expect(problems({ description: x(256) })).toEqual([]);
    expect(problems({ description: x(257) })).toEqual([
      "description must be at most 256 characters",
    ]);
  });

  test("transfer target: 256 characters pass, 257 fail", () => {
    // a valid sip target whose host name is padded to the length under test
    const target = (n: number) => {
      const labels = Array.from({ length: n - 29 }, (_, i) => (i % 61 === 60 ? "." : "a"));
      return `sip:+18883334444@${labels.join("")}.example.com`;
    };
    expect(target(256)).toHaveLength(256);
    expect(target(257)).toHaveLength(257);
    expect(problems({ callTransfer: { defaultTarget: target(256) } })).toEqual([]);
    expect(problems({ callTransfer: { defaultTarget: target(257) } })).toEqual([
      "callTransfer.defaultTarget must be at most 256 characters",
    ]);
    expect(problems({ callTransfer: { allowedTargets: [target(257)] } })).toEqual([
      "callTransfer.allowedTargets[0] must be at most 256 characters",
    ]);
  });

  test("transfer target: sip:+… or tel:+… only", () => {
    expect(
      problems({ callTransfer: { defaultTarget: "sip:+18883334444@example.pstn.twilio.com" } }),
    ).toEqual([]);
    expect(problems({ callTransfer: { defaultTarget: "tel:+18883334444" } })).toEqual([]);
    for (const bad of [
      "tel:18883334444",
      "sip:18883334444@x.com",
      "+18883334444",
      "https://x.com",
      "sip:+1888@",
    ]) {
      const found = problems({ callTransfer: { defaultTarget: bad } });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^callTransfer\.defaultTarget (has|must) /);
    }
  });

  test("failure messages: 1024 characters pass, 1025 fail", () => {
    expect(
      problems({
        callTransfer: { failureMessage: x(1024) },
        advanced: { watsonAssistantFailureReplyMessage: x(1024) },
      }),
    ).toEqual([]);
    expect(
      problems({
        callTransfer: { failureMessage: x(1025) },
        advanced: { watsonAssistantFailureReplyMessage: x(1025) },
      }),
    ).toEqual([
      "callTransfer.failureMessage must be at most 1024 characters",
      "advanced.watsonAssistantFailureReplyMessage must be at most 1024 characters",
    ]);
  });

  test("custom SIP INVITE header: 1024 characters pass, 1025 fail", () => {
    expect(problems({ advanced: { customSipInviteHeader: x(1024) } })).toEqual([]);
    expect(problems({ advanced: { customSipInviteHeader: x(1025) } })).toEqual([
      "advanced.customSipInviteHeader must be at most 1024 characters",
    ]);
    expect(problems({ advanced: { customSipInviteHeader: "user to user" } })).toEqual([
      "advanced.customSipInviteHeader has the wrong format",
    ]);
  });

  test("workspace ID: 128 characters pass, 129 fail", () => {
    const withWs = (ws: string) => (s: any) => ({
      assistant: { location1: { service: watson(s, "w").wa, workspaceId: ws } },
    });
    expect(problems(withWs(x(128)))).toEqual([]);
    expect(problems(withWs(x(129)))).toEqual([
      "assistant.location1.workspaceId must be at most 128 characters",
    ]);
  });

  test("conversation read timeout: at least 1 second", () => {
    expect(problems({ advanced: { conversationReadTimeoutSeconds: 1 } })).toEqual([]);
    expect(problems({ advanced: { conversationReadTimeoutSeconds: 0 } })).toEqual([
      "advanced.conversationReadTimeoutSeconds must be at least 1 seconds",
    ]);
    expect(problems({ advanced: { conversationReadTimeoutSeconds: 2.5 } })).toEqual([
      "advanced.conversationReadTimeoutSeconds must be a whole number",
    ]);
  });
});

describe("VoiceAgent limits across the instance", () => {
  test("a name is unique per instance", () => {
    const s = stack();
    const svc = service(s);
    new VoiceAgent(s, "a", voiceAgentProps(s, { service: svc }));
    const e = errorOf(
      () =>
        new VoiceAgent(s, "b", {
          ...voiceAgentProps(s, { service: svc }),
          phoneNumbers: ["+1 800 555 0100"],
        }),
    );
    expect(e.message).toContain(
      "VoiceAgent at test/b: name is already used by the agent at test/a",
    );
  });

  test("a phone number belongs to one agent of an instance, whatever its spelling", () => {
    const s = stack();
    const svc = service(s);
    new VoiceAgent(s, "a", voiceAgentProps(s, { service: svc }));
    const e = errorOf(
      () =>
        new VoiceAgent(
          s,
          "b",
          voiceAgentProps(s, { service: svc, name: "other", phoneNumbers: ["+1 (888) 333-4444"] }),
        ),
    );
    expect(e.problems.map((p: any) => p.prop)).toEqual(["phoneNumbers[0]"]);
    expect(e.message).toContain("phoneNumbers[0] is already assigned to the agent at test/a");
  });

  test("two instances may use the same name and number", () => {
    const s = stack();
    new VoiceAgent(s, "a", voiceAgentProps(s, { service: service(s) }));
    const other = VoiceAgentService.fromCrn(s, "va2", VA_CRN.replace("11111111", "99999999"));
    expect(() => new VoiceAgent(s, "b", voiceAgentProps(s, { service: other }))).not.toThrow();
  });

  test("an instance holds 150 agents; the 151st fails", () => {
    const s = stack();
    const svc = service(s);
    const { wa, stt, tts } = watson(s);
    const t = trunk(s);
    const props = (i: number): VoiceAgentProps => ({
      service: svc,
      name: `agent-${i}`,
      phoneNumbers: [`+1 888 555 ${String(i).padStart(4, "0")}`],
      assistant: { location1: { service: wa, workspaceId: "ws" } },
      speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
      textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
      sipTrunk: t,
    });
    for (let i = 0; i < 150; i++) new VoiceAgent(s, `agent${i}`, props(i));
    expect(svc.agentNames).toHaveLength(150);
    const e = errorOf(() => new VoiceAgent(s, "agent150", props(150)));
    expect(e.message).toContain("service already has 150 agents, the most an instance can hold");
  });
});

describe("VoiceAgent service slots", () => {
  test("location 2 of a different service kind fails", () => {
    expect(
      problems((s) => {
        const { wa, stt, tts } = watson(s, "k");
        return {
          assistant: {
            location1: { service: wa, workspaceId: "w" },
            location2: { service: stt, workspaceId: "w" },
          },
          speechToText: {
            location1: { service: stt },
            location2: { service: tts },
            model: "en-US_NarrowbandModel",
          },
        };
      }),
    ).toEqual([
      "assistant.location2.service must be a conversation service",
      "speechToText.location2.service must be a speech-to-text service",
    ]);
  });

  test("a conversation location needs exactly one of service and orchestrationEngine", () => {
    expect(problems({ assistant: { location1: {} } })).toEqual([
      "assistant.location1 names no service",
    ]);
    expect(
      problems((s) => {
        const soe = new ServiceOrchestrationEngine(s, "soe", {
          url: "https://soe.example.com",
          region: "us-south",
          userName: "u",
          password: secretVariable(s, "p"),
        });
        return {
          assistant: {
            location1: { service: watson(s, "b").wa, workspaceId: "w", orchestrationEngine: soe },
          },
        };
      }),
    ).toEqual(["assistant.location1 gives both a service and an orchestration engine"]);
  });

  test("an SOE location takes no workspace ID", () => {
    expect(
      problems((s) => {
        const soe = new ServiceOrchestrationEngine(s, "soe", {
          url: "https://soe.example.com",
          region: "us-south",
          userName: "u",
          password: secretVariable(s, "p"),
        });
        return { assistant: { location1: { orchestrationEngine: soe, workspaceId: "w" } } };
      }),
    ).toEqual(["assistant.location1.workspaceId does not apply to an orchestration engine"]);
  });

  test("Watson Assistant, Speech to Text and Text to Speech must share a language", () => {
    expect(
      problems((s) => {
        const { SpeechToText } = jest.requireActual("../../lib");
        const stt = new SpeechToText(s, "stt-fr", {
          name: "stt-fr",
          location: "us-south",
          language: "fr-FR",
        });
        return { speechToText: { location1: { service: stt }, model: "fr-FR_NarrowbandModel" } };
      }),
    ).toEqual([
      'speechToText.location1.service.language does not match assistant.location1.service.language ("en-US")',
    ]);
  });

  test("event forwarding must enable an event type and needs an event store", () => {
    expect(problems((s) => ({ eventForwarding: { store: new FakeEventStore(s) } }))).toEqual([
      "eventForwarding enables no event type",
    ]);
    expect(problems({ eventForwarding: { store: {} as any, cdr: true } })).toEqual([
      "eventForwarding.store must be an event store (IEventStore)",
    ]);
  });

  test("a direct-peering trunk's addresses must be in the service's IP allow-list", () => {
    expect(
      problems((s) => ({
        sipTrunk: new SipTrunk(s, "pbx", {
          providerKind: SipProviderKind.DIRECT_PEERING,
          allowedSourceAddresses: ["203.0.113.10"],
        }),
      })),
    ).toEqual(["sipTrunk.allowedSourceAddresses[0] is not in the service's ipAllowList"]);
  });

  test("per-agent outbound options need outbound calling on the service", () => {
    expect(
      problems({ outboundCalling: { statusWebhookUrl: "https://hooks.example.com" } }),
    ).toEqual(["outboundCalling needs outbound calling enabled on the service"]);
  });

  test("a voice agent needs speech services and a trunk, and takes no sms settings", () => {
    expect(
      problems((s) => ({
        speechToText: undefined,
        textToSpeech: undefined,
        sipTrunk: undefined,
        sms: { accountSid: "AC" + "0".repeat(32), authToken: secretVariable(s, "t") },
      })),
    ).toEqual([
      "speechToText is required",
      "textToSpeech is required",
      "sipTrunk is required",
      "sms applies to sms and voice + sms agents only",
    ]);
  });
});

describe("VoiceAgent regions", () => {
  test("Frankfurt is refused with the reason", () => {
    const e = attempt({ region: "eu-de" }) as any;
    expect(e.message).toContain(
      'VoiceAgent at test/agent: region is not a region with documented voice agent host names, got "eu-de"',
    );
    expect(e.message).toContain('frankfurt ("eu-de") has no documented sip host names');
  });

  test("a Frankfurt region taken from the service's CRN is refused", () => {
    expect(
      problems((s) => ({
        service: VoiceAgentService.fromCrn(s, "fra", VA_CRN.replace(":us-south:", ":eu-de:")),
      })),
    ).toEqual([
      "region taken from the service is not a region with documented voice agent host names",
    ]);
  });

  test("the region is required when the service's region is unknown at synth time", () => {
    expect(
      problems((s) => ({
        service: VoiceAgentService.fromName(s, "byname", {
          name: "va",
          resourceGroupId: "5f3ab0c2a0d04c2e9b1e7d8f6a4c3b21",
        }),
      })),
    ).toEqual(["region is required"]);
    expect(
      problems((s) => ({
        service: VoiceAgentService.fromName(s, "byname", {
          name: "va",
          resourceGroupId: "5f3ab0c2a0d04c2e9b1e7d8f6a4c3b21",
        }),
        region: "us-east",
      })),
    ).toEqual([]);
  });

  test("a Lite instance's agents use the instance's region", () => {
    const lite = (s: any) => service(s, { plan: VoiceAgentPlan.LITE });
    expect(problems((s) => ({ service: lite(s), region: "us-south" }))).toEqual([]);
    expect(problems((s) => ({ service: lite(s), region: "us-east" }))).toEqual([
      "region differs from the lite instance's region",
    ]);
  });

  test("the secondary region must differ and is not on the Lite plan", () => {
    expect(problems({ secondaryRegion: "us-south" })).toEqual([
      "secondaryRegion is the same as region",
    ]);
    expect(
      problems((s) => ({
        service: service(s, { plan: VoiceAgentPlan.LITE }),
        secondaryRegion: "us-east",
      })),
    ).toEqual(["secondaryRegion is not available on the lite plan"]);
  });
});

describe("VoiceAgent bad input", () => {
  test("null props are one problem, not a crash", () => {
    const s = stack();
    const e = errorOf(() => new VoiceAgent(s, "agent", null as any));
    expect(e.problems).toEqual([
      {
        prop: "props",
        problem: "are required",
        received: "null",
        fix: "pass a VoiceAgentProps object",
      },
    ]);
  });

  test("a string instead of the phone number list is a problem, not a TypeError", () => {
    expect(problems({ phoneNumbers: "123" as any })).toEqual(["phoneNumbers must be a list"]);
  });

  test("wrong types everywhere give one error listing every problem, in the documented shape", () => {
    const e = attempt((s) => ({
      service: "crn:v1:..." as any,
      name: 42 as any,
      agentType: "Fax" as any,
      phoneNumbers: [null, 5] as any,
      dataClasses: ["SSN"] as any,
      assistant: "wa" as any,
      speechToText: { location1: { service: null }, model: 3 } as any,
      textToSpeech: [] as any,
      sipTrunk: { kind: "twilio" } as any,
      sipAuthentication: { enabled: "yes", role: "Admin" } as any,
      callTransfer: { putCallerOnHold: "no" } as any,
      eventForwarding: "on" as any,
      provider: "ibm" as any,
      region: "mars",
      x: s,
    })) as any;
    expect(e.message.split("\n")[0]).toBe(
      `invalid props for VoiceAgent at test/agent (${e.problems.length} problems):`,
    );
    const props = e.problems.map((p: any) => p.prop);
    expect(props).toEqual([
      "x",
      "service",
      "name",
      "agentType",
      "phoneNumbers[0]",
      "phoneNumbers[1]",
      "region",
      "dataClasses[0]",
      "assistant",
      "speechToText.location1.service",
      "speechToText.model",
      "textToSpeech",
      "sipTrunk",
      "sipAuthentication.enabled",
      "sipAuthentication.role",
      "callTransfer.putCallerOnHold",
      "eventForwarding",
      "provider",
    ]);
    expect(e.message).toContain(
      "  - VoiceAgent at test/agent: name must be a string, got 42; pass a string",
    );
  });

  test("a secret given as a string is refused and never shown", () => {
    const e = attempt({
      agentType: AgentType.VOICE_AND_SMS,
      sms: { accountSid: "AC" + "0".repeat(32), authToken: "canary-auth-token-4242" as any },
    }) as any;
    expect(e.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
      "sms.authToken must be a Secret",
    ]);
    expect(e.message).not.toContain("canary-auth-token-4242");
    expect(e.message).toContain("(secret, not shown)");
  });

  test("a token list of phone numbers is accepted", () => {
    expect(
      problems((s) => ({
        phoneNumbers: new TerraformVariable(s, "numbers", { type: "list(string)" }).listValue,
      })),
    ).toEqual([]);
  });
});
