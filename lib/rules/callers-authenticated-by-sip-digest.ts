import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { isVoiceAgent } from "./util/manifest-queries";
import { renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-SIP-4 (docs/threat-model.md#t5): SIP endpoints authenticate with SIP
 * digest to call the agent. An error when nothing restricts callers; a warning
 * when only an IP allow-list does.
 */
export const callersAuthenticatedBySipDigest: Rule = {
  id: "VAW-SIP-4",
  severity: Severity.ERROR,
  title: "SIP endpoints must authenticate with SIP digest to call the agent",
  explanation:
    "Voice Agent with Watson answers on public SIP endpoints. Without SIP authentication anyone with a SIP client can place " +
    "calls to the agent: concurrent-call costs, denial of service, and probing the dialog for data. IBM's SIP authentication " +
    "ensures only endpoints holding the agent's service credential can call. An IP allow-list alone is weaker: addresses " +
    "on the public internet are shared (provider signalling ranges) and spoofable for UDP.",
  fix: "enable SIP authentication on the agent (the library's default) with a dedicated credential, and set the trunk to answer digest challenges",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#info_sip_auth",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      if (!isVoiceAgent(manifest)) return notApplicable();
      const enabled = manifest.sipAuthentication?.enabled;
      const v = renderedBoolean(enabled);
      if (v === "expression")
        return cannotVerify(
          "sipAuthentication.enabled",
          `sipAuthentication.enabled is an expression, got ${shown(enabled)}`,
        );
      if (v === true) return compliant("sipAuthentication.enabled");
      const allowList = [
        ...(Array.isArray(manifest.ipAllowList) ? manifest.ipAllowList : []),
        ...(Array.isArray(manifest.sipTrunk?.allowedSourceAddresses)
          ? manifest.sipTrunk.allowedSourceAddresses
          : []),
      ];
      if (allowList.length === 0)
        return nonCompliant(
          "sipAuthentication.enabled",
          "sip authentication is off and no ip allow-list entry restricts callers: anyone who reaches the public sip endpoint can call the agent",
        );
      return nonCompliant(
        "sipAuthentication.enabled",
        `sip authentication is off; only the ip allow-list (${allowList.length} entries) restricts who can call the agent`,
        Severity.WARNING,
      );
    });
  },
};
