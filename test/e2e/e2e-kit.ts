/**
 * Builders for the end-to-end guard tests: a voice agent stack built with the
 * library's public constructs that the guard finds fully compliant (no
 * finding at all), with options that weaken one thing at a time.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformResource, TerraformStack, Testing } from "cdktf";
import { IConstruct } from "constructs";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import {
  CbrEnforcementMode,
  CloudantEventTarget,
  CloudantEventTargetProps,
  DataClass,
  GuardReport,
  ISipTrunk,
  IServiceOrchestrationEngine,
  CodeEngineServiceOrchestrationEngineProps,
  ServiceOrchestrationEngine,
  ServiceOrchestrationEngineProps,
  SipProviderKind,
  SipTrunk,
  SipTrunkProps,
  SpeechToText,
  TextToSpeech,
  TwilioSipTrunk,
  TwilioSipTrunkProps,
  VoiceAgent,
  VoiceAgentGuard,
  VoiceAgentProps,
  VoiceAgentServiceFromCrnOptions,
  WatsonAssistant,
} from "../../lib";
import { GUARD_REPORT_FILE } from "../../lib/guard";
import { secretVariable, service } from "../voice-agent/fixtures";

/** The id of every stack the end-to-end tests build. */
export const STACK = "e2e";

/** The termination host of the baseline trunk. */
export const TERMINATION_HOST = "trunk.example.net";

/** Which events the baseline agent forwards. */
export interface Forwarded {
  readonly cdr?: boolean;
  readonly transcription?: boolean;
  readonly turn?: boolean;
}

/** What to weaken (or strengthen) in the baseline agent stack. */
export interface AgentStackOptions {
  /**
   * The agent's data classes.
   * @default - the library's default ([PII])
   */
  readonly dataClasses?: DataClass[];
  /** Props merged over the baseline trunk (other SIP provider, TLS, SRTP, digest, termination host). */
  readonly trunk?: Partial<SipTrunkProps>;
  /**
   * Use a TwilioSipTrunk (us-south, the library's secure defaults) instead,
   * with these props merged over, and add a Twilio provider.
   * @default - the baseline SipTrunk
   */
  readonly twilioTrunk?: Partial<TwilioSipTrunkProps>;
  /** Settings of the Voice Agent instance (referenced by CRN, Standard plan). */
  readonly service?: VoiceAgentServiceFromCrnOptions;
  /**
   * The plan of the Watson Assistant, Speech to Text and Text to Speech instances.
   * @default "premium" - the plans that keep request data out of IBM's service improvement
   */
  readonly watsonPlan?: string;
  /**
   * Put an SOE (https, basic auth) in the conversation slot instead of
   * Watson Assistant; props are merged over the compliant ones.
   * @default - Watson Assistant directly
   */
  readonly soe?: Partial<ServiceOrchestrationEngineProps> | boolean;
  /**
   * Put an SOE hosted on Code Engine in the conversation slot instead (image
   * pinned by digest, the library's defaults); props are merged over.
   * @default - Watson Assistant directly
   */
  readonly codeEngineSoe?: Partial<CodeEngineServiceOrchestrationEngineProps>;
  /**
   * Events forwarded to the Cloudant event target, or false for no forwarding.
   * @default { cdr: true }
   */
  readonly events?: Forwarded | false;
  /** Props merged over the Cloudant event target's (standard plan, all secure defaults). */
  readonly cloudant?: Partial<CloudantEventTargetProps>;
  /**
   * Restrict the Cloudant instance with a context-based restriction in this
   * mode (the event target's `networkRestriction`), or not at all.
   * @default - enforced when the agent handles PHI (what VAW-EVT-4 asks for), none otherwise
   */
  readonly networkRestriction?: CbrEnforcementMode | false;
  /** Agent props merged over the baseline's last (e.g. callTransfer, sipAuthentication, agentType). */
  readonly agent?: (parts: AgentParts) => Partial<VoiceAgentProps>;
}

/** The constructs of the baseline stack. */
export interface AgentParts {
  readonly stack: TerraformStack;
  readonly service: VoiceAgentProps["service"];
  readonly trunk: ISipTrunk;
  readonly wa: WatsonAssistant;
  readonly stt: SpeechToText;
  readonly tts: TextToSpeech;
  readonly store?: CloudantEventTarget;
  readonly soe?: IServiceOrchestrationEngine;
}

/** The baseline stack, once built. */
export interface AgentStack extends AgentParts {
  readonly agent: VoiceAgent;
}

