/**
 * The property-based harness of the robustness tests: generators of props
 * that are mostly valid with wild values mixed in (wrong types, null, huge
 * and unicode strings, tokens, bigints, symbols, objects posing as strings,
 * arrays where objects are expected, missing and extra fields), and the one
 * property every construct must satisfy: building it either gives a
 * schema-valid synth that every guard rule can judge, or throws the
 * library's own structured error. Never a raw TypeError, never a hang.
 *
 * Generated values are blueprints: {@link Live} markers stand for things that
 * need the test's stack (tokens, secrets, services, trunks...) and are made by
 * {@link materialize} inside the property.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { App, Lazy, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import {
  CloudantEventTarget,
  formatSchemaProblems,
  isVoiceAgentError,
  Secret,
  SchemaValidator,
  ServiceOrchestrationEngine,
  ServiceRole,
  SipProviderKind,
  SipTrunk,
  SpeechToText,
  TextToSpeech,
  VoiceAgentGuard,
  VoiceAgentPlan,
  VoiceAgentPropsError,
  VoiceAgentService,
  WatsonAssistant,
} from "../../lib";
import { ServiceCredential } from "../../lib/credentials/service-credential";
import { VA_CRN } from "../voice-agent/fixtures";

/** The fixed seed of every property (override with FC_SEED to explore; fast-check prints it on failure). */
export const SEED = Number(process.env.FC_SEED ?? 20240229);

/** Scales every property's number of runs (FUZZ_SCALE=10 for a long local run). */
export const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** The longest one case may take before it counts as a hang (ms). */
export const CASE_TIME_LIMIT_MS = 10_000;

/** A crn of an existing Voice Agent instance (Standard, us-south). */
export { VA_CRN };

/** A Watson Assistant CRN in us-south. */
export const WA_CRN =
  "crn:v1:bluemix:public:conversation:us-south:a/0123456789abcdef0123456789abcdef:22222222-3333-4444-5555-666666666666::";

/** A Cloudant CRN in us-south. */
export const CLOUDANT_CRN =
  "crn:v1:bluemix:public:cloudantnosqldb:us-south:a/0123456789abcdef0123456789abcdef:33333333-4444-5555-6666-777777777777::";

/** What a {@link Live} marker stands for. */
export type LiveKind =
  | "tokenString"
  | "tokenNumber"
  | "tokenList"
  | "lazyString"
  | "secret"
  | "secretsManagerSecret"
  | "variable"
  | "sensitiveVariable"
  | "provider"
  | "stack"
  | "assistant"
  | "speechToText"
  | "textToSpeech"
  | "existingAssistant"
  | "trunk"
  | "peeringTrunk"
  | "soe"
  | "eventStore"
  | "existingEventStore"
  | "service"
  | "liteService"
  | "plusService"
  | "outboundService"
  | "credential"
  | "cloudantResource"
  | "resourceKey";

/** A value that needs the test's stack; {@link materialize} replaces it. */
export class Live {
  constructor(public readonly kind: LiveKind) {}
}

/** A wild value: left exactly as generated (never walked by {@link materialize}). */
export class Wild {
  constructor(public readonly value: unknown) {}
}

/** Marks a field to leave out of its object. */
export const OMIT = Symbol("omit");

/** A {@link Live} marker. */
export function live(kind: LiveKind): fc.Arbitrary<Live> {
  return fc.constant(new Live(kind));
}

/**
 * Length of the hostile strings: far beyond any documented limit. (cdktf's
 * token resolution is quadratic in long runs of digits, `.`, `+`, `-` and
 * `|` in any rendered string, about 0.4 s at 16,000 characters, so props
 * without a documented limit are not fed megabyte strings.)
 */
const HUGE = 30_000;

/** Strings meant to break parsers and regular expressions (long, repetitive, almost-matching). */
const HOSTILE_STRINGS = [
  "",
  " ",
  "x".repeat(HUGE),
  "+1 ".repeat(HUGE / 3) + "x",
  "1".repeat(HUGE) + "!",
  "a-".repeat(HUGE / 2) + "!",
  "sip:+" + "1".repeat(HUGE / 2) + "@" + "a.".repeat(HUGE / 4) + "!",
  "https://" + "a".repeat(HUGE) + "/",
  "crn:v1:" + ":".repeat(HUGE),
  "${var.x}",
  "\u0000\u0001\u001f",
  "\ud800",
  "é".normalize("NFD").repeat(300),
  "👩‍👩‍👧‍👦".repeat(100),
  "ＡＣ１２３",
  "us-south\n",
  "__proto__",
  "constructor",
  "http://evil.example.com",
  "https://user:pass@example.com/",
  "tel:+",
  "AC" + "0".repeat(32) + "\n",
];

