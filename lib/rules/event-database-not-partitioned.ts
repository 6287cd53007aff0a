import { RenderedResource } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { EventForwardingTarget, eventForwardingTargets } from "./util/manifest-queries";
import { resolvedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-CLOUDANT-3 (docs/threat-model.md#t32): databases that receive forwarded
 * call events are not partitioned. Databases no agent forwards to are not
 * judged.
 */
export const eventDatabaseNotPartitioned: Rule = {
  id: "VAW-CLOUDANT-3",
  severity: Severity.ERROR,
  title: "Databases receiving forwarded call events are not partitioned",
  explanation:
    "Voice Agent with Watson writes CDR, transcription and turn events only to non-partitioned Cloudant databases. " +
    "A partitioned database rejects the documents, so events are silently lost, including the call records an audit needs.",
  fix: "remove partitioned (or set partitioned = false) on the ibm_cloudant_database that receives events; the setting is fixed at creation, so the database is replaced",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-event_forwarding",
  acknowledgeable: false,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const receives = eventDatabaseIndex(context, eventForwardingTargets(context));
    return context.document
      .ofType("ibm_cloudant_database")
      .filter(receives)
      .map((db) => {
        const value = db.body.partitioned;
        const { value: v, note } = resolvedBoolean(context.document, value);
        if (v === "expression")
          return outcome(
            db,
            cannotVerify("partitioned", `partitioned is an expression, got ${shown(value)}`),
          );
        if (v === true)
          return outcome(
            db,
            nonCompliant(
              "partitioned",
              `partitioned must be false for an event database, got ${shown(value)}${note}`,
            ),
          );
        return outcome(db, compliant("partitioned"));
      });
  },
};

/**
 * Tells whether an agent's manifest names a database: by reference, or by
 * name in the same instance (or when either instance is unknown). The
 * manifests' database names are indexed once, so each database is judged in
 * constant time whatever the number of agents.
 */
function eventDatabaseIndex(
  context: RuleContext,
  targets: readonly EventForwardingTarget[],
): (db: RenderedResource) => boolean {
  const referenced = new Set<string>();
  const byName = new Map<string, EventForwardingTarget[]>();
  for (const target of targets)
    for (const name of target.databases) {
      const resolved = context.document.resolve(name);
      if (resolved) referenced.add(resolved.address);
      let list = byName.get(name);
      if (!list) byName.set(name, (list = []));
      list.push(target);
    }
  return (db) => {
    if (referenced.has(db.address)) return true;
    const named = typeof db.body.db === "string" ? byName.get(db.body.db) : undefined;
    if (!named) return false;
    const dbInstance = context.document.resolve(db.body.instance_crn);
    return named.some(
      (t) => !t.instance || !dbInstance || dbInstance.address === t.instance.address,
    );
  };
}