/** Adds the IBM provider and attaches the guard without printing warnings (the reports hold them). */
export function prepareStack(stack: TerraformStack): void {
  new IbmProvider(stack, "ibm", { region: "us-south" });
  VoiceAgentGuard.apply(stack, { printWarnings: false });
}

/**
 * A complete voice agent (Voice type, PII) on a TLS + SRTP trunk with SIP
 * digest authentication, premium Watson services in us-south, and CDR events
 * forwarded to a Cloudant event target with every secure default: the guard
 * reports nothing on it. `options` change one thing at a time.
 */
export function agentStack(stack: TerraformStack, options: AgentStackOptions = {}): AgentStack {
  const plan = options.watsonPlan ?? "premium";
  const svc = service(stack, options.service);
  const trunk = options.twilioTrunk
    ? twilioTrunk(stack, options.twilioTrunk)
    : new SipTrunk(stack, "trunk", {
        providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
        terminationUri: TERMINATION_HOST,
        ...options.trunk,
      });
  const wa = new WatsonAssistant(stack, "wa", { name: "wa", location: "us-south", plan });
  const stt = new SpeechToText(stack, "stt", { name: "stt", location: "us-south", plan });
  const tts = new TextToSpeech(stack, "tts", { name: "tts", location: "us-south", plan });
  const events = options.events ?? { cdr: true };
  const phi = (options.dataClasses ?? []).includes(DataClass.PHI);
  const mode = options.networkRestriction ?? (phi ? CbrEnforcementMode.ENABLED : false);
  const store =
    events === false
      ? undefined
      : new CloudantEventTarget(stack, "events", {
          name: "events",
          location: "us-south",
          ...(mode
            ? { networkRestriction: { allowedAddresses: EGRESS, enforcementMode: mode } }
            : {}),
          ...options.cloudant,
        });
  const soe = options.codeEngineSoe
    ? ServiceOrchestrationEngine.onCodeEngine(stack, "soe", {
        name: "billing-soe",
        region: "us-south",
        image: `us.icr.io/voice/soe@sha256:${"0123456789abcdef".repeat(4)}`,
        userName: "voice-agent",
        password: secretVariable(stack, "soe_password"),
        assistant: { service: wa, workspaceId: "ws-1" },
        ...options.codeEngineSoe,
      })
    : options.soe
      ? serviceOrchestrationEngine(stack, options.soe)
      : undefined;
  const parts: AgentParts = { stack, service: svc, trunk, wa, stt, tts, store, soe };
  const agent = new VoiceAgent(stack, "agent", {
    service: svc,
    name: "billing",
    phoneNumbers: ["+1 888 333 4444"],
    ...(options.dataClasses ? { dataClasses: options.dataClasses } : {}),
    assistant: {
      location1: soe ? { orchestrationEngine: soe } : { service: wa, workspaceId: "ws-1" },
    },
    speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
    sipTrunk: trunk,
    ...(store && events ? { eventForwarding: { store, ...events } } : {}),
    ...options.agent?.(parts),
  });
  return { ...parts, agent };
}

/** Addresses Voice Agent with Watson may write from (us-south candidates). */
const EGRESS = ["169.59.10.204", "169.60.155.8/29"];

/** A TwilioSipTrunk in us-south with a Twilio provider configured from sensitive variables. */
function twilioTrunk(stack: TerraformStack, props: Partial<TwilioSipTrunkProps>): TwilioSipTrunk {
  new TwilioProvider(stack, "twilio", {
    username: secretVariable(stack, "twilio_account_sid").value,
    password: secretVariable(stack, "twilio_api_secret").value,
  });
  return new TwilioSipTrunk(stack, "trunk", {
    region: "us-south",
    domainName: TWILIO_DOMAIN,
    ...props,
  });
}

/** The termination domain of the Twilio trunk. */
export const TWILIO_DOMAIN = "billing.pstn.twilio.com";

function serviceOrchestrationEngine(
  stack: TerraformStack,
  props: Partial<ServiceOrchestrationEngineProps> | true,
): ServiceOrchestrationEngine {
  const overrides = props === true ? {} : props;
  const unauthenticated = overrides.allowUnauthenticatedAccess === true;
  return new ServiceOrchestrationEngine(stack, "soe", {
    url: "https://soe.example.com/soe/billing",
    region: "us-south",
    ...(unauthenticated
      ? {}
      : { userName: "voice-agent", password: secretVariable(stack, "soe_password") }),
    ...overrides,
  });
}

/** The construct at `relativePath` (ids joined by `/`) below the stack; fails the test when absent. */
export function nodeAt(stack: TerraformStack, relativePath: string): IConstruct {
  let node: IConstruct = stack;
  for (const id of relativePath.split("/")) node = node.node.findChild(id);
  return node;
}

