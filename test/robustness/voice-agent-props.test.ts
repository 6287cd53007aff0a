import fc from "fast-check";
import {
  AgentType,
  DataClass,
  ServiceRole,
  SpeechModelType,
  VoiceAgent,
  VoiceAgentProps,
} from "../../lib";
import {
  field as baseField,
  fuzz,
  live,
  Live,
  LiveFactory,
  Noise,
  optional as baseOptional,
  props as baseProps,
  simpleName,
  Wild,
  wildValue,
} from "./fuzz-kit";

// VoiceAgent over generated props, one or two agents per instance (so that
// name and number conflicts are generated too): every outcome is a
// schema-valid synth whose manifests every guard rule can judge, or the
// library's own error.

// Agents have some thirty nested fields: each is wild or missing 1 time in 150
// (1 in 40 elsewhere), so that a fair share of agents is valid as a whole.
const OF = 150;
const field = <T>(valid: fc.Arbitrary<T>, noise: Noise = {}) =>
  baseField(valid, { of: OF, ...noise });
const optional = <T>(valid: fc.Arbitrary<T>, wild = 1) => baseOptional(valid, wild, OF);
const props = (fields: Record<string, fc.Arbitrary<unknown>>) => baseProps(fields, { of: OF });

const mostly = <T>(good: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: good as fc.Arbitrary<unknown>, weight: 24 }, other);

// Valid numbers (North American toll-free ranges): the fuzzing is about the props, not the numbers.
const phone = fc.stringMatching(/^\+1 8(00|33|44|55|66|77|88) [2-9][0-9]{2} [0-9]{4}$/);
const phoneNumbers = fc.array(
  mostly(
    phone,
    fc.oneof(
      props({ number: field(phone), description: optional(fc.string({ maxLength: 70 })) }),
      fc.constantFrom("555-CALL-NOW", "+1 (888) 333-4444", "+".repeat(40)),
      live("tokenString"),
    ),
  ),
  { minLength: 1, maxLength: 5 },
);

const region = mostly(fc.constantFrom("us-south", "us-east"), fc.constantFrom("eu-de", "jp-tok"));
const watsonOf = (kind: "speechToText" | "textToSpeech") =>
  mostly(live(kind), fc.constantFrom<Live>(new Live("assistant"), new Live("trunk")));

const assistantLocation = fc.oneof(
  {
    arbitrary: props({
      service: field(
        mostly(
          fc.constantFrom(new Live("assistant"), new Live("existingAssistant")),
          live("speechToText"),
        ),
      ),
      workspaceId: field(mostly(simpleName(40), fc.string({ maxLength: 200 }))),
    }),
    weight: 4,
  },
  { arbitrary: props({ orchestrationEngine: field(live("soe")) }), weight: 2 },
  props({
    service: optional(live("assistant")),
    workspaceId: optional(simpleName()),
    orchestrationEngine: optional(live("soe")),
  }),
);

const transferTarget = mostly(
  fc.oneof(
    fc.stringMatching(/^sip:\+18(00|33|44|55|66|77|88)[2-9][0-9]{6}@fuzz\.pstn\.twilio\.com$/),
    fc.stringMatching(/^tel:\+18(00|33|44|55|66|77|88)[2-9][0-9]{6}$/),
  ),
  fc.constantFrom("tel:+0123", "+18885550100", "sip:alice@example.com"),
);

const speechToText = props({
  location1: field(props({ service: field(watsonOf("speechToText")) })),
  location2: optional(props({ service: field(watsonOf("speechToText")) })),
  modelType: optional(fc.constantFrom(...Object.values(SpeechModelType))),
  model: field(fc.constantFrom("en-US_NarrowbandModel", "en-US_Telephony", "fr-FR_Telephony")),
  customLanguageModelId: optional(fc.uuid()),
  customAcousticModelId: optional(fc.uuid()),
});

const textToSpeech = props({
  location1: field(props({ service: field(watsonOf("textToSpeech")) })),
  location2: optional(props({ service: field(watsonOf("textToSpeech")) })),
  voice: field(fc.constantFrom("en-US_AllisonV3Voice", "de-DE_BirgitV3Voice")),
});

const smsFields = {
  accountSid: field(mostly(fc.stringMatching(/^AC[0-9a-f]{32}$/), fc.constant("AC123"))),
  authToken: field(mostly(live("secret"), fc.constant("a-literal-auth-token"))),
  apiUrl: optional(fc.webUrl({ validSchemes: ["https", "http"] })),
  initiateConversationFromInboundMessages: optional(fc.boolean()),
  notifyOnSessionTimeout: optional(fc.boolean()),
  conversationReadTimeoutSeconds: optional(fc.integer({ min: -5, max: 100 })),
  sessionTimeoutSeconds: optional(fc.integer({ min: 0, max: 7200 })),
  conversationFailureReplyMessage: optional(fc.string({ maxLength: 50 })),
};
const sms = props(smsFields);

