import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import {
  CloudantEventTarget,
  ServiceOrchestrationEngine,
  SipProviderKind,
  SipTrunk,
  SpeechToText,
  VoiceAgent,
  VoiceAgentService,
  WatsonAssistant,
} from "../../lib";
import { propsErrorOf } from "./props-error";
import { secretVar, twilioStack, twilioTrunk } from "../sip-trunk/twilio-kit";
import { stack as newStack, voiceAgentProps } from "../voice-agent/fixtures";

// Props given through `any` with a misspelt name: the error names the unknown prop, hides
// its value (it may be a secret) and suggests the known name, next to every other problem.

type Build = (scope: Construct, props: Record<string, unknown>) => unknown;

interface Case {
  readonly construct: string;
  readonly valid: (scope: TerraformStack) => Record<string, unknown>;
  readonly build: Build;
  readonly stack?: () => TerraformStack;
}

const CASES: readonly Case[] = [
  {
    construct: "VoiceAgent",
    valid: (s) => ({ ...voiceAgentProps(s) }),
    build: (s, p) => new VoiceAgent(s, "agent", p as never),
  },
  {
    construct: "SipTrunk",
    valid: () => ({
      providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
      terminationUri: "sbc.example.com",
      allowedSourceAddresses: ["203.0.113.10"],
    }),
    build: (s, p) => new SipTrunk(s, "trunk", p as never),
  },
  {
    construct: "TwilioSipTrunk",
    stack: () => twilioStack(),
    valid: (s) => ({
      region: "us-south",
      domainName: "claims.pstn.twilio.com",
      terminationCredentials: [{ username: "voice-agent", password: secretVar(s, "typo_sip_pw") }],
    }),
    build: (s, p) => twilioTrunk(s as TerraformStack, p as never, "typo-trunk"),
  },
  {
    construct: "ServiceOrchestrationEngine",
    valid: (s) => ({
      url: "https://soe.example.com/soe",
      region: "us-south",
      userName: "voice-agent",
      password: secretVar(s, "soe_pw"),
    }),
    build: (s, p) => new ServiceOrchestrationEngine(s, "soe", p as never),
  },
  {
    construct: "CloudantEventTarget",
    valid: () => ({ name: "events", location: "us-south", tags: ["team:claims"] }),
    build: (s, p) => new CloudantEventTarget(s, "events", p as never),
  },
  {
    construct: "WatsonAssistant",
    valid: () => ({ name: "wa", location: "us-south", plan: "plus" }),
    build: (s, p) => new WatsonAssistant(s, "wa", p as never),
  },
  {
    construct: "SpeechToText",
    valid: () => ({ name: "stt", location: "us-south", language: "en-US" }),
    build: (s, p) => new SpeechToText(s, "stt", p as never),
  },
  {
    construct: "VoiceAgentService",
    valid: () => ({ maxConcurrentCalls: 10, region: "us-south" }),
    build: (s, p) =>
      VoiceAgentService.fromCrn(
        s,
        "va",
        "crn:v1:bluemix:public:voiceagent:us-south:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::",
        p as never,
      ),
  },
];

/** A misspelling of `name` within the did-you-mean distance: its last letter dropped. */
const typo = (name: string) => name.slice(0, -1);

describe.each(CASES)("$construct props with a misspelt name", (c) => {
  const stackOf = c.stack ?? newStack;

  test("the valid props build", () => {
    const s = stackOf();
    expect(() => c.build(s, c.valid(s))).not.toThrow();
  });

  test("every given name, misspelt, is reported with a did-you-mean and its value hidden", () => {
    const keys = Object.keys(c.valid(stackOf()));
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) {
      const s = stackOf();
      const props = c.valid(s);
      const { [key]: value, ...rest } = props;
      const e = propsErrorOf(() => c.build(s, { ...rest, [typo(key)]: value }));
      const at = e.problems.find((p) => p.problem === "is not a known prop");
      expect(at).toEqual({
        prop: expect.stringMatching(new RegExp(`(^|\\.)${typo(key)}$`)),
        problem: "is not a known prop",
        received: "(not shown)",
        fix: `did you mean ${JSON.stringify(key)}?`,
      });
    }
  });
});

test("phoneNumber for phoneNumbers: one error lists the unknown name and the missing one", () => {
  const s = newStack();
  const { phoneNumbers, ...rest } = voiceAgentProps(s);
  const e = propsErrorOf(
    () => new VoiceAgent(s, "agent", { ...rest, phoneNumber: phoneNumbers } as never),
  );
  expect(e.message.split("\n")).toEqual([
    "invalid props for VoiceAgent at test/agent (2 problems):",
    '  - VoiceAgent at test/agent: phoneNumber is not a known prop, got (not shown); did you mean "phoneNumbers"?',
    expect.stringMatching(
      /^ {2}- VoiceAgent at test\/agent: phoneNumbers is required, got undefined; /,
    ),
  ]);
});

test("nested objects: a misspelt field of speechToText and of a location is reported with its path", () => {
  const s = newStack();
  const props = voiceAgentProps(s);
  const stt = props.speechToText!;
  const e = propsErrorOf(
    () =>
      new VoiceAgent(s, "agent", {
        ...props,
        speechToText: { location1: { servce: stt.location1.service }, modle: stt.model },
      } as never),
  );
  expect(e.problems.filter((p) => p.problem === "is not a known prop")).toEqual([
    expect.objectContaining({ prop: "speechToText.modle", fix: 'did you mean "model"?' }),
    expect.objectContaining({
      prop: "speechToText.location1.servce",
      fix: 'did you mean "service"?',
    }),
  ]);
});

test("a name far from every known one lists the known names instead", () => {
  const s = newStack();
  const e = propsErrorOf(
    () =>
      new SipTrunk(s, "trunk", {
        providerKind: SipProviderKind.TWILIO,
        terminationUri: "x.pstn.twilio.com",
        colour: "blue",
      } as never),
  );
  expect(e.problems).toEqual([
    expect.objectContaining({
      prop: "colour",
      fix: expect.stringMatching(
        /^remove it; the known props are "providerKind", "signalingTransport", /,
      ),
    }),
  ]);
});
