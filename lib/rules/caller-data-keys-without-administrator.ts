import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { holdsCallerData, isAdministratorRole } from "./util/caller-data-services";
import { judgedByDefault, resolveValue, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, outcome } from "./util/verdicts";

/**
 * VAW-KEY-3 (docs/threat-model.md#t35): no service credential on a service
 * that holds callers' data (the Cloudant instance receiving call events,
 * Watson Assistant, Speech to Text, Text to Speech, the Voice Agent with
 * Watson instance) has the Administrator role, whoever created the key. An
 * error; keys on other services are VAW-KEY-1's.
 */
export const callerDataKeysWithoutAdministrator: Rule = {
  id: "VAW-KEY-3",
  severity: Severity.ERROR,
  title: "Service credentials on services that hold caller data do not have the Administrator role",
  explanation:
    "A resource key's API key leaves the account: it is entered in dashboards, handed to telephony providers and SOEs. " +
    "With the platform Administrator role on the instance, whoever holds it can also grant access to the instance to " +
    "anyone, so call transcripts, recordings in transit and the agents' configuration are no longer protected by IAM.",
  fix: 'set role = "Writer" (or "Reader") on the ibm_resource_key; administer the instance through IAM access policies of named users, not through a key',
  docUrl: "https://cloud.ibm.com/docs/account?topic=account-userroles",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType("ibm_resource_key").map((key) => {
      const holds = holdsCallerData(context, key.body.resource_instance_id);
      if (holds === undefined) return outcome(key, notApplicable());
      const resolved = resolveValue(context.document, key.body.role);
      const role = resolved.value;
      if (typeof role !== "string" || role.includes("${"))
        return outcome(
          key,
          cannotVerify(
            "role",
            `role is ${role === undefined ? "not set" : `an expression, got ${shown(key.body.role)}`}; the key is on ${holds}`,
          ),
        );
      if (!isAdministratorRole(role)) return outcome(key, compliant("role"));
      return outcome(
        key,
        nonCompliant(
          "role",
          `role must not be Administrator, got ${shown(role)}${judgedByDefault(resolved)}; the key is on ${holds}`,
        ),
      );
    });
  },
};
