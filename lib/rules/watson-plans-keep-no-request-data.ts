import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import {
  STRICT_FOR_PHI_PCI,
  locationKind,
  serviceLocations,
  severityFor,
} from "./util/manifest-queries";
import { isExpr, shown } from "./util/rendered-values";
import {
  Verdict,
  cannotVerify,
  combine,
  compliant,
  nonCompliant,
  notApplicable,
  perAgent,
} from "./util/verdicts";

/** Plans on which IBM does not use request data to improve the service. */
const NO_LEARNING_PLANS = ["premium", "enterprise"];

/**
 * VAW-DATA-1 (docs/threat-model.md#t22): the agent's Watson Assistant, Speech
 * to Text and Text to Speech instances are on plans that do not log request
 * data for IBM. SOE slots are not judged (the SOE can send the opt-out
 * header). A warning; an error for PHI and PCI agents.
 */
export const watsonPlansKeepNoRequestData: Rule = {
  id: "VAW-DATA-1",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "Watson services run on plans that keep request data out of IBM's service improvement",
  explanation:
    "Watson Assistant, Speech to Text and Text to Speech instances that are not on Premium plans log requests and results " +
    "for IBM's service improvement unless each request opts out (X-Watson-Learning-Opt-Out); IBM does not document that " +
    "Voice Agent with Watson sends the opt-out. Every agent sends its callers' words to these services.",
  fix: "use premium (or enterprise) plans for the agent's Watson instances, or put a service orchestration engine that opts out in front of Watson Assistant",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-api",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, (agent) => {
      const severity = severityFor(agent, Severity.WARNING, STRICT_FOR_PHI_PCI);
      return combine(
        serviceLocations(agent.manifest).map(({ path, location }): Verdict => {
          const kind = locationKind(location);
          if (kind === "soe") return notApplicable();
          if (kind === "expression")
            return cannotVerify(`${path}.serviceType`, "serviceType is an expression");
          const resource = context.document.resolve(location.serviceInstanceCrn);
          const plan =
            location.plan ?? (resource?.mode === "managed" ? resource.body.plan : undefined);
          if (typeof plan !== "string" || isExpr(plan))
            return cannotVerify(
              `${path}.plan`,
              `the plan of the ${path} instance is ${shown(plan)}`,
            );
          if (NO_LEARNING_PLANS.includes(plan.toLowerCase())) return compliant(`${path}.plan`);
          return nonCompliant(
            `${path}.plan`,
            `the ${path} instance is on plan ${shown(plan)}, which logs request data for ibm`,
            severity,
          );
        }),
      );
    });
  },
};