/** The Terraform resource at `relativePath` below the stack (for `addOverride` escape hatches). */
export function resourceAt(stack: TerraformStack, relativePath: string): TerraformResource {
  const node = nodeAt(stack, relativePath);
  if (!TerraformResource.isTerraformResource(node))
    throw new Error(`${node.node.path} is not a terraform resource`);
  return node;
}

/** A stack in a `Testing.app()` (no files written unless synthesized). */
export function testStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), STACK);
  prepareStack(stack);
  return stack;
}

/** An app writing to a fresh temp dir, with one prepared stack; `cleanup` removes the dir. */
export interface SynthApp {
  readonly app: App;
  readonly stack: TerraformStack;
  readonly outdir: string;
  /** `cdk.tf.json` of the stack. */
  readonly stackFile: string;
  /** Reads the stack's `voice-agent-guard.json`. */
  report(): GuardReport;
  /** Synthesizes; returns the error thrown, or undefined. */
  synth(): Error | undefined;
  /** Deletes the output directory. */
  cleanup(): void;
}

const outdirs: string[] = [];

/** A new `App({ outdir })` in a fresh temp dir with one prepared stack. */
export function synthApp(appProps: { skipValidation?: boolean } = {}): SynthApp {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "vaw-e2e-"));
  outdirs.push(outdir);
  const app = new App({ outdir, ...appProps });
  const stack = new TerraformStack(app, STACK);
  prepareStack(stack);
  const dir = path.join(outdir, "stacks", STACK);
  return {
    app,
    stack,
    outdir,
    stackFile: path.join(dir, "cdk.tf.json"),
    report: () => JSON.parse(fs.readFileSync(path.join(dir, GUARD_REPORT_FILE), "utf8")),
    synth: () => {
      try {
        app.synth();
        return undefined;
      } catch (e) {
        return e as Error;
      }
    },
    cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }),
  };
}

/** Removes every output directory {@link synthApp} created (call from `afterAll`). */
export function removeOutdirs(): void {
  for (const d of outdirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** The error `fn` throws, or undefined. */
export function thrown(fn: () => unknown): Error | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e as Error;
  }
}

/** A reason long enough for an acknowledgement. */
export function reasonFor(ruleId: string): string {
  return `${ruleId} accepted by the security review board (ticket SEC-1234)`;
}

export { secretVariable };

/**
 * The stack of examples/basic, built into `stack` (whose provider the caller
 * adds): a TLS + SRTP Twilio trunk, an SOE over https, new Watson services on
 * their default plans, CDR events to a Cloudant event target, and the
 * example's two acknowledgements (VAW-DATA-1, VAW-SIP-6).
 */
export function exampleStack(stack: TerraformStack): { events: CloudantEventTarget } {
  const svc = service(stack);
  const assistant = new WatsonAssistant(stack, "assistant", {
    name: "billing-assistant",
    location: "us-south",
  });
  const stt = new SpeechToText(stack, "stt", { name: "billing-stt", location: "us-south" });
  const tts = new TextToSpeech(stack, "tts", { name: "billing-tts", location: "us-south" });
  const events = new CloudantEventTarget(stack, "events", {
    name: "billing-events",
    location: "us-south",
  });
  const soe = new ServiceOrchestrationEngine(stack, "soe", {
    url: "https://soe.example.com/soe/billing",
    region: "us-south",
    userName: "voice-agent",
    password: secretVariable(stack, "soe_password"),
  });
  const trunk = new SipTrunk(stack, "trunk", {
    providerKind: SipProviderKind.TWILIO,
    terminationUri: "billing.pstn.twilio.com",
  });
  const agent = new VoiceAgent(stack, "billing", {
    service: svc,
    name: "billing",
    description: "Billing questions, transfers to the billing desk",
    phoneNumbers: ["+1 888 333 4444"],
    assistant: { location1: { orchestrationEngine: soe } },
    speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
    sipTrunk: trunk,
    callTransfer: { defaultTarget: "sip:+18885550100@billing.pstn.twilio.com" },
    eventForwarding: { store: events, cdr: true },
  });
  void assistant;
  VoiceAgentGuard.acknowledge(agent, {
    ruleId: "VAW-DATA-1",
    reason:
      "PII-only billing agent; plus/standard plans accepted by the privacy office (ticket PRIV-412)",
  });
  VoiceAgentGuard.acknowledge(agent, {
    ruleId: "VAW-SIP-6",
    reason:
      "Digest challenge answered by the Twilio trunk in a test call before go-live (runbook VA-7)",
  });
  return { events };
}