/** Any value a careless or hostile caller might pass. */
export const wildValue: fc.Arbitrary<unknown> = fc
  .oneof(
    {
      arbitrary: fc.anything({
        maxDepth: 2,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
        withUnicodeString: true,
      }),
      weight: 6,
    },
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 3 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
    {
      arbitrary: fc.constantFrom<unknown>(
        null,
        undefined,
        NaN,
        Infinity,
        -Infinity,
        -0,
        -1,
        0.5,
        2 ** 53,
        1e308,
        true,
        false,
        [],
        {},
        [[]],
        [null],
        Symbol("wild"),
        () => "a function",
        new Error("an error object"),
        { toString: 5 },
        { toString: () => "us-south", valueOf: () => 1 },
        Object.create(null),
        BigInt(10),
      ),
      weight: 3,
    },
    {
      arbitrary: fc
        .constantFrom<LiveKind>(
          "tokenString",
          "tokenNumber",
          "tokenList",
          "lazyString",
          "secret",
          "variable",
          "stack",
          "provider",
          "assistant",
          "trunk",
          "credential",
        )
        .map((k): unknown => new Live(k)),
      weight: 2,
    },
  )
  .map((v) => (v instanceof Live ? v : new Wild(v)));

/** How often a generated value is not the valid one: `wild` and `omit` chances out of `of`. */
export interface Noise {
  /** Weight of a wild value. */
  readonly wild?: number;
  /** Weight of leaving the field out. */
  readonly omit?: number;
  /** Total weight. */
  readonly of?: number;
}

/** A field: mostly `valid`, sometimes wild, sometimes left out (by default 1 and 1 out of 40). */
export function field<T>(
  valid: fc.Arbitrary<T>,
  options: Noise = {},
): fc.Arbitrary<T | Wild | Live | typeof OMIT> {
  const wild = options.wild ?? 1;
  const omit = options.omit ?? 1;
  const of = options.of ?? 40;
  return fc.oneof(
    { arbitrary: valid as fc.Arbitrary<T | Wild | Live | typeof OMIT>, weight: of - wild - omit },
    ...(wild > 0 ? [{ arbitrary: wildValue as fc.Arbitrary<Wild | Live>, weight: wild }] : []),
    ...(omit > 0 ? [{ arbitrary: fc.constant(OMIT), weight: omit }] : []),
  );
}

/** An optional field: left out (40%), valid, or (rarely) wild. */
export function optional<T>(valid: fc.Arbitrary<T>, wild = 1, of = 40): fc.Arbitrary<unknown> {
  return field(valid, { wild, omit: Math.round(of * 0.4), of });
}

/**
 * A props object: its fields (each a {@link field}), rarely extra unknown
 * fields (always refused), and now and then the whole object replaced by a wild value.
 */
export function props(
  fields: Record<string, fc.Arbitrary<unknown>>,
  options: { wholeWild?: number; of?: number } = {},
): fc.Arbitrary<unknown> {
  const record = fc
    .tuple(
      fc.record(fields),
      fc.oneof(
        // Unknown fields are refused (with a did-you-mean), so they come rarely enough that
        // most generated props still synthesize.
        { arbitrary: fc.constant(undefined), weight: 24 },
        {
          arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), wildValue, { maxKeys: 3 }),
          weight: 1,
        },
      ),
    )
    .map(([base, extra]) => (extra ? { ...extra, ...base } : base));
  const wholeWild = options.wholeWild ?? 1;
  return wholeWild > 0
    ? fc.oneof(
        { arbitrary: record, weight: (options.of ?? 40) - wholeWild },
        { arbitrary: wildValue, weight: wholeWild },
      )
    : record;
}

/** Lower-case names of 1 to `max` characters (often valid resource names). */
export function simpleName(max = 24): fc.Arbitrary<string> {
  return fc.stringMatching(new RegExp(`^[a-z][a-z0-9-]{0,${max - 1}}$`));
}

/** Creates what {@link Live} markers stand for, once per kind, in one stack. */
export class LiveFactory {
  private readonly made = new Map<LiveKind, unknown>();
  private counter = 0;

  constructor(public readonly stack: TerraformStack) {}

