import { RenderedResource } from "../guard/terraform-document";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import {
  cannotVerify,
  compliant,
  EventForwardingTarget,
  eventForwardingTargets,
  nonCompliant,
  renderedBoolean,
  shown,
} from "./util/resource-rule-helpers";

/**
 * VAW-CLOUDANT-3: databases that receive forwarded call events are not
 * partitioned. Databases no agent forwards to are not judged.
 */
export const eventDatabaseNotPartitioned: Rule = {
  id: "VAW-CLOUDANT-3",
  severity: Severity.ERROR,
  title: "Databases receiving forwarded call events are not partitioned",
  explanation:
    "Voice Agent with Watson writes CDR, transcription and turn events only to non-partitioned Cloudant databases. " +
    "A partitioned database rejects the documents, so events are silently lost, including the call records an audit needs.",
  fix: "remove partitioned (or set partitioned = false) on the ibm_cloudant_database that receives events; the setting is fixed at creation, so the database is replaced",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-event-forwarding",
  acknowledgeable: false,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const targets = eventForwardingTargets(context);
    return context.document
      .ofType("ibm_cloudant_database")
      .filter((db) => targets.some((t) => receivesEvents(context, db, t)))
      .map((db) => {
        const value = db.body.partitioned;
        const v = renderedBoolean(value);
        if (v === "expression")
          return cannotVerify(
            db,
            "partitioned",
            `partitioned is an expression, got ${shown(value)}`,
          );
        if (v === true)
          return nonCompliant(
            db,
            "partitioned",
            `partitioned must be false for an event database, got ${shown(value)}`,
          );
        return compliant(db, "partitioned");
      });
  },
};

/** True when the agent's manifest names this database (by reference, or by name in the same instance). */
function receivesEvents(
  context: RuleContext,
  db: RenderedResource,
  target: EventForwardingTarget,
): boolean {
  return target.databases.some((name) => {
    if (context.document.resolve(name)?.address === db.address) return true;
    if (name !== db.body.db) return false;
    const dbInstance = context.document.resolve(db.body.instance_crn);
    return !target.instance || !dbInstance || dbInstance.address === target.instance.address;
  });
}
