import { isTerraformExpression } from "../core";
import { isRecord, RenderedResource, TerraformDocument } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { eventCloudant, handles, whenForwarding } from "./util/manifest-queries";

import {
  cannotVerify,
  compliant,
  isVerdict,
  nonCompliant,
  notApplicable,
  perAgent,
} from "./util/verdicts";

/**
 * VAW-EVT-4 (docs/threat-model.md#t30): the Cloudant instance receiving a PHI
 * agent's events is network-restricted by an enforced context-based
 * restriction (`ibm_cbr_rule`). A warning until the library provisions CBR.
 */
export const phiCloudantRestrictedByCbr: Rule = {
  id: "VAW-EVT-4",
  severity: Severity.WARNING,
  title: "The Cloudant instance receiving PHI events is restricted by an enforced CBR rule",
  explanation:
    "Cloudant answers on a public endpoint; IAM alone decides who gets in, so a leaked key works from anywhere. A " +
    "context-based restriction rule (ibm_cbr_rule) on the instance limits access to declared network zones. Check that the " +
    "zones still admit Voice Agent with Watson: whether it can reach Cloudant over private endpoints is not documented.",
  fix: 'add an ibm_cbr_rule whose resources attributes name the instance (serviceName "cloudantnosqldb", serviceInstance = its guid) with enforcement_mode "enabled"',
  docUrl: "https://cloud.ibm.com/docs/account?topic=account-context-restrictions-whatis",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      if (!handles(manifest, "PHI")) return notApplicable();
      const gate = whenForwarding(manifest);
      if (gate) return gate;
      const cloudant = eventCloudant(context.document, manifest);
      if (isVerdict(cloudant)) return cloudant;
      const path = "eventForwarding.cloudantInstance";
      const rules = covering(context.document, cloudant);
      const modes = rules.map((r) => r.body.enforcement_mode);
      if (modes.some((m) => m === undefined || m === "enabled")) return compliant(path);
      if (modes.some((m) => isTerraformExpression(m)))
        return cannotVerify(
          path,
          `the enforcement_mode of the cbr rule on ${cloudant.address} is an expression`,
        );
      return nonCompliant(
        path,
        rules.length > 0
          ? `the cbr rules on ${cloudant.address} are not enforced, got enforcement_mode ${JSON.stringify(modes)}`
          : `no ibm_cbr_rule in this stack restricts ${cloudant.address}`,
      );
    });
  },
};

/** CBR rules whose resources name the instance, or all Cloudant instances of the account. */
function covering(document: TerraformDocument, cloudant: RenderedResource): RenderedResource[] {
  return document.ofType("ibm_cbr_rule").filter((rule) => {
    const resources = Array.isArray(rule.body.resources) ? rule.body.resources : [];
    return resources.some((res) => {
      const attrs = isRecord(res) && Array.isArray(res.attributes) ? res.attributes : [];
      const named = (n: string) =>
        attrs.filter((a) => isRecord(a) && a.name === n).map((a) => a.value);
      const instances = named("serviceInstance");
      if (instances.some((v) => document.resolve(v)?.address === cloudant.address)) return true;
      return instances.length === 0 && named("serviceName").includes("cloudantnosqldb");
    });
  });
}
