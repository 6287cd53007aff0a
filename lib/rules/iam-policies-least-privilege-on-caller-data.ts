import { isTerraformExpression } from "../core";
import { isRecord, RenderedResource } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { judgedByDefault, resolveValue, shown } from "./util/rendered-values";
import {
  CLOUDANT_SERVICE,
  eventStoreOf,
  eventStores,
  instanceIdentities,
  isVoiceAgentInstance,
  receivesEventsOf,
  voiceAgentInstances,
} from "./util/resource-identity";
import {
  cannotVerify,
  compliant,
  nonCompliant,
  notApplicable,
  outcome,
  Verdict,
} from "./util/verdicts";

/** The IAM policy resources of the IBM provider (users, service IDs, access groups, trusted profiles). */
const POLICY_TYPES = [
  "ibm_iam_user_policy",
  "ibm_iam_service_policy",
  "ibm_iam_access_group_policy",
  "ibm_iam_trusted_profile_policy",
];

/** How {@link targetOf} starts a clause for a scope that may or may not include the instances. */
const MAYBE = "it applies to ";

const PRIVILEGED_ROLE = /(^|:)(Manager|Administrator)$/i;

/**
 * VAW-KEY-2 (docs/threat-model.md#t35): no IAM access policy grants the
 * Manager or Administrator role on the Cloudant instance receiving call
 * events or on the Voice Agent with Watson instance, whether it names the
 * instance or reaches it through a whole service or account. An error.
 */
export const iamPoliciesLeastPrivilegeOnCallerData: Rule = {
  id: "VAW-KEY-2",
  severity: Severity.ERROR,
  title:
    "IAM policies grant no Manager or Administrator role on the event store or the Voice Agent instance",
  explanation:
    "Manager on the event store lets the policy's subject read and delete every transcript and call detail record and " +
    "change the databases; Administrator lets it grant that access to anyone. On the Voice Agent with Watson instance " +
    "the same roles change agents, trunks and credentials. A policy scoped to a whole service or the whole account " +
    "includes these instances too.",
  fix: 'grant "Writer" or "Reader" on the event store (or a single database with resource_type = "cloudantnosqldb-database"); keep Manager and Administrator to a small access group of named administrators, outside this deployment',
  docUrl: "https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return POLICY_TYPES.flatMap((type) =>
      context.document.ofType(type).map((p) => outcome(p, judge(context, p))),
    );
  },
};

function judge(context: RuleContext, policy: RenderedResource): Verdict {
  const target = targetOf(context, policy);
  if (target === undefined) return notApplicable();
  const resolved = resolveValue(context.document, policy.body.roles);
  const roles = resolved.value;
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== "string" || isTerraformExpression(r)))
    return cannotVerify(
      "roles",
      `roles is an expression, got ${shown(policy.body.roles)}; ${target}`,
    );
  const privileged = roles.filter((r: string) => PRIVILEGED_ROLE.test(r.trim()));
  if (privileged.length === 0) return compliant("roles");
  const grants = `the policy grants ${privileged.map((r) => shown(r)).join(", ")}${judgedByDefault(resolved)}`;
  return target.startsWith(MAYBE)
    ? cannotVerify("roles", `${grants}; ${target}`)
    : nonCompliant("roles", `${grants}; ${target}`);
}

/** The instances that hold caller data the policy reaches, as a clause; undefined when it reaches none. */
function targetOf(context: RuleContext, policy: RenderedResource): string | undefined {
  if (policy.body.account_management === true) return undefined;
  const scope = policyScope(policy);
  const store = [...eventStores(context).values()][0];
  const vaPresent = voiceAgentInstances(context).size > 0;
  if (scope.instance !== undefined) {
    const s = eventStoreOf(context, scope.instance);
    if (s) return `the policy covers the event store: ${receivesEventsOf(s)}`;
    if (isVoiceAgentInstance(context, scope.instance))
      return "the policy covers the voice agent with watson instance";
    const known = instanceIdentities(context.document, scope.instance).length > 0;
    if (known || (!store && !vaPresent)) return undefined;
    return `${MAYBE}the instance ${shown(scope.instance)}, which may be the event store or the voice agent instance`;
  }
  const service = resolveValue(context.document, scope.service).value;
  if (scope.resourceGroup !== undefined)
    return (service === undefined || service === CLOUDANT_SERVICE) && (store || vaPresent)
      ? `${MAYBE}the resource group ${shown(scope.resourceGroup)}, which may hold the event store or the voice agent instance`
      : undefined;
  if (service === undefined) {
    if (store)
      return `the policy covers every service of the account, the event store included (${receivesEventsOf(store)})`;
    return vaPresent
      ? "the policy covers every service of the account, the voice agent instance included"
      : undefined;
  }
  if (service === CLOUDANT_SERVICE && store)
    return `the policy covers every cloudant instance of the account, the event store included (${receivesEventsOf(store)})`;
  return undefined;
}

/** The instance, service and resource group a policy names, from `resources` or `resource_attributes`. */
function policyScope(policy: RenderedResource): {
  instance?: unknown;
  service?: unknown;
  resourceGroup?: unknown;
} {
  const blocks = (x: unknown): Record<string, unknown>[] =>
    (Array.isArray(x) ? x : [x]).filter(isRecord);
  const [resources] = blocks(policy.body.resources);
  if (resources)
    return {
      instance: resources.resource_instance_id,
      service: resources.service,
      resourceGroup: resources.resource_group_id,
    };
  const attrs = blocks(policy.body.resource_attributes);
  const value = (name: string) => attrs.find((a) => a.name === name)?.value;
  return {
    instance: value("serviceInstance"),
    service: value("serviceName"),
    resourceGroup: value("resourceGroupId"),
  };
}