  /** A fresh construct id. */
  public id(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** The thing `kind` stands for (the same instance each time, except variables and tokens). */
  public get(kind: LiveKind): unknown {
    const fresh = ["tokenString", "tokenNumber", "tokenList", "variable", "sensitiveVariable"];
    if (!fresh.includes(kind) && this.made.has(kind)) return this.made.get(kind);
    const value = this.make(kind);
    this.made.set(kind, value);
    return value;
  }

  private variable(sensitive: boolean): TerraformVariable {
    return new TerraformVariable(this.stack, this.id("fuzz_var_"), {
      type: "string",
      sensitive,
    });
  }

  private make(kind: LiveKind): unknown {
    const s = this.stack;
    switch (kind) {
      case "tokenString":
        return this.variable(false).stringValue;
      case "tokenNumber":
        return new TerraformVariable(s, this.id("fuzz_num_"), { type: "number" }).numberValue;
      case "tokenList":
        return new TerraformVariable(s, this.id("fuzz_list_"), { type: "list(string)" }).listValue;
      case "lazyString":
        return Lazy.stringValue({ produce: () => "lazy-value" });
      case "secret":
        return Secret.fromVariable(this.variable(true));
      case "secretsManagerSecret":
        return Secret.fromSecretsManager(s, this.id("sm"), {
          instanceId: "11111111-2222-3333-4444-555555555555",
          secretId: "66666666-7777-8888-9999-000000000000",
        });
      case "variable":
        return this.variable(false);
      case "sensitiveVariable":
        return this.variable(true);
      case "provider":
        return new IbmProvider(s, this.id("ibm"), { alias: this.id("alias"), region: "us-south" });
      case "stack":
        return s;
      case "assistant":
        return new WatsonAssistant(s, "fuzz-wa", { name: "fuzz-wa", location: "us-south" });
      case "speechToText":
        return new SpeechToText(s, "fuzz-stt", { name: "fuzz-stt", location: "us-south" });
      case "textToSpeech":
        return new TextToSpeech(s, "fuzz-tts", { name: "fuzz-tts", location: "us-south" });
      case "existingAssistant":
        return WatsonAssistant.fromExisting(s, "fuzz-wa-existing", {
          crn: WA_CRN,
          location: "us-south",
        });
      case "trunk":
        return new SipTrunk(s, "fuzz-trunk", {
          providerKind: SipProviderKind.TWILIO,
          terminationUri: "fuzz.pstn.twilio.com",
        });
      case "peeringTrunk":
        return new SipTrunk(s, "fuzz-peering", {
          providerKind: SipProviderKind.DIRECT_PEERING,
          allowedSourceAddresses: ["203.0.113.10"],
        });
      case "soe":
        return new ServiceOrchestrationEngine(s, "fuzz-soe", {
          url: "https://soe.example.com/soe",
          region: "us-south",
          userName: "voice-agent",
          password: this.get("secret") as Secret,
        });
      case "eventStore":
        return new CloudantEventTarget(s, "fuzz-events", {
          name: "fuzz-events",
          location: "us-south",
        });
      case "existingEventStore":
        return CloudantEventTarget.fromExisting(s, "fuzz-events-existing", {
          instanceCrn: CLOUDANT_CRN,
        });
      case "service":
        return VoiceAgentService.fromCrn(s, "fuzz-va", VA_CRN, {
          plan: VoiceAgentPlan.STANDARD,
          ipAllowList: [{ ipNickname: "pbx", ipAddress: "203.0.113.10" }],
        });
      case "liteService":
        return VoiceAgentService.fromCrn(s, "fuzz-va-lite", VA_CRN, { plan: VoiceAgentPlan.LITE });
      case "plusService":
        return VoiceAgentService.fromCrn(s, "fuzz-va-plus", VA_CRN, { plan: VoiceAgentPlan.PLUS });
      case "outboundService":
        return VoiceAgentService.fromCrn(s, "fuzz-va-outbound", VA_CRN, {
          plan: VoiceAgentPlan.STANDARD,
          outboundCalling: { enabled: true, peerIpAddress: "203.0.113.20" },
        });
      case "credential":
        return new ServiceCredential(s, "fuzz-credential", {
          name: "fuzz-credential",
          resourceInstanceId: VA_CRN,
          role: ServiceRole.READER,
        });
      case "cloudantResource":
        return (this.get("eventStore") as CloudantEventTarget).resource;
      case "resourceKey":
        return (this.get("credential") as ServiceCredential).resource;
    }
  }
}

/** Replaces markers in a blueprint: {@link Live} by the thing, {@link Wild} by its value; {@link OMIT} fields are dropped (undefined elsewhere). */
export function materialize(value: unknown, factory: LiveFactory): unknown {
  if (value instanceof Live) return factory.get(value.kind);
  if (value instanceof Wild) return value.value;
  if (value === OMIT) return undefined;
  if (Array.isArray(value)) return value.map((v) => materialize(v, factory));
  if (typeof value !== "object" || value === null) return value;
  // fast-check builds records with either prototype; a null-prototype props object is kept as one.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === OMIT) continue;
    Object.defineProperty(out, key, {
      value: materialize(v, factory),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

const OUTDIR = fs.mkdtempSync(path.join(os.tmpdir(), "robustness-"));
afterAll(() => fs.rmSync(OUTDIR, { recursive: true, force: true }));

/** A fresh stack with the default IBM provider (key from a sensitive variable) in a fresh app (no stack traces kept). */
export function freshStack(): TerraformStack {
  const stack = new TerraformStack(new App({ outdir: OUTDIR, stackTraces: false }), "fuzz");
  const apiKey = new TerraformVariable(stack, "ibmcloud_api_key", {
    type: "string",
    sensitive: true,
  });
  new IbmProvider(stack, "ibm", {
    region: "us-south",
    ibmcloudApiKey: Secret.fromVariable(apiKey).value,
  });
  return stack;
}

let validator: SchemaValidator | undefined;

/** Counts of what the cases of one property ended in. */
export interface Outcomes {
  /** Cases that synthesized schema-valid Terraform. */
  synthesized: number;
  /** Cases refused with the library's structured error. */
  refused: number;
}

/** A short description of a thrown value, for failure messages. */
function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${e.stack ?? ""}`;
  try {
    return `non-error thrown: ${String(e)}`;
  } catch {
    return "non-error thrown (not printable)";
  }
}

/**
 * Runs one case: `build` constructs into a fresh stack. It must either throw
 * the library's structured error, or leave a stack whose synth is valid
 * against the provider schemas and which every guard rule judges without
 * failing. Throws (failing the property) otherwise.
 */
export function checkCase(
  build: (factory: LiveFactory) => void,
  outcomes: Outcomes,
  setup?: (factory: LiveFactory) => void,
): void {
  const started = Date.now();
  const factory = new LiveFactory(freshStack());
  setup?.(factory);
  try {
    build(factory);
  } catch (e) {
    if (!isVoiceAgentError(e) && !(e instanceof VoiceAgentPropsError))
      throw new Error(`a raw exception escaped the construct: ${describeThrown(e)}`);
    outcomes.refused++;
    checkTime(started);
    return;
  }
  let text: string;
  try {
    text = Testing.synth(factory.stack);
  } catch (e) {
    if (isVoiceAgentError(e)) {
      outcomes.refused++;
      return;
    }
    throw new Error(`accepted props, then synth failed: ${describeThrown(e)}`);
  }
  const json = JSON.parse(text);
  validator ??= SchemaValidator.load();
  const result = validator.validate(json);
  if (result.problems.length > 0)
    throw new Error(
      `accepted props, synthesized invalid Terraform:\n${formatSchemaProblems(result)}`,
    );
  const report = VoiceAgentGuard.check(json, { stackName: "fuzz" });
  const failed = report.findings.filter((f) => f.ruleId === "VAW-GUARD-3");
  if (failed.length > 0)
    throw new Error(
      `a guard rule failed on the synthesized stack: ${failed.map((f) => f.message).join("; ")}`,
    );
  outcomes.synthesized++;
  checkTime(started);
}

function checkTime(started: number): void {
  const took = Date.now() - started;
  if (took > CASE_TIME_LIMIT_MS)
    throw new Error(`one case took ${took} ms (hang or catastrophic regex?)`);
}

/** Runs a property over blueprints with the fixed seed; returns the outcome counts. */
export function fuzz<T>(
  blueprints: fc.Arbitrary<T>,
  numRuns: number,
  build: (blueprint: unknown, factory: LiveFactory) => void,
): Outcomes {
  const outcomes: Outcomes = { synthesized: 0, refused: 0 };
  fc.assert(
    fc.property(blueprints, (b) =>
      checkCase((factory) => build(materialize(b, factory), factory), outcomes),
    ),
    { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)) },
  );
  return outcomes;
}
