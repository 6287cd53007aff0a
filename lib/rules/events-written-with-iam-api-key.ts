import { isTerraformExpression } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { whenForwarding } from "./util/manifest-queries";
import { shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, perAgent } from "./util/verdicts";

/**
 * VAW-EVT-1 (docs/threat-model.md#t28): forwarded events are written to
 * Cloudant with an IAM API key, not legacy Cloudant credentials. The Cloudant
 * instance's own `legacy_credentials` is judged by VAW-CLOUDANT-1.
 */
export const eventsWrittenWithIamApiKey: Rule = {
  id: "VAW-EVT-1",
  severity: Severity.ERROR,
  title: "Forwarded events are written to Cloudant with an IAM API key",
  explanation:
    "Event forwarding accepts either a Cloudant user name and password (legacy credentials) or an IAM API key. Legacy " +
    "credentials bypass IBM Cloud IAM: no access policies, no service IDs, no key rotation, no Activity Tracker attribution, " +
    "for a database holding call transcripts and call detail records.",
  fix: "forward events with an IAM API key (authentication apikey) from a Writer service credential of the Cloudant instance",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-event_forwarding",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const gate = whenForwarding(manifest);
      if (gate) return gate;
      const path = "eventForwarding.authentication";
      const auth = manifest.eventForwarding.authentication;
      if (auth === undefined)
        return cannotVerify(
          path,
          "authentication is not stated, so the kind of credential is unknown",
        );
      if (isTerraformExpression(auth))
        return cannotVerify(path, `authentication is an expression, got ${shown(auth)}`);
      if (String(auth).toLowerCase() === "apikey") return compliant(path);
      return nonCompliant(
        path,
        `authentication must be apikey (iam), got ${shown(auth)}; legacy cloudant credentials bypass iam`,
      );
    });
  },
};
