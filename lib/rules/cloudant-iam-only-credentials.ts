import { isTerraformExpression } from "../core";
import { isRecord, RenderedResource, TerraformDocument } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { resolvedBoolean, resolveValue, shown } from "./util/rendered-values";
import { CLOUDANT_SERVICE } from "./util/resource-identity";
import { cannotVerify, compliant, nonCompliant, outcome, Verdict } from "./util/verdicts";

/** Plans of Cloudant Gen 1, where legacy credentials exist (the provider treats every other plan as Gen 2). */
const GEN1_PLANS = ["lite", "standard", "dedicated-hardware"];

/**
 * VAW-CLOUDANT-1 (docs/threat-model.md#t28): every Cloudant instance of the
 * stack uses IAM credentials only. Judged by what Terraform actually sends:
 * on `ibm_cloudant` an omitted `legacy_credentials` is false (the provider's
 * default, always sent to the service); on an `ibm_resource_instance` of
 * `cloudantnosqldb` on a Gen 1 plan an omitted `legacyCredentials`
 * parameter is not sent, and the service's default is true.
 */
export const cloudantIamOnlyCredentials: Rule = {
  id: "VAW-CLOUDANT-1",
  severity: Severity.ERROR,
  title: "Cloudant instances use IAM credentials only (legacy_credentials = false)",
  explanation:
    "Legacy Cloudant credentials (an account user name and password, or API keys generated inside Cloudant) bypass IBM Cloud IAM: " +
    "access policies, service IDs, key rotation and Activity Tracker attribution do not apply to them. The service creates them " +
    "unless it is told legacyCredentials = false. ibm_cloudant always tells it (legacy_credentials defaults to false in the " +
    "provider); an ibm_resource_instance of cloudantnosqldb on a Gen 1 plan (lite, standard, dedicated-hardware) without the " +
    "parameter gets them. Gen 2 plans have no legacy credentials.",
  fix:
    "set legacy_credentials = false on ibm_cloudant (or omit it: the provider sends false); on an ibm_resource_instance of " +
    'cloudantnosqldb set parameters = { legacyCredentials = "false" } (or use ibm_cloudant); give applications IAM service ' +
    "credentials (ibm_resource_key) instead",
  docUrl: "https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const { document } = context;
    const cloudants = document
      .ofType("ibm_cloudant")
      .map((r) =>
        outcome(
          r,
          judge(
            document,
            "legacy_credentials",
            r.body.legacy_credentials,
            "the provider default, false",
          ),
        ),
      );
    const instances = document
      .ofType("ibm_resource_instance")
      .filter((r) => resolveValue(document, r.body.service).value === CLOUDANT_SERVICE)
      .map((r) => outcome(r, judgeInstance(document, r)));
    return [...cloudants, ...instances];
  },
};

/** Judges a legacy-credentials flag; `absent` says what an omitted one means, undefined when it means true. */
function judge(
  document: TerraformDocument,
  attributePath: string,
  value: unknown,
  absent?: string,
): Verdict {
  const { value: v, note } = resolvedBoolean(document, value);
  if (v === false || (v === "absent" && absent !== undefined)) return compliant(attributePath);
  if (v === "expression")
    return cannotVerify(attributePath, `${attributePath} is an expression, got ${shown(value)}`);
  const why = v === "absent" ? " (absent: the service default, true, applies)" : "";
  return nonCompliant(
    attributePath,
    `${attributePath} must be false, got ${shown(value)}${why}${note}`,
  );
}

function judgeInstance(document: TerraformDocument, r: RenderedResource): Verdict {
  const plan = resolveValue(document, r.body.plan).value;
  const gen1 = typeof plan === "string" && GEN1_PLANS.includes(plan.trim().toLowerCase());
  const absent = gen1
    ? undefined
    : typeof plan === "string" && !plan.includes("${")
      ? "gen 2"
      : undefined;
  if (!gen1 && absent === undefined)
    return cannotVerify(
      "plan",
      `the plan is an expression, got ${shown(r.body.plan)}; gen 1 plans create legacy credentials unless told not to`,
    );
  const json = r.body.parameters_json;
  if (typeof json === "string") {
    const text = resolveValue(document, json).value;
    if (typeof text !== "string" || isTerraformExpression(text))
      return cannotVerify("parameters_json", "parameters_json is an expression");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return cannotVerify("parameters_json", "parameters_json is not valid JSON");
    }
    const value = isRecord(parsed) ? parsed.legacyCredentials : undefined;
    return judge(document, "parameters_json.legacyCredentials", value, absent);
  }
  const params = resolveValue(document, r.body.parameters).value;
  const value = isRecord(params) ? params.legacyCredentials : undefined;
  if (params !== undefined && !isRecord(params))
    return cannotVerify(
      "parameters",
      `parameters is an expression, got ${shown(r.body.parameters)}`,
    );
  return judge(document, "parameters.legacyCredentials", value, absent);
}
