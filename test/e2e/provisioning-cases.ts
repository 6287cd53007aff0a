/**
 * End-to-end cases of the rules on what the library provisions around the
 * agent: Twilio trunks (VAW-TWILIO-*), the SOE on Code Engine (VAW-CE-*) and
 * the event store's context-based restriction (VAW-CBR-1).
 */
import { TerraformStack, TerraformVariable } from "cdktf";
import { CodeEngineApp } from "../../.gen/providers/ibm/code-engine-app";
import {
  CbrEnforcementMode,
  CodeEngineServiceAccount,
  MediaProtocol,
  TwilioTransferMode,
} from "../../lib";
import { agentStack, AgentStackOptions, resourceAt } from "./e2e-kit";
import { RuleCase } from "./rule-case";

const TRUNK = "trunk/Resource";
const ORIGINATION = "trunk/Origination-us-south";
const SOE_APP = "soe/Resource";
const DIGEST = `@sha256:${"fedcba9876543210".repeat(4)}`;

/** The Twilio trunk's us-south origination url, overridden. */
function originationTo(sipUrl: string) {
  return (stack: TerraformStack) => {
    agentStack(stack, { twilioTrunk: {} });
    resourceAt(stack, ORIGINATION).addOverride("sip_url", sipUrl);
  };
}

function transfers(transferMode: TwilioTransferMode, targets: boolean): AgentStackOptions {
  return {
    twilioTrunk: { transferMode },
    agent: () => (targets ? { callTransfer: { defaultTarget: "tel:+18885550100" } } : {}),
  };
}

/**
 * A worker app of the user's own in the SOE's Code Engine project, whose
 * SOE_PASSWORD comes from a variable either as a literal environment value
 * or as a reference to a Code Engine secret. (A sensitive variable as the
 * literal value would also be a secret leak, VAW-SECRET-4, which cannot be
 * acknowledged: see secret-flow-cases.ts.)
 */
function workerApp(stack: TerraformStack, literal: boolean) {
  agentStack(stack, { codeEngineSoe: {} });
  const password = new TerraformVariable(stack, "worker_soe_password", { type: "string" });
  new CodeEngineApp(stack, "worker", {
    projectId: "3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b",
    name: "billing-worker",
    imageReference: `us.icr.io/voice/worker${DIGEST}`,
    runServiceAccount: "none",
    runEnvVariables: [
      literal
        ? { type: "literal", name: "SOE_PASSWORD", value: password.stringValue }
        : {
            type: "secret_key_reference",
            name: "SOE_PASSWORD",
            reference: "billing-soe-basic-auth",
            key: "password",
          },
    ],
  });
}

