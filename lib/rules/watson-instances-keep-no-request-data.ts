import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { locationKind, serviceLocations } from "./util/manifest-queries";
import { judgedByDefault, resolveValue, shown } from "./util/rendered-values";
import {
  instanceIdentities,
  NO_LEARNING_PLANS,
  serviceOfResource,
  WATSON_SERVICES,
} from "./util/resource-identity";
import { cannotVerify, compliant, nonCompliant, notApplicable, outcome } from "./util/verdicts";

/**
 * VAW-DATA-4 (docs/threat-model.md#t22): Watson Assistant, Speech to Text and
 * Text to Speech instances (`ibm_resource_instance` of `conversation`,
 * `speech-to-text`, `text-to-speech`) that no agent manifest of the stack
 * names are on plans that keep no request data. A warning: the instances an
 * agent names are judged by VAW-DATA-1 with the agent's data classes. Watson
 * Assistant instances are not judged when an agent of the stack reaches Watson
 * Assistant through an SOE, which can send the opt-out header (as VAW-DATA-1
 * leaves SOE slots alone).
 */
export const watsonInstancesKeepNoRequestData: Rule = {
  id: "VAW-DATA-4",
  severity: Severity.WARNING,
  title:
    "Watson service instances are on plans that keep request data out of IBM's service improvement",
  explanation:
    "Watson Assistant, Speech to Text and Text to Speech instances on plans other than Premium (Enterprise for Watson " +
    "Assistant) log requests and results for IBM's service improvement. The opt-out is a per-request header " +
    "(X-Watson-Learning-Opt-Out) that neither Terraform nor an instance parameter can set, and IBM does not document " +
    "that Voice Agent with Watson sends it. An instance created for a voice agent receives callers' words.",
  fix: 'create the instance on the "premium" plan (Watson Assistant: "enterprise"), or make sure every client of it sends X-Watson-Learning-Opt-Out: true (an SOE can)',
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-api",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const named = new Set(
      context.agents.flatMap((a) =>
        serviceLocations(a.manifest).flatMap((s) =>
          instanceIdentities(context.document, s.location.serviceInstanceCrn),
        ),
      ),
    );
    const behindSoe = context.agents.some((a) =>
      serviceLocations(a.manifest).some((s) => locationKind(s.location) === "soe"),
    );
    return context.document.ofType("ibm_resource_instance").map((r) => {
      const service = serviceOfResource(context.document, r);
      if (
        service === undefined ||
        !(service in WATSON_SERVICES) ||
        named.has(r.address) ||
        (service === "conversation" && behindSoe)
      )
        return outcome(r, notApplicable());
      const resolved = resolveValue(context.document, r.body.plan);
      const plan = resolved.value;
      if (typeof plan !== "string" || plan.includes("${"))
        return outcome(r, cannotVerify("plan", `plan is an expression, got ${shown(r.body.plan)}`));
      if (NO_LEARNING_PLANS.includes(plan.trim().toLowerCase()))
        return outcome(r, compliant("plan"));
      return outcome(
        r,
        nonCompliant(
          "plan",
          `the ${WATSON_SERVICES[service]} instance is on plan ${shown(plan)}${judgedByDefault(resolved)}, which logs request data for ibm unless every request opts out`,
        ),
      );
    });
  },
};
