import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { STRICT_FOR_PHI_PCI, isVoiceAgent, severityFor } from "./util/manifest-queries";
import { isExpr, renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-SIP-5 (docs/threat-model.md#t6): SIP digest authentication runs over TLS
 * signalling. A warning; an error for PHI and PCI agents.
 */
export const sipDigestOverTls: Rule = {
  id: "VAW-SIP-5",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "SIP digest authentication runs over TLS signalling",
  explanation:
    "SIP digest is MD5 over user name, realm and password, and the password is the agent's IAM API key. Over UDP or TCP the " +
    "challenge and response can be captured and attacked offline or replayed. Voice Agent with Watson does not document " +
    "whether it requires TLS for digest; IBM's successor phone integration requires TLS whenever SIP authentication is on.",
  fix: "set the trunk's signalingTransport to tls",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-sip_auth",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, (agent) => {
      const m = agent.manifest;
      if (!isVoiceAgent(m)) return notApplicable();
      const enabled = renderedBoolean(m.sipAuthentication?.enabled);
      if (enabled === "expression")
        return cannotVerify(
          "sipAuthentication.enabled",
          `sipAuthentication.enabled is an expression, got ${shown(m.sipAuthentication?.enabled)}`,
        );
      if (enabled !== true) return notApplicable();
      const transport = m.sipTrunk?.signalingTransport;
      if (transport === undefined)
        return cannotVerify(
          "sipTrunk",
          "the manifest has no sip trunk, so the transport is unknown",
        );
      if (isExpr(transport))
        return cannotVerify(
          "sipTrunk.signalingTransport",
          `signalingTransport is an expression, got ${shown(transport)}`,
        );
      if (String(transport).toLowerCase() === "tls")
        return compliant("sipTrunk.signalingTransport");
      return nonCompliant(
        "sipTrunk.signalingTransport",
        `sip digest authentication runs over ${shown(transport)}; it must run over tls so the api-key-derived digest cannot be captured`,
        severityFor(agent, Severity.WARNING, STRICT_FOR_PHI_PCI),
      );
    });
  },
};