/** Provisioning cases. */
export const PROVISIONING_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-TWILIO-1",
    when: "the twilio trunk carries rtp media, so secure trunking is off",
    fixedWhen: "the twilio trunk keeps secure trunking",
    level: "error",
    at: TRUNK,
    insecure: (stack) =>
      agentStack(stack, {
        twilioTrunk: { media: MediaProtocol.RTP, allowUnencryptedMedia: true },
      }),
    fixed: (stack) => agentStack(stack, { twilioTrunk: {} }),
  },
  {
    // TwilioSipTrunk renders ;transport=tls for a secure trunk: only an
    // override of the origination url can drop it.
    ruleId: "VAW-TWILIO-2",
    when: "the secure twilio trunk's origination url is overridden to plain sip",
    fixedWhen: "the origination url keeps ;transport=tls",
    level: "error",
    at: ORIGINATION,
    acknowledgeAt: "trunk",
    insecure: originationTo("sip:us-south.voiceagent.cloud.ibm.com"),
    fixed: (stack) => agentStack(stack, { twilioTrunk: {} }),
  },
  {
    ruleId: "VAW-TWILIO-3",
    when: "the twilio trunk's termination has no ip access-control list or credential list",
    fixedWhen: "the termination admits the voice agent outbound addresses only",
    level: "error",
    at: TRUNK,
    insecure: (stack) =>
      agentStack(stack, {
        twilioTrunk: { terminationIpAddresses: [], allowUnprotectedTermination: true },
      }),
    fixed: (stack) => agentStack(stack, { twilioTrunk: {} }),
  },
  {
    ruleId: "VAW-TWILIO-4",
    when: "the twilio origination url is overridden to send calls to another sip host",
    fixedWhen: "the origination url points at the voice agent sip host",
    level: "warning",
    at: ORIGINATION,
    acknowledgeAt: "trunk",
    insecure: originationTo("sip:sbc.example.com;transport=tls"),
    fixed: (stack) => agentStack(stack, { twilioTrunk: {} }),
  },
  {
    ruleId: "VAW-TWILIO-5",
    when: "the agent transfers calls but its twilio trunk disables transfers",
    fixedWhen: "the twilio trunk enables transfers for the transferring agent",
    level: "warning",
    at: "agent/Manifest",
    insecure: (stack) => agentStack(stack, transfers(TwilioTransferMode.DISABLE_ALL, true)),
    fixed: (stack) => agentStack(stack, transfers(TwilioTransferMode.ENABLE_ALL, true)),
  },
  {
    ruleId: "VAW-TWILIO-5",
    when: "the agent declares no transfer target but its twilio trunk enables transfers",
    fixedWhen: "the twilio trunk disables transfers for an agent without targets",
    level: "warning",
    at: "agent/Manifest",
    insecure: (stack) => agentStack(stack, transfers(TwilioTransferMode.ENABLE_ALL, false)),
    fixed: (stack) => agentStack(stack, transfers(TwilioTransferMode.DISABLE_ALL, false)),
  },
  {
    // The Code Engine SOE refuses credential-like names in `environment` and
    // passes its own credentials through Code Engine secrets: the user's own
    // app next to it is where a literal credential can appear.
    ruleId: "VAW-CE-1",
    when: "a code engine app receives a password as a literal environment variable",
    fixedWhen: "the app reads the password from a code engine secret",
    level: "error",
    at: "worker",
    insecure: (stack) => workerApp(stack, true),
    fixed: (stack) => workerApp(stack, false),
  },
  {
    ruleId: "VAW-CE-2",
    when: "the code engine SOE scales to zero",
    fixedWhen: "the code engine SOE keeps one instance running",
    level: "warning",
    at: SOE_APP,
    insecure: (stack) => agentStack(stack, { codeEngineSoe: { minInstances: 0 } }),
    fixed: (stack) => agentStack(stack, { codeEngineSoe: { minInstances: 1 } }),
  },
  {
    ruleId: "VAW-CE-3",
    when: "the code engine SOE image is referenced by tag",
    fixedWhen: "the code engine SOE image is pinned by digest",
    level: "warning",
    at: SOE_APP,
    insecure: (stack) =>
      agentStack(stack, { codeEngineSoe: { image: "us.icr.io/voice/soe:1.4.2" } }),
    fixed: (stack) =>
      agentStack(stack, { codeEngineSoe: { image: `us.icr.io/voice/soe:1.4.2${DIGEST}` } }),
  },
  {
    ruleId: "VAW-CE-4",
    when: "the code engine SOE runs with the writer service account",
    fixedWhen: "the code engine SOE runs without a service account",
    level: "warning",
    at: SOE_APP,
    insecure: (stack) =>
      agentStack(stack, { codeEngineSoe: { runServiceAccount: CodeEngineServiceAccount.WRITER } }),
    fixed: (stack) =>
      agentStack(stack, { codeEngineSoe: { runServiceAccount: CodeEngineServiceAccount.NONE } }),
  },
  {
    ruleId: "VAW-CBR-1",
    when: "the event store's network restriction only reports",
    fixedWhen: "the event store's network restriction is enforced",
    level: "warning",
    at: "events/NetworkRestriction/Rule",
    insecure: (stack) => agentStack(stack, { networkRestriction: CbrEnforcementMode.REPORT }),
    fixed: (stack) => agentStack(stack, { networkRestriction: CbrEnforcementMode.ENABLED }),
  },
];
