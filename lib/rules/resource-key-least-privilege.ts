import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { eventForwardingTargets } from "./util/manifest-queries";
import { shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/** Roles that grant more than a credential used by an agent needs (service Manager, platform Administrator). */
const PRIVILEGED_ROLE = /(^|:)(Manager|Administrator)$/i;

/**
 * VAW-KEY-1 (docs/threat-model.md#t35): service credentials
 * (`ibm_resource_key`) do not carry the Manager (or Administrator) role. A
 * warning in general; an error for the credential an agent uses to write call
 * events.
 */
export const resourceKeyLeastPrivilege: Rule = {
  id: "VAW-KEY-1",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "Service credentials use a role below Manager (Writer or Reader)",
  explanation:
    "A service credential's API key is handed to another party: the event-forwarding key is entered in the Voice Agent with " +
    "Watson dashboard, SIP and webhook keys go to the telephony provider. With Manager, whoever holds the key can also change " +
    "the instance's configuration, delete databases and manage access, instead of only writing events.",
  fix: 'set role = "Writer" on the ibm_resource_key (Reader where the key only reads); create a separate Manager key for administration if one is needed',
  docUrl: "https://cloud.ibm.com/docs/account?topic=account-service_credentials",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const eventKeys = new Set(eventForwardingTargets(context).map((t) => t.credentialKey?.address));
    return context.document.ofType("ibm_resource_key").map((key) => {
      const role = key.body.role;
      const forEvents = eventKeys.has(key.address);
      const use = forEvents ? "; the key writes call events for an agent" : "";
      if (role === undefined)
        return outcome(
          key,
          cannotVerify("role", `role is not set, so the service chooses it${use}`),
        );
      if (typeof role !== "string" || role.includes("${"))
        return outcome(
          key,
          cannotVerify("role", `role is an expression, got ${shown(role)}${use}`),
        );
      if (!PRIVILEGED_ROLE.test(role)) return outcome(key, compliant("role"));
      return outcome(
        key,
        nonCompliant(
          "role",
          `role must be Writer or Reader, got ${shown(role)}${use}`,
          forEvents ? Severity.ERROR : undefined,
        ),
      );
    });
  },
};
