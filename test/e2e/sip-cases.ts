/** End-to-end cases of the SIP trunk and SIP authentication rules (VAW-SIP-1 … VAW-SIP-6). */
import { IConstruct } from "constructs";
import {
  DataClass,
  MediaProtocol,
  SipProviderKind,
  SipTransport,
  SipTrunkProps,
  VoiceAgentGuard,
} from "../../lib";
import { agentStack } from "./e2e-kit";
import { RuleCase } from "./rule-case";

const AGENT = "agent/Manifest";

const tcp: Partial<SipTrunkProps> = {
  signalingTransport: SipTransport.TCP,
  allowUnencryptedSignaling: true,
};
const udp: Partial<SipTrunkProps> = {
  signalingTransport: SipTransport.UDP,
  allowUnencryptedSignaling: true,
};
const rtp: Partial<SipTrunkProps> = { media: MediaProtocol.RTP, allowUnencryptedMedia: true };

const PEER = "203.0.113.10";

const directPeering = {
  service: { ipAllowList: [{ ipNickname: "pbx", ipAddress: PEER }] },
  trunk: { providerKind: SipProviderKind.DIRECT_PEERING, allowedSourceAddresses: [PEER] },
};

/** The PHI fixes keep rtp media to isolate the rule under test, so VAW-SIP-3 is acknowledged there. */
function acknowledgeRtp(agent: IConstruct): void {
  VoiceAgentGuard.acknowledge(agent, {
    ruleId: "VAW-SIP-3",
    reason: "rtp accepted for this test: the provider terminates srtp at its edge",
  });
}

/** SIP cases. */
export const SIP_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-SIP-1",
    when: "srtp media is keyed over udp signalling",
    fixedWhen: "srtp media runs with tls signalling",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { trunk: udp }),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-SIP-2",
    when: "a PII agent's trunk signals over tcp with rtp media",
    fixedWhen: "the rtp trunk signals over tls",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { trunk: { ...tcp, ...rtp } }),
    fixed: (stack) => agentStack(stack, { trunk: rtp }),
  },
  {
    ruleId: "VAW-SIP-2",
    when: "a PHI agent's trunk signals over tcp with rtp media",
    fixedWhen: "the PHI agent's rtp trunk signals over tls",
    level: "error",
    at: AGENT,
    // rtp media (VAW-SIP-3) and digest over tcp (VAW-SIP-5) are errors for PHI too
    alsoBlocking: ["VAW-SIP-3", "VAW-SIP-5"],
    insecure: (stack) =>
      agentStack(stack, { dataClasses: [DataClass.PHI], trunk: { ...tcp, ...rtp } }),
    fixed: (stack) => {
      const { agent } = agentStack(stack, { dataClasses: [DataClass.PHI], trunk: rtp });
      acknowledgeRtp(agent);
    },
  },
  {
    ruleId: "VAW-SIP-3",
    when: "a PII agent's call audio is plain rtp",
    fixedWhen: "the call audio is srtp",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { trunk: rtp }),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-SIP-3",
    when: "a PCI agent's call audio is plain rtp",
    fixedWhen: "the PCI agent's call audio is srtp",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { dataClasses: [DataClass.PCI], trunk: rtp }),
    fixed: (stack) => agentStack(stack, { dataClasses: [DataClass.PCI] }),
  },
  {
    ruleId: "VAW-SIP-4",
    when: "sip authentication is off and no ip allow-list restricts callers",
    fixedWhen: "sip authentication is on",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, { agent: () => ({ sipAuthentication: { enabled: false } }) }),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-SIP-4",
    when: "sip authentication is off and only an ip allow-list restricts a direct peering",
    fixedWhen: "the direct peering also authenticates with sip digest",
    level: "warning",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, {
        ...directPeering,
        agent: () => ({ sipAuthentication: { enabled: false } }),
      }),
    fixed: (stack) => agentStack(stack, directPeering),
  },
  {
    ruleId: "VAW-SIP-5",
    when: "a PII agent's sip digest runs over tcp",
    fixedWhen: "sip digest runs over tls",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { trunk: { ...tcp, ...rtp } }),
    fixed: (stack) => agentStack(stack, { trunk: rtp }),
  },
  {
    ruleId: "VAW-SIP-5",
    when: "a PHI agent's sip digest runs over udp",
    fixedWhen: "the PHI agent's sip digest runs over tls",
    level: "error",
    at: AGENT,
    alsoBlocking: ["VAW-SIP-2", "VAW-SIP-3"],
    insecure: (stack) =>
      agentStack(stack, { dataClasses: [DataClass.PHI], trunk: { ...udp, ...rtp } }),
    fixed: (stack) => {
      const { agent } = agentStack(stack, { dataClasses: [DataClass.PHI], trunk: rtp });
      acknowledgeRtp(agent);
    },
  },
  {
    ruleId: "VAW-SIP-6",
    when: "sip authentication is on over a twilio trunk",
    fixedWhen: "sip authentication is on over a trunk that answers digest challenges",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { trunk: { providerKind: SipProviderKind.TWILIO } }),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-SIP-6",
    when: "sip authentication is turned on although the trunk is declared unable to answer digest",
    fixedWhen: "the trunk answers digest challenges",
    level: "warning",
    at: AGENT,
    // Such a trunk leaves the agent's sip authentication off by default; turning it on is the risk.
    insecure: (stack) =>
      agentStack(stack, {
        trunk: { digestAuthentication: false },
        agent: () => ({ sipAuthentication: { enabled: true } }),
      }),
    fixed: (stack) => agentStack(stack, { trunk: { digestAuthentication: true } }),
  },
];
