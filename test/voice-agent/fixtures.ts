import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import {
  CloudantEventTarget,
  EventType,
  IEventStore,
  IServiceCredential,
  Secret,
  ServiceRole,
  SipProviderKind,
  SipTrunk,
  SpeechToText,
  TextToSpeech,
  VoiceAgentPlan,
  VoiceAgentProps,
  VoiceAgentService,
  VoiceAgentServiceFromCrnOptions,
  WatsonAssistant,
} from "../../lib";

/** A CRN of an existing Voice Agent instance in us-south. */
export const VA_CRN =
  "crn:v1:bluemix:public:voiceagent:us-south:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::";

/** A digest-pinned private SOE image. */
export const SOE_IMAGE =
  "private.us.icr.io/claims/soe@sha256:3b8e5d1c0f6a4e2b9c7d8a1f0e3b6c5d4a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d";

/** A fresh stack. */
export function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

/** An existing Standard instance referenced by CRN. */
export function service(scope: Construct, settings: VoiceAgentServiceFromCrnOptions = {}) {
  return VoiceAgentService.fromCrn(scope, "va", VA_CRN, {
    plan: VoiceAgentPlan.STANDARD,
    ...settings,
  });
}

/** New WA, STT and TTS instances in us-south (en-US). */
export function watson(scope: Construct, suffix = "", location = "us-south") {
  return {
    wa: new WatsonAssistant(scope, `wa${suffix}`, { name: `wa${suffix}`, location }),
    stt: new SpeechToText(scope, `stt${suffix}`, { name: `stt${suffix}`, location }),
    tts: new TextToSpeech(scope, `tts${suffix}`, { name: `tts${suffix}`, location }),
  };
}

/** A default (TLS, SRTP) Twilio trunk. */
export function trunk(scope: Construct, id = "trunk"): SipTrunk {
  return new SipTrunk(scope, id, {
    providerKind: SipProviderKind.TWILIO,
    terminationUri: "example.pstn.twilio.com",
  });
}

const shared = new WeakMap<
  Construct,
  { wa: WatsonAssistant; stt: SpeechToText; tts: TextToSpeech; trunk: SipTrunk }
>();

/** WA, STT, TTS and a trunk shared by every agent of one stack. */
export function sharedServices(scope: Construct) {
  let found = shared.get(scope);
  if (!found) {
    found = { ...watson(scope, "-shared"), trunk: trunk(scope, "trunk-shared") };
    shared.set(scope, found);
  }
  return found;
}

/** A complete voice agent's props, the way a newcomer writes them. */
export function voiceAgentProps(
  scope: Construct,
  overrides: Partial<VoiceAgentProps> = {},
): VoiceAgentProps {
  const svc = overrides.service ?? service(scope);
  const { wa, stt, tts, trunk: sipTrunk } = sharedServices(scope);
  return {
    service: svc,
    name: "billing",
    phoneNumbers: ["+1 888 333 4444"],
    assistant: { location1: { service: wa, workspaceId: "ws-1" } },
    speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
    sipTrunk,
    ...overrides,
  };
}

/** A real Cloudant event target. */
export function cloudant(scope: Construct, id = "events"): CloudantEventTarget {
  return new CloudantEventTarget(scope, id, { name: "events", location: "us-south" });
}

/** A small IEventStore double that records the databases asked for. */
export class FakeEventStore implements IEventStore {
  public readonly requested: string[] = [];
  public readonly instanceAddress = "ibm_cloudant.fake";
  public readonly instanceCrn = "crn:v1:bluemix:public:cloudantnosqldb:us-south:a/x:y::";
  public readonly url = "https://fake.cloudantnosqldb.appdomain.cloud";
  public readonly credential: IServiceCredential;
  constructor(scope: Construct) {
    const v = new TerraformVariable(scope, "fake_key", { type: "string", sensitive: true });
    this.credential = {
      credentialName: "fake-writer",
      role: ServiceRole.WRITER,
      resourceKeyAddress: "ibm_resource_key.fake",
      apiKey: Secret.fromVariable(v),
    };
  }
  public databaseFor(agentName: string, eventType: EventType): string {
    const name = `${agentName}-${eventType}`;
    this.requested.push(name);
    return name;
  }
}

/** A sensitive variable as a Secret. */
export function secretVariable(scope: Construct, id: string): Secret {
  return Secret.fromVariable(new TerraformVariable(scope, id, { type: "string", sensitive: true }));
}

/** The synthesized `terraform_data` inputs whose key is `manifestSchema`. */
export function manifests(json: any): any[] {
  return Object.values(json.resource?.terraform_data ?? {})
    .map((r: any) => r.input)
    .filter((i: any) => i && i.manifestSchema);
}

/** The `ibm_resource_key` resources, as [name, body]. */
export function resourceKeys(json: any): any[] {
  return Object.values(json.resource?.ibm_resource_key ?? {});
}

/** The error thrown by `fn` (fails the test when nothing is thrown). */
export function errorOf(fn: () => unknown): any {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}
