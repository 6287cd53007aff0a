import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { resolvedBoolean, shown } from "./util/rendered-values";
import { eventStoreResource, receivesEventsOf } from "./util/resource-identity";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-CLOUDANT-2 (docs/threat-model.md#t31): Cloudant instances have CORS
 * turned off. A warning in general; an error for an instance that receives
 * agents' call events, whichever code created it.
 */
export const cloudantCorsDisabled: Rule = {
  id: "VAW-CLOUDANT-2",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "Cloudant instances have CORS disabled (enable_cors = false)",
  explanation:
    "With CORS enabled (the default when enable_cors is omitted, with allow_credentials on), browsers on the allowed origins may " +
    "call the database with the user's credentials. A sink for call events is written server to server by Voice Agent with " +
    "Watson and never needs browser access; CORS only widens who can reach call transcripts and call detail records.",
  fix: "set enable_cors = false on the ibm_cloudant instance (and remove any cors_config block)",
  docUrl:
    "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/cloudant#enable_cors",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType("ibm_cloudant").map((r) => {
      const value = r.body.enable_cors;
      const { value: v, note } = resolvedBoolean(context.document, value);
      if (v === false) return outcome(r, compliant("enable_cors"));
      if (v === "expression")
        return outcome(
          r,
          cannotVerify("enable_cors", `enable_cors is an expression, got ${shown(value)}`),
        );
      const store = eventStoreResource(context, r);
      const detail =
        `enable_cors must be false, got ${shown(value)}` +
        (v === "absent" ? " (absent means the provider default, true)" : "") +
        note +
        (store ? `; ${receivesEventsOf(store)}` : "");
      return outcome(r, nonCompliant("enable_cors", detail, store ? Severity.ERROR : undefined));
    });
  },
};
