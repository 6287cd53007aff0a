import { isTerraformExpression } from "../core";
import { isRecord, RenderedResource } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/** The catalog name of Cloudant, for instances created with `ibm_resource_instance`. */
const CLOUDANT_SERVICE = "cloudantnosqldb";

/**
 * VAW-CLOUDANT-1 (docs/threat-model.md#t28): every Cloudant instance the stack
 * creates uses IAM credentials only. An absent `legacy_credentials` is
 * non-compliant: the service default is true, and the provider always sends
 * the value.
 */
export const cloudantIamOnlyCredentials: Rule = {
  id: "VAW-CLOUDANT-1",
  severity: Severity.ERROR,
  title: "Cloudant instances use IAM credentials only (legacy_credentials = false)",
  explanation:
    "Legacy Cloudant credentials (an account user name and password, or API keys generated inside Cloudant) bypass IBM Cloud IAM: " +
    "access policies, service IDs, key rotation and Activity Tracker attribution do not apply to them. The service creates them " +
    "unless legacy_credentials is set to false, so an omitted argument is as insecure as true.",
  fix:
    'set legacy_credentials = false on ibm_cloudant (or parameters = { legacyCredentials = "false" } on an ibm_resource_instance ' +
    "of cloudantnosqldb) and give applications IAM service credentials (ibm_resource_key) instead",
  docUrl: "https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const cloudants = context.document
      .ofType("ibm_cloudant")
      .map((r) => judge(r, "legacy_credentials", r.body.legacy_credentials));
    const instances = context.document
      .ofType("ibm_resource_instance")
      .filter((r) => r.body.service === CLOUDANT_SERVICE)
      .map((r) => judgeInstance(r));
    return [...cloudants, ...instances];
  },
};

function judge(r: RenderedResource, attributePath: string, value: unknown): RuleOutcome {
  const v = renderedBoolean(value);
  if (v === false) return outcome(r, compliant(attributePath));
  if (v === "expression")
    return outcome(
      r,
      cannotVerify(attributePath, `${attributePath} is an expression, got ${shown(value)}`),
    );
  const why = v === "absent" ? " (absent means the service default, true)" : "";
  return outcome(
    r,
    nonCompliant(attributePath, `${attributePath} must be false, got ${shown(value)}${why}`),
  );
}

function judgeInstance(r: RenderedResource): RuleOutcome {
  const json = r.body.parameters_json;
  if (typeof json === "string") {
    if (isTerraformExpression(json))
      return outcome(r, cannotVerify("parameters_json", "parameters_json is an expression"));
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return outcome(r, cannotVerify("parameters_json", "parameters_json is not valid JSON"));
    }
    return judge(
      r,
      "parameters_json.legacyCredentials",
      isRecord(parsed) ? parsed.legacyCredentials : undefined,
    );
  }
  const params = isRecord(r.body.parameters) ? r.body.parameters : {};
  return judge(r, "parameters.legacyCredentials", params.legacyCredentials);
}
