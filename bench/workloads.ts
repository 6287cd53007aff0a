/**
 * The programs the benchmark synthesizes. Each guarded program has a
 * baseline: the same Terraform resources written with the generated bindings
 * and no guard (see replay.ts for the agent workloads).
 *
 * The library and the generated bindings are loaded from the compiled `dist/`
 * (the path is given in BENCH_DIST), so that the measured code is what users
 * install; only types are imported from the sources.
 */
import * as path from "path";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import type * as Lib from "../lib";
import type { Cloudant as CloudantClass } from "../.gen/providers/ibm/cloudant";
import type { CloudantDatabase as CloudantDatabaseClass } from "../.gen/providers/ibm/cloudant-database";
import type { IbmProvider as IbmProviderClass } from "../.gen/providers/ibm/provider";
import type { ResourceKey as ResourceKeyClass } from "../.gen/providers/ibm/resource-key";

/** The compiled package root (`dist/`), from BENCH_DIST. */
export function distDir(): string {
  const dir = process.env.BENCH_DIST;
  if (!dir) throw new Error("bench: BENCH_DIST is not set (run the benchmark with npm run bench)");
  return dir;
}

/** Requires a module of the compiled package (`lib/index.js`, `.gen/providers/ibm/cloudant`). */
export function fromDist<T>(relative: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(distDir(), relative)) as T;
}

/** The library, as users load it. */
export function library(): typeof Lib {
  return fromDist<typeof Lib>("lib/index.js");
}

/** The generated IBM bindings the workloads use. */
export interface IbmBindings {
  /** `ibm` provider. */
  readonly IbmProvider: typeof IbmProviderClass;
  /** `ibm_cloudant`. */
  readonly Cloudant: typeof CloudantClass;
  /** `ibm_cloudant_database`. */
  readonly CloudantDatabase: typeof CloudantDatabaseClass;
  /** `ibm_resource_key`. */
  readonly ResourceKey: typeof ResourceKeyClass;
}

/** Loads the generated IBM bindings from the compiled package. */
export function ibmBindings(): IbmBindings {
  const gen = (dir: string) => fromDist<Record<string, unknown>>(`.gen/providers/ibm/${dir}`);
  return {
    IbmProvider: gen("provider").IbmProvider as typeof IbmProviderClass,
    Cloudant: gen("cloudant").Cloudant as typeof CloudantClass,
    CloudantDatabase: gen("cloudant-database").CloudantDatabase as typeof CloudantDatabaseClass,
    ResourceKey: gen("resource-key").ResourceKey as typeof ResourceKeyClass,
  };
}

/** A CRN of an existing Voice Agent with Watson instance (Standard, us-south). */
export const INSTANCE_CRN =
  "crn:v1:bluemix:public:voiceagent:us-south:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::";

/** One workload: a program to synthesize, guarded or as its bare-bindings baseline. */
export interface Workload {
  /** Short name (`agents-150x10`). */
  readonly name: string;
  /** What the program holds. */
  readonly description: string;
  /** How the baseline is built: by replaying the guarded output, or by the same builder without the guard. */
  readonly baseline: "replay" | "unguarded";
  /** Builds the guarded program into `app`. */
  buildGuarded(app: App): void;
  /** Builds the baseline program (for `unguarded` baselines). */
  buildBaseline?(app: App): void;
}

/** The stack-wide acknowledgements every agent workload makes (the same findings the basic example accepts). */
const ACKNOWLEDGED = [
  {
    ruleId: "VAW-DATA-1",
    reason: "benchmark stack: plus/standard Watson plans accepted for the measurement only",
  },
  {
    ruleId: "VAW-SIP-6",
    reason: "benchmark stack: the trunk answers digest challenges, checked in a test call",
  },
];

/** Phone number `i` of agent `a` (a < 800): a valid toll-free number, unique across the instance. */
export function phoneNumber(a: number, i: number): string {
  return `+1 888 ${String(200 + a)} ${String(i).padStart(4, "0")}`;
}

/**
 * One Voice Agent with Watson instance holding `agents` complete voice agents
 * with `numbers` phone numbers each: shared new Watson Assistant, Speech to
 * Text and Text to Speech instances, a TLS + SRTP trunk, a Cloudant event
 * store receiving every agent's CDR events, a transfer target, SIP digest
 * authentication with a dedicated credential per agent.
 */
