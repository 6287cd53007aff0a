import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { STRICT_FOR_PHI_PCI, severityFor } from "./util/manifest-queries";
import { isExpr, shown } from "./util/rendered-values";
import { isTlsUri } from "./util/uris";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-SIP-2 (docs/threat-model.md#t4): SIP signalling uses TLS. A warning; an
 * error for agents whose callers may disclose PHI or PCI. Agents with SRTP
 * media are left to VAW-SIP-1, which blocks plain signalling for them.
 */
export const sipSignalingUsesTls: Rule = {
  id: "VAW-SIP-2",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "SIP signalling between the trunk and the agent uses TLS",
  explanation:
    "SIP messages carry the caller's number (From), the dialled number, the custom INVITE header (user-to-user data) and " +
    "the media setup. Over UDP or TCP they cross the internet in clear and can be read or altered. Voice Agent with Watson " +
    "offers TLS on its documented origination URIs (sip:<region>.voiceagent.cloud.ibm.com;transport=tls).",
  fix: "set the trunk's signalingTransport to tls (origination uris with ;transport=tls), or acknowledge with the reason the provider cannot do tls",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-securing#TLS",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, (agent) => {
      const trunk = agent.manifest.sipTrunk;
      if (!trunk || String(trunk.media).toLowerCase() === "srtp") return notApplicable();
      const transport = trunk.signalingTransport;
      if (isExpr(transport))
        return cannotVerify(
          "sipTrunk.signalingTransport",
          `signalingTransport is an expression, got ${shown(transport)}`,
        );
      const severity = severityFor(agent, Severity.WARNING, STRICT_FOR_PHI_PCI);
      if (String(transport).toLowerCase() !== "tls")
        return nonCompliant(
          "sipTrunk.signalingTransport",
          `signalingTransport must be tls, got ${shown(transport)}; caller numbers and call setup cross the network in clear`,
          severity,
        );
      const uris = Array.isArray(trunk.originationUris) ? trunk.originationUris : [];
      const plain = uris.filter((u) => !isExpr(u) && !isTlsUri(u));
      if (plain.length > 0)
        return nonCompliant(
          "sipTrunk.originationUris",
          `every origination uri must use tls, got ${shown(plain)}`,
          severity,
        );
      return compliant("sipTrunk.signalingTransport");
    });
  },
};
