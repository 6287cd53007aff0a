import { isTerraformExpression } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { keyIdentity, usesOfKey } from "./util/credential-uses";
import { shown } from "./util/rendered-values";
import {
  Verdict,
  cannotVerify,
  combine,
  compliant,
  nonCompliant,
  notApplicable,
  perAgent,
} from "./util/verdicts";

const PATH = "sms.webhookCredential";

/**
 * VAW-CRED-2 (docs/threat-model.md#t35): the SMS webhook credential has the
 * Writer role and serves nothing else. Manager on an `ibm_resource_key` of
 * this stack is left to VAW-KEY-1, sharing with SIP authentication to
 * VAW-CRED-1.
 */
export const smsWebhookCredentialWriter: Rule = {
  id: "VAW-CRED-2",
  severity: Severity.WARNING,
  title: "The SMS webhook credential has the Writer role and serves nothing else",
  explanation:
    "The webhook URL stored at the SMS provider embeds the credential's IAM API key. IBM requires Writer or Manager for SMS; " +
    "Writer is enough, and a key used only there can be rotated or revoked without touching the agent's other connections.",
  fix: "give the SMS webhook its own service credential with the Writer role (the library's default)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-connect-sms#sms_access",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const credential = manifest.sms?.webhookCredential;
      if (!credential) return notApplicable();
      const identity = keyIdentity(context.document, credential.resourceKey);
      if (identity === undefined)
        return cannotVerify(
          `${PATH}.resourceKey`,
          `resourceKey is an expression, got ${shown(credential.resourceKey)}`,
        );
      const others = usesOfKey(
        context,
        identity,
        (path) => path === PATH || path === "sipAuthentication.credential",
      );
      const shared: Verdict =
        others.length === 0
          ? compliant(`${PATH}.resourceKey`)
          : nonCompliant(
              `${PATH}.resourceKey`,
              `the sms webhook key ${identity} is also used by ${others.join(", ")}`,
            );
      return combine([shared, judgeRole(context, identity, credential.role)]);
    });
  },
};

function judgeRole(context: RuleContext, identity: string, manifestRole: unknown): Verdict {
  const key = context.document.at(identity);
  const judgedByKeyRule = key?.type === "ibm_resource_key" && key.mode === "managed";
  const role = judgedByKeyRule ? key.body.role : manifestRole;
  if (typeof role !== "string" || isTerraformExpression(role))
    return cannotVerify(`${PATH}.role`, `the role of the sms webhook key is ${shown(role)}`);
  const name = role.replace(/^.*:/, "").toLowerCase();
  if (name === "writer" || (name === "manager" && judgedByKeyRule))
    return compliant(`${PATH}.role`);
  if (name === "manager")
    return nonCompliant(
      `${PATH}.role`,
      'the sms webhook key has the manager role; "writer" is enough',
    );
  return nonCompliant(
    `${PATH}.role`,
    `the sms webhook key must have the writer role, got ${shown(role)}; sms refuses reader keys`,
  );
}
