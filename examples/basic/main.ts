// examples/basic: a complete voice agent in one stack. The Voice Agent with Watson
// instance already exists (referenced by CRN); the stack provisions new Watson Assistant,
// Speech to Text and Text to Speech instances, a Cloudant event store, the least-role
// credentials the agent needs, and renders the agent's configuration as a manifest.
// Calls reach the agent over a TLS + SRTP Twilio trunk and go through an SOE over https.
// Every secret comes from a sensitive Terraform variable (TF_VAR_...), never from code.
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { IbmProvider } from "cdktf-ibm-voice-agent/providers/ibm/provider";
import {
  CloudantEventTarget,
  Secret,
  ServiceOrchestrationEngine,
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

const INSTANCE_CRN =
  "crn:v1:bluemix:public:voiceagent:us-south:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::";

class BasicVoiceAgentStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: "terraform.tfstate" });
    const secret = (name: string, description: string) =>
      Secret.fromVariable(
        new TerraformVariable(this, name, { type: "string", sensitive: true, description }),
      );
    new IbmProvider(this, "ibm", {
      ibmcloudApiKey: secret("ibmcloud_api_key", "IBM Cloud API key").value,
      region: "us-south",
    });

    const service = VoiceAgentService.fromCrn(this, "voice-agent", INSTANCE_CRN, {
      plan: VoiceAgentPlan.STANDARD,
    });
    const assistant = new WatsonAssistant(this, "assistant", {
      name: "billing-assistant",
      location: "us-south",
    });
    const stt = new SpeechToText(this, "stt", { name: "billing-stt", location: "us-south" });
    const tts = new TextToSpeech(this, "tts", { name: "billing-tts", location: "us-south" });
    const events = new CloudantEventTarget(this, "events", {
      name: "billing-events",
      location: "us-south",
    });
    const soe = new ServiceOrchestrationEngine(this, "soe", {
      url: "https://soe.example.com/soe/billing",
      region: "us-south",
      userName: "voice-agent",
      password: secret("soe_password", "Basic-auth password of the SOE"),
    });
    const trunk = new SipTrunk(this, "trunk", {
      providerKind: SipProviderKind.TWILIO,
      terminationUri: "billing.pstn.twilio.com",
    });

    const agent = new VoiceAgent(this, "billing", {
      service,
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
    void assistant; // the SOE forwards to this assistant; its credential is for the SOE's operator

    // Accepted risks, each with a written reason; they land in the guard report and cdk.tf.json.
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
  }
}

const app = new App();
new BasicVoiceAgentStack(app, "voice-agent-basic");
app.synth();
