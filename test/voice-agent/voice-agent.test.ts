import { TerraformVariable } from "cdktf";
import {
  DataClass,
  MANIFEST_SCHEMA,
  MediaProtocol,
  ServiceOrchestrationEngine,
  ServiceRole,
  SipProviderKind,
  SipTransport,
  SipTrunk,
  SpeechModelType,
  VoiceAgent,
  VoiceAgentRegion,
} from "../../lib";
import { FIXED_SERVICE_DEFAULTS } from "../../lib/voice-agent";
import { synthJson } from "../util";
import {
  cloudant,
  FakeEventStore,
  manifests,
  resourceKeys,
  secretVariable,
  service,
  stack,
  voiceAgentProps,
  watson,
} from "./fixtures";

function only(json: any): any {
  const m = manifests(json);
  expect(m).toHaveLength(1);
  return m[0];
}

describe("VoiceAgent defaults", () => {
  const s = stack();
  const agent = new VoiceAgent(s, "agent", voiceAgentProps(s));
  const json = synthJson(s);
  const m = only(json);

  test("renders the manifest as the input of a terraform_data child named Manifest", () => {
    expect(json.resource.terraform_data[agent.manifestResource.friendlyUniqueId].input).toBe(m);
    expect(agent.manifestResource.node.id).toBe("Manifest");
    expect(m.manifestSchema).toBe(MANIFEST_SCHEMA);
    expect(m.constructPath).toBe("test/agent");
  });

  test("is a voice agent in the service's region, for the service's instance and plan", () => {
    expect(m.agentType).toBe("Voice");
    expect(m.region).toBe("us-south");
    expect(m.plan).toBe("Standard");
    expect(m.serviceInstanceCrn).toMatch(/^crn:v1:bluemix:public:voiceagent:us-south:/);
  });

  test("declares that callers disclose PII", () => {
    expect(m.dataClasses).toEqual(["PII"]);
  });

  test("turns SIP digest authentication on with a dedicated Reader credential", () => {
    const address = agent.sipAuthenticationCredential!.resourceKeyAddress;
    expect(m.sipAuthentication).toEqual({
      enabled: true,
      credential: {
        name: "billing-sip-authentication",
        role: "Reader",
        resourceKey: address,
        purpose: "sip-authentication",
      },
    });
    const key = json.resource.ibm_resource_key[address.split(".")[1]];
    expect(key).toMatchObject({ name: "billing-sip-authentication", role: "Reader" });
    expect(key.resource_instance_id).toBe(m.serviceInstanceCrn);
  });

  test("creates no SMS webhook or outbound API credential for a voice agent", () => {
    expect(agent.smsWebhookCredential).toBeUndefined();
    expect(resourceKeys(json).map((k: any) => k.name)).not.toContain("billing-sms-webhook");
    expect(m.outboundCalling).toEqual({ enabled: false, secureTrunking: true });
    expect(m.sms).toBeUndefined();
  });

  test("leaves event forwarding off", () => {
    expect(m.eventForwarding).toEqual({
      enabled: false,
      cdrEvents: { enabled: false },
      transcriptionEvents: { enabled: false },
      turnEvents: { enabled: false },
    });
  });

  test("uses the documented call transfer defaults", () => {
    expect(m.callTransfer).toEqual({
      allowedTransferTargets: [],
      putCallerOnHoldOnTransfer: true,
      disconnectCallOnTransferFailure: true,
    });
  });

  test("uses the documented advanced defaults", () => {
    expect(m.advanced).toEqual({
      conversationReadTimeoutSeconds: 5,
      customSipInviteHeader: "user-to-user",
      sendProvisionalRingingResponse: true,
      notifyWatsonAssistantOnNetworkEvents: true,
    });
  });

  test("renders a TLS origination URI, SRTP media and digest expectation from the trunk", () => {
    expect(m.sipTrunk).toMatchObject({
      providerKind: "twilio",
      originationUris: ["sip:us-south.voiceagent.cloud.ibm.com;transport=tls"],
      signalingTransport: "tls",
      media: "srtp",
      digestAuthentication: true,
      terminationUri: "example.pstn.twilio.com",
    });
  });

  test("renders Watson locations with instance CRNs, URLs and the services' own credentials", () => {
    expect(m.conversation.location1).toMatchObject({
      serviceType: "My service instance",
      region: "us-south",
      workspaceId: "ws-1",
      language: "en-US",
      credential: { name: "wa-shared-voice-agent", role: "Reader", purpose: "watson-assistant" },
    });
    expect(m.conversation.location1.serviceInstanceCrn).toMatch(
      /^\$\{ibm_resource_instance\.wa-shared_.*\.crn\}$/,
    );
    expect(m.conversation.location2).toBeUndefined();
    expect(m.speechToText).toMatchObject({
      modelType: "Narrowband",
      model: "en-US_NarrowbandModel",
    });
    expect(m.speechToText.location1.credential.purpose).toBe("speech-to-text");
    expect(m.textToSpeech).toMatchObject({ voice: "en-US_AllisonV3Voice" });
    expect(m.textToSpeech.location1.credential.purpose).toBe("text-to-speech");
  });

  test("lists the fixed service defaults for review", () => {
    expect(m.serviceDefaults).toEqual(FIXED_SERVICE_DEFAULTS);
    expect(m.serviceDefaults.ttsCacheTimeToLiveHours).toBe(336);
  });

  test("exposes the manifest object on the construct", () => {
    expect(agent.manifest.name).toBe("billing");
    expect(agent.manifest.phoneNumbers).toEqual([{ number: "+1 888 333 4444" }]);
  });
});

