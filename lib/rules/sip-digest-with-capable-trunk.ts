import { isTerraformExpression } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-SIP-6 (docs/threat-model.md#t7): SIP authentication is enabled only on a
 * trunk that can answer digest challenges. A warning: for Twilio the evidence
 * comes from IBM's successor product, not from Voice Agent's docs.
 */
export const sipDigestWithCapableTrunk: Rule = {
  id: "VAW-SIP-6",
  severity: Severity.WARNING,
  title: "SIP authentication is enabled only on trunks that answer digest challenges",
  explanation:
    "With SIP authentication on, the agent challenges every INVITE; a trunk that cannot answer (user apikey, realm vgw, " +
    "password = the credential's API key) has every call rejected. Voice Agent with Watson's docs are silent on Twilio; IBM's " +
    "successor phone integration says Twilio cannot be used with SIP authentication because it cannot originate over SIPS.",
  fix: "place a test call through the trunk with sip authentication on; if the provider cannot answer, turn sip authentication off and restrict callers with the ip allow-list (and acknowledge VAW-SIP-4)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-sip_auth",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const trunk = manifest.sipTrunk;
      if (!trunk) return notApplicable();
      const enabled = renderedBoolean(manifest.sipAuthentication?.enabled);
      if (enabled === "expression")
        return cannotVerify(
          "sipAuthentication.enabled",
          "sipAuthentication.enabled is an expression",
        );
      if (enabled !== true) return notApplicable();
      const digest = renderedBoolean(trunk.digestAuthentication);
      if (digest === "expression")
        return cannotVerify(
          "sipTrunk.digestAuthentication",
          `digestAuthentication is an expression, got ${shown(trunk.digestAuthentication)}`,
        );
      if (digest === false)
        return nonCompliant(
          "sipTrunk.digestAuthentication",
          "the trunk is declared unable to answer sip digest challenges, so every call to the agent would be rejected",
        );
      if (isTerraformExpression(trunk.providerKind))
        return cannotVerify(
          "sipTrunk.providerKind",
          `providerKind is an expression, got ${shown(trunk.providerKind)}`,
        );
      if (String(trunk.providerKind).toLowerCase() === "twilio")
        return nonCompliant(
          "sipTrunk.providerKind",
          "the trunk is twilio: ibm's successor phone integration documents that twilio cannot be used with sip authentication, and voice agent's docs do not say otherwise",
        );
      return compliant("sipTrunk.digestAuthentication");
    });
  },
};