export function agentsProgram(app: App, agents: number, numbers: number): TerraformStack {
  const lib = library();
  const { IbmProvider } = ibmBindings();
  const stack = new TerraformStack(app, "voice-agents");
  const apiKey = new TerraformVariable(stack, "ibmcloud_api_key", {
    type: "string",
    sensitive: true,
  });
  new IbmProvider(stack, "ibm", {
    ibmcloudApiKey: lib.Secret.fromVariable(apiKey).value,
    region: "us-south",
  });
  const service = lib.VoiceAgentService.fromCrn(stack, "voice-agent", INSTANCE_CRN, {
    plan: lib.VoiceAgentPlan.STANDARD,
  });
  const wa = new lib.WatsonAssistant(stack, "assistant", {
    name: "assistant",
    location: "us-south",
  });
  const stt = new lib.SpeechToText(stack, "stt", { name: "stt", location: "us-south" });
  const tts = new lib.TextToSpeech(stack, "tts", { name: "tts", location: "us-south" });
  const trunk = new lib.SipTrunk(stack, "trunk", {
    providerKind: lib.SipProviderKind.TWILIO,
    terminationUri: "agents.pstn.twilio.com",
  });
  const events = new lib.CloudantEventTarget(stack, "events", {
    name: "agent-events",
    location: "us-south",
  });
  for (let a = 0; a < agents; a++) {
    const name = `agent-${String(a).padStart(3, "0")}`;
    new lib.VoiceAgent(stack, name, {
      service,
      name,
      description: `Agent ${a} of the benchmark`,
      phoneNumbers: Array.from({ length: numbers }, (_, i) => phoneNumber(a, i)),
      assistant: { location1: { service: wa, workspaceId: `workspace-${a}` } },
      speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
      textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
      sipTrunk: trunk,
      callTransfer: { defaultTarget: "sip:+18885550100@agents.pstn.twilio.com" },
      eventForwarding: { store: events, cdr: true },
    });
  }
  for (const ack of ACKNOWLEDGED) lib.VoiceAgentGuard.acknowledge(stack, ack);
  return stack;
}

/**
 * `n` raw resources written with the generated bindings, a third each of
 * `ibm_cloudant` (IAM-only, CORS off), `ibm_resource_key` (Writer) and
 * `ibm_cloudant_database`, each key and database on the latest instance.
 * `guard` is called on the stack when given (the guarded variant).
 */
export function rawResourcesProgram(
  app: App,
  n: number,
  guard?: (stack: TerraformStack) => void,
): TerraformStack {
  const { IbmProvider, Cloudant, CloudantDatabase, ResourceKey } = ibmBindings();
  const stack = new TerraformStack(app, "resources");
  const apiKey = new TerraformVariable(stack, "ibmcloud_api_key", {
    type: "string",
    sensitive: true,
  });
  new IbmProvider(stack, "ibm", { ibmcloudApiKey: apiKey.stringValue, region: "us-south" });
  let cloudant: InstanceType<typeof CloudantClass> | undefined;
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0 || !cloudant) {
      cloudant = new Cloudant(stack, `cloudant-${i}`, {
        name: `events-${i}`,
        location: "us-south",
        plan: "standard",
        legacyCredentials: false,
        enableCors: false,
        includeDataEvents: true,
      });
    } else if (i % 3 === 1) {
      new ResourceKey(stack, `key-${i}`, {
        name: `writer-${i}`,
        role: "Writer",
        resourceInstanceId: cloudant.id,
      });
    } else {
      new CloudantDatabase(stack, `db-${i}`, { db: `db-${i}`, instanceCrn: cloudant.crn });
    }
  }
  guard?.(stack);
  return stack;
}

/** `10000` → `10,000`. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** Every workload, in the order they are run and reported. */
export const WORKLOADS: readonly Workload[] = [
  {
    name: "agents-150x10",
    description: "1 instance, 150 agents (the documented limit) x 10 numbers, everything shared",
    baseline: "replay",
    buildGuarded: (app) => agentsProgram(app, 150, 10),
  },
  {
    name: "agent-1x1000",
    description: "1 agent with 1,000 phone numbers (the documented limit)",
    baseline: "replay",
    buildGuarded: (app) => agentsProgram(app, 1, 1000),
  },
  ...[10, 100, 1000, 10000].map((n): Workload => ({
    name: `resources-${n}`,
    description: `${thousands(n)} raw resources (cloudant, resource key, database) under VoiceAgentGuard.apply`,
    baseline: "unguarded",
    buildGuarded: (app) =>
      rawResourcesProgram(app, n, (stack) => library().VoiceAgentGuard.apply(stack)),
    buildBaseline: (app) => rawResourcesProgram(app, n),
  })),
];

/** The workload with this name (throws for an unknown name). */
export function workload(name: string): Workload {
  const w = WORKLOADS.find((x) => x.name === name);
  if (!w) throw new Error(`bench: unknown workload ${JSON.stringify(name)}`);
  return w;
}
