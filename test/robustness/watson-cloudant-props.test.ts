import fc from "fast-check";
import {
  CloudantEventTarget,
  EventType,
  ServiceRole,
  SpeechToText,
  TextToSpeech,
  WatsonAssistant,
} from "../../lib";
import { WATSON_LANGUAGES, WATSON_LOCATIONS } from "../../lib/watson";
import {
  CLOUDANT_CRN,
  field,
  fuzz,
  live,
  optional,
  props,
  simpleName,
  WA_CRN,
  wildValue,
} from "./fuzz-kit";

// WatsonAssistant, SpeechToText, TextToSpeech (new and fromExisting) and
// CloudantEventTarget (new, fromExisting, databaseFor) over generated props:
// every outcome is a schema-valid synth or the library's own error.

const hex32 = fc.stringMatching(/^[a-f0-9]{32}$/);
const tags = fc.array(fc.stringMatching(/^[a-z][a-z0-9:_ .-]{0,20}$/), { maxLength: 3 });
const mostly = <T>(good: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: good as fc.Arbitrary<unknown>, weight: 6 }, other);
const location = mostly(fc.constantFrom(...WATSON_LOCATIONS), fc.constantFrom("us", "mars-1"));
const role = mostly(
  fc.constantFrom(ServiceRole.READER, ServiceRole.WRITER),
  fc.constant("Manager"),
);
const endpoints = mostly(
  fc.constantFrom("public", "public-and-private"),
  fc.constantFrom("private", "both"),
);
const crnIn = (crn: string) =>
  mostly(
    fc.constantFrom(crn, crn.replace("us-south", "eu-de")),
    fc.oneof(live("tokenString"), fc.constant(crn.replace("crn:v1", "crn:v2"))),
  );

const watsonProps = (plans: readonly string[]) =>
  props({
    name: field(simpleName()),
    location: field(location),
    plan: optional(mostly(fc.constantFrom(...plans), fc.constant("gold"))),
    resourceGroupId: optional(hex32),
    serviceEndpoints: optional(endpoints),
    tags: optional(tags),
    language: optional(
      mostly(fc.constantFrom(...WATSON_LANGUAGES), fc.constantFrom("en", "klingon")),
    ),
    credentialName: optional(simpleName()),
    credentialRole: optional(role),
    requestLoggingOptOut: optional(fc.boolean()),
    provider: optional(live("provider")),
  });

const existingWatsonCommon = {
  location: field(location),
  url: optional(
    mostly(
      fc.webUrl({ validSchemes: ["https"] }),
      fc.constantFrom("http://example.com", "not a url"),
    ),
  ),
  language: optional(fc.constantFrom(...WATSON_LANGUAGES)),
  plan: optional(fc.constantFrom("plus", "premium")),
  credentialName: optional(simpleName()),
  credentialRole: optional(role),
  requestLoggingOptOut: optional(fc.boolean()),
  provider: optional(live("provider")),
};

/** By crn, by name (and resource group), or a muddle of both. */
const existingWatson = fc.oneof(
  props({ crn: field(crnIn(WA_CRN)), ...existingWatsonCommon }),
  props({ name: field(simpleName()), resourceGroupId: optional(hex32), ...existingWatsonCommon }),
  props({
    crn: optional(crnIn(WA_CRN)),
    name: optional(simpleName()),
    resourceGroupId: optional(hex32),
    ...existingWatsonCommon,
  }),
);

describe("Watson service props under fuzzing", () => {
  test.each([
    ["WatsonAssistant", WatsonAssistant, ["lite", "plus", "standard", "premium", "enterprise"]],
    ["SpeechToText", SpeechToText, ["lite", "plus", "standard", "premium"]],
    ["TextToSpeech", TextToSpeech, ["lite", "standard", "premium"]],
  ] as const)("new %s synthesizes or refuses with the library's error", (_name, Service, plans) => {
    const out = fuzz(watsonProps(plans), 200, (p, f) => new Service(f.stack, "svc", p as never));
    expect(out.synthesized).toBeGreaterThan(15);
    expect(out.refused).toBeGreaterThan(15);
  });

  test.each([
    ["WatsonAssistant", WatsonAssistant],
    ["SpeechToText", SpeechToText],
    ["TextToSpeech", TextToSpeech],
  ] as const)("%s.fromExisting synthesizes or refuses with the library's error", (_n, Service) => {
    const out = fuzz(existingWatson, 150, (a, f) =>
      Service.fromExisting(f.stack, "svc", a as never),
    );
    expect(out.synthesized).toBeGreaterThan(10);
    expect(out.refused).toBeGreaterThan(10);
  });
});

describe("CloudantEventTarget props under fuzzing", () => {
  test("new CloudantEventTarget synthesizes or refuses with the library's error", () => {
    const out = fuzz(
      props({
        name: field(simpleName()),
        location: field(location),
        plan: optional(mostly(fc.constantFrom("standard", "lite"), fc.constant("dedicated"))),
        capacity: optional(mostly(fc.integer({ min: 1, max: 10 }), fc.integer())),
        resourceGroupId: optional(hex32),
        serviceEndpoints: optional(endpoints),
        environmentCrn: optional(fc.constant(CLOUDANT_CRN)),
        tags: optional(tags),
        credentialName: optional(simpleName()),
        provider: optional(live("provider")),
      }),
      300,
      (p, f) => new CloudantEventTarget(f.stack, "events", p as never),
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });

  test("CloudantEventTarget.fromExisting synthesizes or refuses with the library's error", () => {
    const common = {
      url: optional(fc.webUrl({ validSchemes: ["https", "http"] })),
      credentialName: optional(simpleName()),
      provider: optional(live("provider")),
    };
    const out = fuzz(
      fc.oneof(
        props({ instanceCrn: field(crnIn(CLOUDANT_CRN)), location: optional(location), ...common }),
        props({
          name: field(simpleName()),
          resourceGroupId: optional(hex32),
          location: optional(location),
          ...common,
        }),
        props({ cloudant: field(live("cloudantResource")), ...common }),
        props({
          instanceCrn: optional(crnIn(CLOUDANT_CRN)),
          name: optional(simpleName()),
          cloudant: optional(live("cloudantResource")),
          resourceGroupId: optional(hex32),
          location: optional(location),
          ...common,
        }),
      ),
      300,
      (a, f) => CloudantEventTarget.fromExisting(f.stack, "events", a as never),
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });

  test("databaseFor creates a database or refuses with the library's error", () => {
    const agentName = mostly(
      fc.oneof(simpleName(64), fc.string({ minLength: 1, maxLength: 70 })),
      wildValue,
    );
    const eventType = mostly(fc.constantFrom(...Object.values(EventType)), wildValue);
    const out = fuzz(
      fc.array(fc.tuple(agentName, eventType), { minLength: 1, maxLength: 4 }),
      300,
      (requests, f) => {
        const target = f.get("eventStore") as CloudantEventTarget;
        for (const [name, type] of requests as [unknown, unknown][]) {
          const db = target.databaseFor(name as string, type as EventType);
          expect(db).toMatch(/^[a-z][a-z0-9_$()+/-]*$/);
        }
      },
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });
});
