import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { resolvedBoolean, shown } from "./util/rendered-values";
import { eventStoreResource, receivesEventsOf } from "./util/resource-identity";
import { cannotVerify, compliant, nonCompliant, notApplicable, outcome } from "./util/verdicts";

/**
 * VAW-EVT-5 (docs/threat-model.md#t30): an `ibm_cloudant` that receives
 * agents' call events sends data events to Activity Tracker
 * (`include_data_events = true`). A warning; an error when a PCI agent
 * forwards to it. Stores of PHI agents are VAW-EVT-3's (an error there);
 * Cloudant instances that receive no call events are not judged.
 */
export const eventStoresAuditDataEvents: Rule = {
  id: "VAW-EVT-5",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "Cloudant instances receiving call events audit data access (include_data_events = true)",
  explanation:
    "Without data events (the provider's default is false) Activity Tracker records only management events of the " +
    "instance: who read, changed or deleted which transcript or call detail record is not recorded, so a leak of callers' " +
    "data can be neither detected nor traced.",
  fix: "set include_data_events = true on the ibm_cloudant that receives the events (and route the instance's Activity Tracker events to a target you keep)",
  docUrl: "https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-at_events",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType("ibm_cloudant").map((r) => {
      const store = eventStoreResource(context, r);
      if (!store || store.phi) return outcome(r, notApplicable());
      const value = r.body.include_data_events;
      const { value: v, note } = resolvedBoolean(context.document, value);
      if (v === true) return outcome(r, compliant("include_data_events"));
      if (v === "expression")
        return outcome(
          r,
          cannotVerify(
            "include_data_events",
            `include_data_events is an expression, got ${shown(value)}`,
          ),
        );
      return outcome(
        r,
        nonCompliant(
          "include_data_events",
          `include_data_events must be true, got ${shown(value)}${v === "absent" ? " (absent means the provider default, false)" : ""}${note}; ${receivesEventsOf(store)}`,
          store.phiOrPci ? Severity.ERROR : undefined,
        ),
      );
    });
  },
};
