// examples/complete: everything around a voice agent provisioned in one stack.
// - A Twilio Elastic SIP trunk: Secure Trunking (TLS + SRTP), TLS origination to the agent's
//   Dallas SIP host with Washington DC as failover, termination restricted to Voice Agent's
//   outbound addresses and a credential list, call transfer on for the agent's transfer target,
//   and the agent's phone number routed to the trunk. The trunk also fills the agent manifest.
// - The SOE deployed on IBM Code Engine from a digest-pinned private image: basic-auth
//   credentials and the Watson Assistant API key reach it as Code Engine secrets, one instance
//   stays warm, and its https endpoint, user name and password go into the agent manifest.
// - A Cloudant event store restricted to listed networks by an enforced context-based
//   restriction, for an agent whose callers may disclose health data (PHI).
// The IBM and Twilio providers are configured with credentials from sensitive Terraform
// variables (TF_VAR_...), never from code: the library's constructs never create providers.
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { IbmProvider } from "cdktf-ibm-voice-agent/providers/ibm/provider";
import { TwilioProvider } from "cdktf-ibm-voice-agent/providers/twilio/provider";
import {
  CloudantEventTarget,
  DataClass,
  Secret,
  ServiceOrchestrationEngine,
  SpeechToText,
  TextToSpeech,
  TwilioSipTrunk,
  TwilioTransferMode,
  VOICE_AGENT_EGRESS_CANDIDATES,
  VoiceAgent,
  VoiceAgentGuard,
  VoiceAgentPlan,
  VoiceAgentService,
  WatsonAssistant,
} from "cdktf-ibm-voice-agent";

const INSTANCE_CRN =
  "crn:v1:bluemix:public:voiceagent:us-south:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::";
const SOE_IMAGE =
  "private.us.icr.io/claims/soe@sha256:3b8e5d1c0f6a4e2b9c7d8a1f0e3b6c5d4a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d";

class CompleteVoiceAgentStack extends TerraformStack {
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
    new TwilioProvider(this, "twilio", {
      username: secret("twilio_account_sid", "Twilio Account SID").value,
      password: secret("twilio_auth_token", "Twilio Auth Token").value,
    });

    const service = VoiceAgentService.fromCrn(this, "voice-agent", INSTANCE_CRN, {
      plan: VoiceAgentPlan.STANDARD,
    });
    const assistant = new WatsonAssistant(this, "assistant", {
      name: "claims-assistant",
      location: "us-south",
      plan: "premium",
    });
    const stt = new SpeechToText(this, "stt", {
      name: "claims-stt",
      location: "us-south",
      plan: "premium",
    });
    const tts = new TextToSpeech(this, "tts", {
      name: "claims-tts",
      location: "us-south",
      plan: "premium",
    });

    const events = new CloudantEventTarget(this, "events", {
      name: "claims-events",
      location: "us-south",
      networkRestriction: {
        // Voice Agent's documented egress addresses in both regions (its Cloudant egress is not
        // documented: verify with enforcementMode REPORT first) and the claims office.
        allowedAddresses: [
          ...VOICE_AGENT_EGRESS_CANDIDATES["us-south"],
          ...VOICE_AGENT_EGRESS_CANDIDATES["us-east"],
          "198.51.100.0/28",
        ],
      },
    });

    const soe = ServiceOrchestrationEngine.onCodeEngine(this, "soe", {
      name: "claims-soe",
      region: "us-south",
      image: SOE_IMAGE,
      imageRegistry: {
        server: "private.us.icr.io",
        username: "iamapikey",
        password: secret("registry_api_key", "API key that pulls the SOE image"),
      },
      userName: "voice-agent",
      password: secret("soe_password", "Basic-auth password of the SOE"),
      assistant: { service: assistant, workspaceId: "7f3c2a10-4b5e-4c6d-8e9f-0a1b2c3d4e5f" },
      path: "/soe/claims",
    });

    const trunk = new TwilioSipTrunk(this, "trunk", {
      region: "us-south",
      secondaryRegion: "us-east",
      domainName: "claims.pstn.twilio.com",
      transferMode: TwilioTransferMode.ENABLE_ALL,
      phoneNumberSids: ["PN0123456789abcdef0123456789abcdef"],
      terminationCredentials: [
        { username: "voice-agent", password: secret("sip_password", "Termination SIP password") },
      ],
    });

    const agent = new VoiceAgent(this, "claims", {
      service,
      name: "claims",
      description: "Claims status line, transfers to the claims desk",
      phoneNumbers: ["+1 888 333 5555"],
      region: "us-south",
      secondaryRegion: "us-east",
      dataClasses: [DataClass.PII, DataClass.PHI],
      assistant: { location1: { orchestrationEngine: soe } },
      speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
      textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
      sipTrunk: trunk,
      callTransfer: { defaultTarget: "sip:+18885550111@claims.pstn.twilio.com" },
      eventForwarding: { store: events, cdr: true },
    });

    // The TwilioSipTrunk leaves SIP digest off (Twilio cannot answer it on originating calls,
    // IBM docs deploy-phone.md); calls come over Secure Trunking (TLS + SRTP) to the agent only.
    VoiceAgentGuard.acknowledge(agent, {
      ruleId: "VAW-SIP-4",
      reason:
        "Twilio cannot answer SIP digest; TLS + SRTP origination only, Twilio signalling IPs on the allow-list at go-live (runbook VA-7)",
    });
  }
}

const app = new App();
new CompleteVoiceAgentStack(app, "voice-agent-complete");
app.synth();