/** What every agent type shares. */
const common = {
  name: field(mostly(fc.constantFrom("billing", "support", "sales"), simpleName(70))),
  description: optional(fc.string({ maxLength: 300 })),
  region: optional(region),
  secondaryRegion: field(mostly(fc.constant("us-east"), region), { wild: 0, omit: 130 }),
  dataClasses: optional(
    mostly(fc.subarray(Object.values(DataClass), { minLength: 1 }), fc.constant([])),
  ),
  assistant: field(
    props({ location1: field(assistantLocation), location2: optional(assistantLocation) }),
  ),
  eventForwarding: optional(
    props({
      store: field(fc.constantFrom(new Live("eventStore"), new Live("existingEventStore"))),
      cdr: field(mostly(fc.constant(true), fc.boolean())),
      transcription: optional(fc.boolean()),
      turn: optional(fc.boolean()),
    }),
  ),
  provider: optional(live("provider")),
};

/** The voice settings, outbound calling only with an instance that enables it. */
const voice = {
  speechToText: field(speechToText),
  textToSpeech: field(textToSpeech),
  sipTrunk: field(mostly(live("trunk"), live("peeringTrunk"))),
  sipAuthentication: optional(
    props({
      enabled: optional(fc.boolean()),
      role: optional(fc.constantFrom(...Object.values(ServiceRole))),
    }),
  ),
  callTransfer: optional(
    props({
      defaultTarget: optional(transferTarget),
      allowedTargets: optional(fc.array(transferTarget, { maxLength: 3 })),
      putCallerOnHold: optional(fc.boolean()),
      disconnectOnFailure: optional(fc.boolean()),
      failureMessage: optional(
        mostly(fc.string({ minLength: 1, maxLength: 1024 }), fc.string({ maxLength: 1100 })),
      ),
    }),
  ),
  advanced: optional(
    props({
      conversationReadTimeoutSeconds: optional(fc.integer({ min: 0, max: 60 })),
      watsonAssistantFailureReplyMessage: optional(fc.string({ maxLength: 100 })),
      customSipInviteHeader: optional(
        mostly(fc.constantFrom("user-to-user", "X-Custom"), fc.constant("bad header")),
      ),
      sendProvisionalRingingResponse: optional(fc.boolean()),
      notifyWatsonAssistantOnNetworkEvents: optional(fc.boolean()),
    }),
  ),
};

/** The instance, and per-agent outbound calling when the instance enables it (sometimes when it does not). */
const serviceAndOutbound = fc.oneof(
  { arbitrary: fc.record({ service: live("service") }), weight: 40 },
  fc.record({
    service: live("outboundService"),
    outboundCalling: props({
      statusWebhookUrl: optional(fc.webUrl({ validSchemes: ["https", "http"] })),
    }),
  }),
  fc.record({ service: fc.constantFrom(new Live("liteService"), new Live("plusService")) }),
  fc.record({ service: live("service"), outboundCalling: fc.constant({}) }),
  fc.record({ service: wildValue }),
);

/** Voice, SMS and Voice + SMS agents, and now and then every field of every type. */
const byType = fc.oneof(
  {
    arbitrary: props({
      ...common,
      ...voice,
      agentType: optional(fc.constant(AgentType.VOICE)),
      phoneNumbers: field(phoneNumbers),
    }),
    weight: 6,
  },
  props({
    ...common,
    agentType: field(fc.constant(AgentType.SMS)),
    phoneNumbers: field(fc.array(phone, { minLength: 1, maxLength: 1 })),
    sms: field(sms),
  }),
  props({
    ...common,
    ...voice,
    agentType: field(fc.constant(AgentType.VOICE_AND_SMS)),
    phoneNumbers: field(phoneNumbers),
    sms: field(props({ ...smsFields, allowSmsOnlyConversation: optional(fc.boolean()) })),
  }),
  props({
    ...common,
    ...voice,
    agentType: optional(fc.constantFrom(...Object.values(AgentType))),
    phoneNumbers: field(phoneNumbers),
    sms: optional(sms),
  }),
);

/** A whole agent's props (a wild value now and then). */
const agentProps = fc
  .tuple(byType, serviceAndOutbound)
  .map(([p, s]) =>
    typeof p === "object" && p !== null && !(p instanceof Wild) && !(p instanceof Live)
      ? { ...p, ...s }
      : p,
  );

describe("VoiceAgent props under fuzzing", () => {
  test("one or two agents per instance synthesize, or refuse with the library's error", () => {
    const out = fuzz(
      fc.array(agentProps, { minLength: 1, maxLength: 2 }),
      500,
      (agents, f: LiveFactory) => {
        (agents as unknown[]).forEach(
          (p, i) => new VoiceAgent(f.stack, `agent${i}`, p as VoiceAgentProps),
        );
      },
    );
    expect(out.synthesized).toBeGreaterThan(40);
    expect(out.refused).toBeGreaterThan(40);
  });
});