describe("VoiceAgent props", () => {
  function render(overrides: Parameters<typeof voiceAgentProps>[1] | ((s: any) => any)) {
    const s = stack();
    const o = typeof overrides === "function" ? overrides(s) : overrides;
    new VoiceAgent(s, "agent", voiceAgentProps(s, o));
    const json = synthJson(s);
    return { json, m: only(json) };
  }

  test("renders phone numbers with descriptions, the primary first", () => {
    const { m } = render({
      phoneNumbers: ["+1 888 333 4444", { number: "(800) 555-0100", description: "billing line" }],
    });
    expect(m.phoneNumbers).toEqual([
      { number: "+1 888 333 4444" },
      { number: "(800) 555-0100", description: "billing line" },
    ]);
  });

  test("renders the description and data classes", () => {
    const { m } = render({
      description: "pays bills",
      dataClasses: [DataClass.PII, DataClass.PCI],
    });
    expect(m.description).toBe("pays bills");
    expect(m.dataClasses).toEqual(["PII", "PCI"]);
  });

  test("takes an explicit region and adds a lower-priority URI for the secondary region", () => {
    const { m } = render({
      region: VoiceAgentRegion.US_EAST,
      secondaryRegion: VoiceAgentRegion.US_SOUTH,
    });
    expect(m.region).toBe("us-east");
    expect(m.sipTrunk.originationUris).toEqual([
      "sip:us-east.voiceagent.cloud.ibm.com;transport=tls",
      "sip:us-south.voiceagent.cloud.ibm.com;transport=tls",
    ]);
  });

  test("switches SIP authentication off without creating a credential", () => {
    const { json, m } = render({ sipAuthentication: { enabled: false } });
    expect(m.sipAuthentication).toEqual({ enabled: false });
    expect(resourceKeys(json).map((k: any) => k.name)).not.toContain("billing-sip-authentication");
  });

  test("gives the SIP authentication credential the role asked for", () => {
    const { json, m } = render({ sipAuthentication: { role: ServiceRole.WRITER } });
    expect(m.sipAuthentication.credential.role).toBe("Writer");
    expect(resourceKeys(json).find((k: any) => k.name === "billing-sip-authentication").role).toBe(
      "Writer",
    );
  });

  test("renders call transfer settings", () => {
    const { m } = render({
      callTransfer: {
        defaultTarget: "sip:+18883334444@example.pstn.twilio.com",
        allowedTargets: ["tel:+18005550100"],
        putCallerOnHold: false,
        disconnectOnFailure: false,
        failureMessage: "sorry, try later",
      },
    });
    expect(m.callTransfer).toEqual({
      defaultTransferTarget: "sip:+18883334444@example.pstn.twilio.com",
      allowedTransferTargets: ["tel:+18005550100"],
      putCallerOnHoldOnTransfer: false,
      disconnectCallOnTransferFailure: false,
      transferFailureReplyMessage: "sorry, try later",
    });
  });

  test("renders advanced options", () => {
    const { m } = render({
      advanced: {
        conversationReadTimeoutSeconds: 8,
        watsonAssistantFailureReplyMessage: "we cannot help right now",
        customSipInviteHeader: "X-Account",
        sendProvisionalRingingResponse: false,
        notifyWatsonAssistantOnNetworkEvents: false,
      },
    });
    expect(m.advanced).toEqual({
      conversationReadTimeoutSeconds: 8,
      watsonAssistantFailureReplyMessage: "we cannot help right now",
      customSipInviteHeader: "X-Account",
      sendProvisionalRingingResponse: false,
      notifyWatsonAssistantOnNetworkEvents: false,
    });
  });

  test("renders Speech to Text model type and custom models", () => {
    const { m } = render((s: any) => {
      const { stt } = watson(s, "2");
      return {
        speechToText: {
          location1: { service: stt },
          modelType: SpeechModelType.BOTH,
          model: "en-US_BroadbandModel",
          customLanguageModelId: "lm-1",
          customAcousticModelId: "am-1",
        },
      };
    });
    expect(m.speechToText).toMatchObject({
      modelType: "Both narrowband and broadband",
      model: "en-US_BroadbandModel",
      customLanguageModel: "lm-1",
      customAcousticModel: "am-1",
    });
  });

  test("renders second locations in another region", () => {
    const { m } = render((s: any) => {
      const a = watson(s, "a", "us-south");
      const b = watson(s, "b", "us-east");
      return {
        assistant: {
          location1: { service: a.wa, workspaceId: "ws-south" },
          location2: { service: b.wa, workspaceId: "ws-east" },
        },
        speechToText: {
          location1: { service: a.stt },
          location2: { service: b.stt },
          model: "en-US_NarrowbandModel",
        },
        textToSpeech: {
          location1: { service: a.tts },
          location2: { service: b.tts },
          voice: "en-US_AllisonV3Voice",
        },
      };
    });
    expect(m.conversation.location2).toMatchObject({ region: "us-east", workspaceId: "ws-east" });
    expect(m.speechToText.location2.region).toBe("us-east");
    expect(m.textToSpeech.location2.region).toBe("us-east");
  });

  test("accepts location 2 in the same region (the guard warns, construction does not fail)", () => {
    const { m } = render((s: any) => {
      const a = watson(s, "a");
      const b = watson(s, "b");
      return {
        assistant: {
          location1: { service: a.wa, workspaceId: "w1" },
          location2: { service: b.wa, workspaceId: "w2" },
        },
      };
    });
    expect(m.conversation.location1.region).toBe(m.conversation.location2.region);
  });

  test("uses a service orchestration engine in the conversation slot, password as a reference only", () => {
    const { m } = render((s: any) => {
      const soe = new ServiceOrchestrationEngine(s, "soe", {
        url: "https://soe.example.com/SOE/ws",
        region: "us-south",
        userName: "va",
        password: secretVariable(s, "soe_password"),
      });
      return { assistant: { location1: { orchestrationEngine: soe } } };
    });
    expect(m.conversation.location1).toEqual({
      serviceType: "Service orchestration engine",
      region: "us-south",
      url: "https://soe.example.com/SOE/ws",
      userName: "va",
      password: { source: "terraform-variable", address: "var.soe_password" },
    });
  });

  test("forwards each enabled event type to the store's database for the agent", () => {
    let store!: FakeEventStore;
    const { m } = render((s: any) => {
      store = new FakeEventStore(s);
      return { eventForwarding: { store, cdr: true, turn: true } };
    });
    expect(store.requested).toEqual(["billing-cdr", "billing-turn"]);
    expect(m.eventForwarding).toEqual({
      enabled: true,
      cloudantSource: "My Cloudant service instance",
      cloudantInstance: "ibm_cloudant.fake",
      cloudantUrl: "https://fake.cloudantnosqldb.appdomain.cloud",
      authentication: "apikey",
      credential: {
        name: "fake-writer",
        role: "Writer",
        resourceKey: "ibm_resource_key.fake",
        purpose: "event-forwarding",
      },
      cdrEvents: { enabled: true, database: "billing-cdr" },
      transcriptionEvents: { enabled: false },
      turnEvents: { enabled: true, database: "billing-turn" },
    });
  });

  test("forwards events to a CloudantEventTarget, creating its databases", () => {
    const { json, m } = render((s: any) => ({
      eventForwarding: { store: cloudant(s), cdr: true },
    }));
    expect(m.eventForwarding.cdrEvents).toEqual({ enabled: true, database: "billing-cdr-events" });
    const dbs = Object.values(json.resource.ibm_cloudant_database ?? {}).map((d: any) => d.db);
    expect(dbs).toEqual(["billing-cdr-events"]);
  });

  test("renders outbound calling from the service with the outbound API credential and a status webhook", () => {
    const { json, m } = render((s: any) => ({
      service: service(s, { outboundCalling: { enabled: true, peerIpAddress: "54.172.60.0" } }),
      outboundCalling: { statusWebhookUrl: "https://hooks.example.com/status" },
    }));
    expect(m.outboundCalling).toEqual({
      enabled: true,
      secureTrunking: true,
      peerIpAddress: "54.172.60.0",
      apiCredential: {
        name: "voice-agent-outbound-api",
        role: "Writer",
        resourceKey: expect.stringMatching(
          /^ibm_resource_key\.va_OutboundApiCredential_[0-9A-F]{8}$/,
        ),
        purpose: "outbound-api",
      },
      statusWebhookUrl: "https://hooks.example.com/status",
    });
    const key =
      json.resource.ibm_resource_key[m.outboundCalling.apiCredential.resourceKey.split(".")[1]];
    expect(key).toMatchObject({ name: "voice-agent-outbound-api", role: "Writer" });
  });

  test("keeps the SIP authentication credential separate from the outbound API credential", () => {
    const { m } = render((s: any) => ({
      service: service(s, { outboundCalling: { enabled: true, peerIpAddress: "54.172.60.0" } }),
    }));
    expect(m.sipAuthentication.credential.resourceKey).not.toBe(
      m.outboundCalling.apiCredential.resourceKey,
    );
  });

  test("renders the instance IP allow-list for a direct-peering trunk", () => {
    const { m } = render((s: any) => ({
      service: service(s, { ipAllowList: [{ ipNickname: "pbx", ipAddress: "203.0.113.10" }] }),
      sipTrunk: new SipTrunk(s, "pbx", {
        providerKind: SipProviderKind.DIRECT_PEERING,
        allowedSourceAddresses: ["203.0.113.10"],
      }),
    }));
    expect(m.ipAllowList).toEqual([{ ipNickname: "pbx", ipAddress: "203.0.113.10" }]);
    expect(m.sipTrunk).toMatchObject({
      providerKind: "direct-peering",
      allowedSourceAddresses: ["203.0.113.10"],
    });
  });

  test("renders an insecure trunk that was explicitly allowed", () => {
    const { m } = render((s: any) => ({
      sipTrunk: new SipTrunk(s, "udp", {
        providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
        signalingTransport: SipTransport.UDP,
        media: MediaProtocol.RTP,
        allowUnencryptedSignaling: true,
        allowUnencryptedMedia: true,
      }),
    }));
    expect(m.sipTrunk).toMatchObject({
      originationUris: ["sip:us-south.voiceagent.cloud.ibm.com"],
      signalingTransport: "udp",
      media: "rtp",
    });
  });

  test("accepts tokens where literals would be checked and renders them as expressions", () => {
    const { m } = render((s: any) => {
      const name = new TerraformVariable(s, "agent_name", { type: "string" });
      const ws = new TerraformVariable(s, "workspace", { type: "string" });
      const num = new TerraformVariable(s, "number", { type: "string" });
      const { wa } = watson(s, "t");
      return {
        name: name.stringValue,
        phoneNumbers: [num.stringValue],
        assistant: { location1: { service: wa, workspaceId: ws.stringValue } },
      };
    });
    expect(m.name).toBe("${var.agent_name}");
    expect(m.phoneNumbers).toEqual([{ number: "${var.number}" }]);
    expect(m.conversation.location1.workspaceId).toBe("${var.workspace}");
    expect(m.sipAuthentication.credential.name).toBe("${var.agent_name}-sip-authentication");
  });
});
