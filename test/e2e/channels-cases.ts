/**
 * End-to-end cases of the call transfer, SMS, credential and outbound
 * calling rules (VAW-XFER-*, VAW-SMS-1, VAW-CRED-*, VAW-OUT-*).
 */
import { TerraformStack, TerraformVariable } from "cdktf";
import {
  AgentType,
  DataClass,
  IEventStore,
  MediaProtocol,
  Secret,
  SmsConfig,
  VoiceAgent,
} from "../../lib";
import {
  AgentStackOptions,
  agentStack,
  resourceAt,
  secretVariable,
  TERMINATION_HOST,
} from "./e2e-kit";
import { RuleCase } from "./rule-case";

const AGENT = "agent/Manifest";
const ON_TRUNK = `sip:+18885550100@${TERMINATION_HOST}`;

function transfer(defaultTarget: string, dataClasses?: DataClass[]): AgentStackOptions {
  return { dataClasses, agent: () => ({ callTransfer: { defaultTarget } }) };
}

function sms(stack: TerraformStack, settings: Partial<SmsConfig> = {}): SmsConfig {
  return {
    accountSid: `AC${"0123456789abcdef".repeat(2)}`,
    ...settings,
    authToken: settings.authToken ?? secretVariable(stack, "twilio_auth_token"),
  };
}

/** A Voice + SMS agent; `settings` are merged over its SMS settings. */
function voiceAndSms(stack: TerraformStack, settings: Partial<SmsConfig> = {}) {
  return agentStack(stack, {
    agent: () => ({ agentType: AgentType.VOICE_AND_SMS, sms: sms(stack, settings) }),
  });
}

/**
 * A second agent on the same instance, trunk and Watson services whose event
 * store is `store` (a user implementation of IEventStore is public API).
 */
function secondAgent(
  stack: TerraformStack,
  first: ReturnType<typeof agentStack>,
  store: IEventStore,
) {
  return new VoiceAgent(stack, "support", {
    service: first.service,
    name: "support",
    phoneNumbers: ["+1 888 333 5555"],
    assistant: { location1: { service: first.wa, workspaceId: "ws-2" } },
    speechToText: { location1: { service: first.stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: first.tts }, voice: "en-US_AllisonV3Voice" },
    sipTrunk: first.trunk,
    eventForwarding: { store, cdr: true },
  });
}

const outbound = (secureTrunking = true): AgentStackOptions["service"] => ({
  outboundCalling: { enabled: true, secureTrunking, peerIpAddress: "203.0.113.20" },
});
const protectedTermination = { terminationCredentialList: true };

