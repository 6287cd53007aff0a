import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { eventForwardingTargets } from "./util/manifest-queries";
import { renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-CLOUDANT-2 (docs/threat-model.md#t31): Cloudant instances have CORS
 * turned off. A warning in general; an error for an instance that receives
 * call events from an agent whose callers may disclose PHI or PCI.
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
    const sensitiveSinks = new Set(
      eventForwardingTargets(context)
        .filter((t) => t.handlesPhiOrPci && t.instance)
        .map((t) => t.instance?.address),
    );
    return context.document.ofType("ibm_cloudant").map((r) => {
      const value = r.body.enable_cors;
      const v = renderedBoolean(value);
      if (v === false) return outcome(r, compliant("enable_cors"));
      if (v === "expression")
        return outcome(
          r,
          cannotVerify("enable_cors", `enable_cors is an expression, got ${shown(value)}`),
        );
      const sink = sensitiveSinks.has(r.address);
      const detail =
        `enable_cors must be false, got ${shown(value)}` +
        (v === "absent" ? " (absent means the service default, true)" : "") +
        (sink ? "; the instance receives events from an agent handling PHI or PCI" : "");
      return outcome(r, nonCompliant("enable_cors", detail, sink ? Severity.ERROR : undefined));
    });
  },
};
