import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { STRICT_FOR_PHI_PCI, severityFor } from "./util/manifest-queries";
import { isExpr, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-SIP-3 (docs/threat-model.md#t2): call audio is encrypted with SRTP. A
 * warning for agents that handle only PII; an error for PHI and PCI agents.
 */
export const callAudioUsesSrtp: Rule = {
  id: "VAW-SIP-3",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "Call audio between the trunk and the agent is encrypted with SRTP",
  explanation:
    "With RTP, everything the caller says and every DTMF digit they type (account numbers, card numbers, dates of birth) " +
    "crosses the internet in clear, even when the SIP messages use TLS: IBM's Securing connections page offers encrypting " +
    "only the SIP messages, which leaves the audio exposed. SRTP is configured at the SIP provider.",
  fix: "set the trunk's media to srtp (Twilio: enable Secure Trunking), with tls signalling",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-securing",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, (agent) => {
      const trunk = agent.manifest.sipTrunk;
      if (!trunk) return notApplicable();
      if (isExpr(trunk.media))
        return cannotVerify("sipTrunk.media", `media is an expression, got ${shown(trunk.media)}`);
      if (String(trunk.media).toLowerCase() === "srtp") return compliant("sipTrunk.media");
      return nonCompliant(
        "sipTrunk.media",
        `media must be srtp, got ${shown(trunk.media)}; callers' speech and dtmf digits cross the network in clear`,
        severityFor(agent, Severity.WARNING, STRICT_FOR_PHI_PCI),
      );
    });
  },
};