/** Transfer, SMS, credential and outbound calling cases. */
export const CHANNEL_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-XFER-1",
    when: "the default transfer target leaves the agent's trunk",
    fixedWhen: "the default transfer target uses the trunk's termination host",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, transfer("sip:+18885550100@pbx.elsewhere.example")),
    fixed: (stack) => agentStack(stack, transfer(ON_TRUNK)),
  },
  {
    ruleId: "VAW-XFER-1",
    when: "an allowed transfer target is not an E.164 number",
    fixedWhen: "every allowed transfer target is an E.164 number",
    level: "error",
    at: AGENT,
    // Props refuse tel:+0044 as the rule does (issue 9: they used to accept it), so the
    // insecure manifest is written with an escape hatch, as raw values would be.
    insecure: (stack) =>
      agentStack(stack, {
        agent: () => ({ callTransfer: { allowedTargets: ["tel:+18885550100"] } }),
      }).agent.manifestResource.addOverride("input.callTransfer.allowedTransferTargets", [
        "tel:+18885550100",
        "tel:+0044",
      ]),
    fixed: (stack) =>
      agentStack(stack, {
        agent: () => ({
          callTransfer: { allowedTargets: ["tel:+18885550100", "tel:+442079460000"] },
        }),
      }),
  },
  {
    ruleId: "VAW-XFER-4",
    when: "the default transfer target is a uk mobile number",
    fixedWhen: "the default transfer target is a uk fixed line",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, transfer("tel:+44-7911-123456")),
    fixed: (stack) => agentStack(stack, transfer("tel:+44-20-7946-0958")),
  },
  {
    ruleId: "VAW-XFER-4",
    when: "an allowed sip transfer target dials a uk mobile number",
    fixedWhen: "the allowed sip transfer target dials a toll-free number",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, {
        agent: () => ({
          callTransfer: { allowedTargets: [`sip:+447911123456@${TERMINATION_HOST}`] },
        }),
      }),
    fixed: (stack) =>
      agentStack(stack, {
        agent: () => ({ callTransfer: { allowedTargets: [ON_TRUNK] } }),
      }),
  },
  {
    ruleId: "VAW-XFER-4",
    when: "a PII agent transfers to a north american number it does not declare a business number",
    fixedWhen: "the agent declares the north american number in callTransfer.businessNumbers",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, transfer("tel:+1-212-555-0100")),
    fixed: (stack) =>
      agentStack(stack, {
        agent: () => ({
          callTransfer: {
            defaultTarget: "tel:+1-212-555-0100",
            businessNumbers: ["+1 (212) 555-0100"],
          },
        }),
      }),
  },
  {
    ruleId: "VAW-XFER-4",
    when: "a PHI agent transfers to a north american number it does not declare a business number",
    fixedWhen: "the PHI agent transfers to a toll-free number",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, transfer("tel:+12125550100", [DataClass.PHI])),
    fixed: (stack) => agentStack(stack, transfer("tel:+18885550100", [DataClass.PHI])),
  },
  {
    ruleId: "VAW-XFER-2",
    when: "a PII agent's sip transfer target forces udp on a tls trunk",
    fixedWhen: "the sip transfer target keeps the trunk's tls",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, transfer(`${ON_TRUNK};transport=udp`)),
    fixed: (stack) => agentStack(stack, transfer(`${ON_TRUNK};transport=tls`)),
  },
  {
    ruleId: "VAW-XFER-2",
    when: "a PHI agent's sip transfer target forces tcp on a tls trunk",
    fixedWhen: "the PHI agent's sip transfer target keeps the trunk's tls",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, transfer(`${ON_TRUNK};transport=tcp`, [DataClass.PHI])),
    fixed: (stack) => agentStack(stack, transfer(ON_TRUNK, [DataClass.PHI])),
  },
  {
    ruleId: "VAW-SMS-1",
    when: "the SMS provider API url is http",
    fixedWhen: "the SMS provider API url is https",
    level: "error",
    at: AGENT,
    insecure: (stack) => voiceAndSms(stack, { apiUrl: "http://api.twilio.com" }),
    fixed: (stack) => voiceAndSms(stack, { apiUrl: "https://api.twilio.com" }),
  },
  {
    ruleId: "VAW-CRED-1",
    when: "another agent writes its events with the SIP authentication key",
    fixedWhen: "every agent writes events with the event store's own key",
    level: "error",
    at: AGENT,
    insecure: (stack) => {
      const first = agentStack(stack);
      const store = first.store as NonNullable<typeof first.store>;
      const sipKey = first.agent.sipAuthenticationCredential;
      if (!sipKey) throw new Error("the baseline agent has sip authentication on");
      secondAgent(stack, first, {
        instanceAddress: store.instanceAddress,
        instanceCrn: store.instanceCrn,
        url: store.url,
        credential: sipKey,
        databaseFor: (agent, type) => store.databaseFor(agent, type),
      });
    },
    fixed: (stack) => {
      const first = agentStack(stack);
      secondAgent(stack, first, first.store as NonNullable<typeof first.store>);
    },
  },
  {
    // The agent always creates its own Writer key for the SMS webhook: only an
    // override of that key can weaken it.
    ruleId: "VAW-CRED-2",
    when: "the SMS webhook key is overridden to the Reader role",
    fixedWhen: "the SMS webhook key keeps the Writer role",
    level: "warning",
    at: AGENT,
    insecure: (stack) => {
      voiceAndSms(stack);
      resourceAt(stack, "agent/SmsWebhookCredential/Resource").addOverride("role", "Reader");
    },
    fixed: (stack) => voiceAndSms(stack),
  },
  {
    // Secret.fromVariable refuses a variable that is not sensitive; an
    // override that strips `sensitive` afterwards is what the rule catches.
    ruleId: "VAW-CRED-3",
    when: "the SMS auth token variable is overridden not to be sensitive",
    fixedWhen: "the SMS auth token variable is sensitive",
    level: "error",
    at: AGENT,
    insecure: (stack) => {
      const variable = new TerraformVariable(stack, "twilio_auth_token", {
        type: "string",
        sensitive: true,
      });
      voiceAndSms(stack, { authToken: Secret.fromVariable(variable) });
      variable.addOverride("sensitive", false);
    },
    fixed: (stack) => voiceAndSms(stack),
  },
  {
    ruleId: "VAW-OUT-1",
    when: "outbound secure trunking is off while the trunk uses srtp",
    fixedWhen: "outbound secure trunking is on with an srtp trunk",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, { service: outbound(false), trunk: protectedTermination }),
    fixed: (stack) => agentStack(stack, { service: outbound(true), trunk: protectedTermination }),
  },
  {
    ruleId: "VAW-OUT-1",
    when: "outbound secure trunking is on while the trunk uses rtp",
    fixedWhen: "outbound secure trunking is off with an rtp trunk",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, { service: outbound(true), trunk: { ...protectedTermination, ...rtp } }),
    fixed: (stack) =>
      agentStack(stack, { service: outbound(false), trunk: { ...protectedTermination, ...rtp } }),
  },
  {
    ruleId: "VAW-OUT-2",
    when: "outbound calling is on and the trunk's termination is not protected",
    fixedWhen: "the termination is restricted by an ip access-control list",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { service: outbound() }),
    fixed: (stack) =>
      agentStack(stack, { service: outbound(), trunk: { terminationIpAccessControlList: true } }),
  },
  {
    ruleId: "VAW-OUT-3",
    when: "the outbound status webhook is http",
    fixedWhen: "the outbound status webhook is https",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, statusWebhook("http://calls.example.com/status")),
    fixed: (stack) => agentStack(stack, statusWebhook("https://calls.example.com/status")),
  },
];

const rtp = { media: MediaProtocol.RTP, allowUnencryptedMedia: true };

function statusWebhook(statusWebhookUrl: string): AgentStackOptions {
  return {
    service: outbound(),
    trunk: protectedTermination,
    agent: () => ({ outboundCalling: { statusWebhookUrl } }),
  };
}
