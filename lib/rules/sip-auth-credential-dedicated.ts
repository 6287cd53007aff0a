import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { keyIdentity, usesOfKey } from "./util/credential-uses";
import { renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

const SIP_AUTH_PATH = "sipAuthentication.credential";

/**
 * VAW-CRED-1 (docs/threat-model.md#t35): the SIP authentication credential is
 * used for nothing else, in any agent of the stack (other agents' SIP
 * authentication excepted).
 */
export const sipAuthCredentialDedicated: Rule = {
  id: "VAW-CRED-1",
  severity: Severity.ERROR,
  title: "The SIP authentication credential is used for SIP authentication only",
  explanation:
    "The SIP digest password is the credential's IAM API key, and it is handed to the SIP provider. The same key on the SMS " +
    "webhook, the Outbound calls API, the SMS API or a Watson or Cloudant connection would give the provider (and anyone who " +
    "reads its configuration) the right to start outbound calls, manage SMS sessions or read call data.",
  fix: "give SIP authentication its own service credential (the library creates one with the Reader role by default)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-sip_auth",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const auth = manifest.sipAuthentication;
      const enabled = renderedBoolean(auth?.enabled);
      if (enabled === "expression")
        return cannotVerify(
          "sipAuthentication.enabled",
          "sipAuthentication.enabled is an expression",
        );
      if (enabled !== true || !auth?.credential) return notApplicable();
      const key = auth.credential.resourceKey;
      const identity = keyIdentity(context.document, key);
      if (identity === undefined)
        return cannotVerify(
          `${SIP_AUTH_PATH}.resourceKey`,
          `resourceKey is an expression, got ${shown(key)}`,
        );
      const others = usesOfKey(context, identity, (path) => path === SIP_AUTH_PATH);
      if (others.length === 0) return compliant(`${SIP_AUTH_PATH}.resourceKey`);
      return nonCompliant(
        `${SIP_AUTH_PATH}.resourceKey`,
        `the sip authentication key ${identity} is also used by ${others.join(", ")}`,
      );
    });
  },
};
