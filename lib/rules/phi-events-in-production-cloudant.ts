import { isTerraformExpression } from "../core";
import { RenderedResource, TerraformDocument } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { eventCloudant, handles, whenForwarding } from "./util/manifest-queries";
import { judgedByDefault, resolvedBoolean, resolveValue, shown } from "./util/rendered-values";
import {
  Verdict,
  cannotVerify,
  combine,
  compliant,
  isVerdict,
  nonCompliant,
  notApplicable,
  perAgent,
} from "./util/verdicts";

/**
 * VAW-EVT-3 (docs/threat-model.md#t30): PHI events go to a Cloudant instance
 * on a paid plan with data events audited. IAM-only credentials and CORS are
 * judged by VAW-CLOUDANT-1/-2, network restriction by VAW-EVT-4.
 */
export const phiEventsInProductionCloudant: Rule = {
  id: "VAW-EVT-3",
  severity: Severity.ERROR,
  title: "Events of PHI agents go to a paid-plan Cloudant that audits data access",
  explanation:
    "Transcription, turn and CDR events of an agent whose callers disclose health information are PHI at rest. The Lite plan " +
    "is a free evaluation plan (capped capacity, no service level agreement), and without include_data_events Activity Tracker records no reads or " +
    "writes of documents, so access to the PHI cannot be audited. IBM's information security page leaves securing the " +
    "Cloudant instance to the customer.",
  fix: 'put the events in an ibm_cloudant on a paid plan (e.g. "standard") with include_data_events = true',
  docUrl:
    "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#infosec_event_forwarding",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      if (!handles(manifest, "PHI")) return notApplicable();
      const gate = whenForwarding(manifest);
      if (gate) return gate;
      const cloudant = eventCloudant(context.document, manifest);
      if (isVerdict(cloudant)) return cloudant;
      return combine([
        judgePlan(context.document, cloudant),
        judgeDataEvents(context.document, cloudant),
      ]);
    });
  },
};

function judgePlan(document: TerraformDocument, r: RenderedResource): Verdict {
  const path = "eventForwarding.cloudantInstance";
  if (r.mode !== "managed")
    return cannotVerify(
      path,
      `${r.address} is read with a data source: its plan is not in this stack`,
    );
  const resolved = resolveValue(document, r.body.plan);
  const plan = resolved.value;
  if (typeof plan !== "string" || isTerraformExpression(plan))
    return cannotVerify(path, `the plan of ${r.address} is ${shown(r.body.plan)}`);
  if (plan.toLowerCase() === "lite")
    return nonCompliant(
      path,
      `${r.address} is on the lite plan, got plan "lite"${judgedByDefault(resolved)}; use a paid plan for phi`,
    );
  return compliant(path);
}

function judgeDataEvents(document: TerraformDocument, r: RenderedResource): Verdict {
  const path = "eventForwarding.cloudantInstance";
  if (r.type !== "ibm_cloudant" || r.mode !== "managed")
    return cannotVerify(
      path,
      `include_data_events of ${r.address} is not in this stack (only ibm_cloudant sets it)`,
    );
  const { value: v, note } = resolvedBoolean(document, r.body.include_data_events);
  if (v === true) return compliant(path);
  if (v === "expression")
    return cannotVerify(path, `include_data_events of ${r.address} is an expression`);
  return nonCompliant(
    path,
    `include_data_events of ${r.address} must be true, got ${shown(r.body.include_data_events)}${note}; reads and writes of phi go unaudited`,
  );
}
