import { isTerraformExpression } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { soeAppAddresses } from "./util/provisioning-rule-helpers";
import { shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, outcome } from "./util/verdicts";

/**
 * VAW-CE-2 (docs/threat-model.md#t21): a Code Engine app that serves as an
 * agent's SOE keeps at least one instance running
 * (`scale_min_instances >= 1`). A warning: it is a cost-for-availability trade.
 */
export const soeAppsKeepAnInstanceRunning: Rule = {
  id: "VAW-CE-2",
  severity: Severity.WARNING,
  title: "Code Engine apps serving as an SOE keep at least one instance running",
  explanation:
    "An app scaled to zero starts a container on the next request, which takes seconds. The agent waits 5 seconds for each " +
    "conversation turn by default (Conversation read timeout), so the first caller after a quiet period hears the failure " +
    "message or is disconnected. scale_min_instances defaults to 0, and 0 is not even sent on create.",
  fix: "set scale_min_instances to 1 or more (minInstances of ServiceOrchestrationEngine.onCodeEngine defaults to 1), accepting one instance billed around the clock",
  docUrl: "https://cloud.ibm.com/docs/codeengine?topic=codeengine-app-scale",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const soes = soeAppAddresses(context);
    return context.document.ofType("ibm_code_engine_app").map((app) => {
      if (!soes.has(app.address)) return outcome(app, notApplicable());
      const value = app.body.scale_min_instances ?? undefined;
      if (isTerraformExpression(value))
        return outcome(
          app,
          cannotVerify(
            "scale_min_instances",
            `scale_min_instances is an expression, got ${shown(value)}`,
          ),
        );
      if (typeof value === "number" && value >= 1)
        return outcome(app, compliant("scale_min_instances"));
      return outcome(
        app,
        nonCompliant(
          "scale_min_instances",
          `scale_min_instances must be at least 1 for an soe, got ${shown(value)}` +
            (value === undefined ? " (absent means 0)" : "") +
            "; calls after a quiet period wait for a cold start",
        ),
      );
    });
  },
};
