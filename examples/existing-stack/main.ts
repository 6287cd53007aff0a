// examples/existing-stack: dropping the constructs into a stack that already has its
// IBM provider (an aliased one, for a second region), its resource group and a Cloudant
// instance. The constructs create no provider or backend of their own: they reuse what
// the stack has, add only the event databases and a Writer credential to the existing
// Cloudant, and reference the existing Voice Agent instance by name and resource group.
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { Cloudant } from "cdktf-ibm-voice-agent/providers/ibm/cloudant";
import { DataIbmResourceGroup } from "cdktf-ibm-voice-agent/providers/ibm/data-ibm-resource-group";
import { IbmProvider } from "cdktf-ibm-voice-agent/providers/ibm/provider";
import {
  CloudantEventTarget,
  Secret,
  SipProviderKind,
  SipTrunk,
  SpeechToText,
  TextToSpeech,
  VoiceAgent,
  VoiceAgentGuard,
  VoiceAgentPlan,
  VoiceAgentService,
  WatsonAssistant,
} from "cdktf-ibm-voice-agent";

/** What the team already had before adopting the library. */
class ExistingPlatformStack extends TerraformStack {
  protected readonly east: IbmProvider;
  protected readonly group: DataIbmResourceGroup;
  protected readonly cloudant: Cloudant;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: "terraform.tfstate" });
    const apiKey = new TerraformVariable(this, "ibmcloud_api_key", {
      type: "string",
      sensitive: true,
    });
    new IbmProvider(this, "ibm", {
      ibmcloudApiKey: Secret.fromVariable(apiKey).value,
      region: "us-south",
    });
    this.east = new IbmProvider(this, "ibm-east", {
      alias: "east",
      ibmcloudApiKey: Secret.fromVariable(apiKey).value,
      region: "us-east",
    });
    this.group = new DataIbmResourceGroup(this, "group", { name: "contact-center" });
    this.cloudant = new Cloudant(this, "cloudant", {
      name: "contact-center-events",
      location: "us-south",
      plan: "standard",
      resourceGroupId: this.group.id,
      legacyCredentials: false,
      enableCors: false,
      includeDataEvents: true,
    });
  }
}

/** The same stack with a voice agent dropped in. */
class ContactCenterStack extends ExistingPlatformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const service = VoiceAgentService.fromName(this, "voice-agent", {
      name: "contact-center-voice-agent",
      resourceGroupId: this.group.id,
      location: "us-south",
      plan: VoiceAgentPlan.STANDARD,
    });
    const events = CloudantEventTarget.fromExisting(this, "events", { cloudant: this.cloudant });
    const groupId = this.group.id;
    const assistant = new WatsonAssistant(this, "assistant", {
      name: "support-wa",
      location: "us-south",
      resourceGroupId: groupId,
    });
    const sttEast = new SpeechToText(this, "stt-east", {
      name: "support-stt-east",
      location: "us-east",
      resourceGroupId: groupId,
      provider: this.east,
    });
    const stt = new SpeechToText(this, "stt", {
      name: "support-stt",
      location: "us-south",
      resourceGroupId: groupId,
    });
    const tts = new TextToSpeech(this, "tts", {
      name: "support-tts",
      location: "us-south",
      resourceGroupId: groupId,
    });

    const agent = new VoiceAgent(this, "support", {
      service,
      name: "support",
      phoneNumbers: [{ number: "+1 888 555 0142", description: "main support line" }],
      assistant: { location1: { service: assistant, workspaceId: "9f1c2e3d-support" } },
      speechToText: {
        location1: { service: stt },
        location2: { service: sttEast },
        model: "en-US_NarrowbandModel",
      },
      textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
      sipTrunk: new SipTrunk(this, "trunk", {
        providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
        terminationUri: "sbc.example.com",
      }),
      eventForwarding: { store: events, cdr: true },
    });
    VoiceAgentGuard.acknowledge(agent, {
      ruleId: "VAW-DATA-1",
      reason: "Request logging opted out at account level by contract with IBM (contract CC-2291)",
    });
  }
}

const app = new App();
new ContactCenterStack(app, "voice-agent-existing-stack");
app.synth();
