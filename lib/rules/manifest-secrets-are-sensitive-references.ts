import { isRecord, TerraformDocument } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { manifestSecretReferences } from "./util/manifest-queries";
import { shown } from "./util/rendered-values";
import { Verdict, cannotVerify, combine, compliant, nonCompliant, perAgent } from "./util/verdicts";

/**
 * VAW-CRED-3 (docs/threat-model.md#t36): every secret the manifest names (SMS
 * provider password, SOE and other-account passwords) is a reference to a
 * sensitive variable, a Secrets Manager secret or a resource key. Not
 * acknowledgeable: anything else is a secret in plain configuration.
 */
export const manifestSecretsAreSensitiveReferences: Rule = {
  id: "VAW-CRED-3",
  severity: Severity.ERROR,
  title: "Secrets in the agent manifest are references to sensitive stores",
  explanation:
    "The manifest is rendered into cdk.tf.json and shown in every plan. A password in it, or a reference to a Terraform " +
    "variable that is not sensitive, puts the SMS provider's Auth Token or a service password into repositories, plans and " +
    "CI logs. Secrets belong in sensitive variables, Secrets Manager or service credentials, referenced by address.",
  fix: "pass the secret as a Secret (Secret.fromVariable on a sensitive variable, Secret.fromSecretsManager or Secret.fromResourceKey)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-sms_config_instance",
  acknowledgeable: false,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const refs = manifestSecretReferences(manifest);
      return combine(refs.map(([path, ref]) => judge(context.document, path, ref)));
    });
  },
};

function judge(document: TerraformDocument, path: string, ref: unknown): Verdict {
  if (!isRecord(ref) || typeof ref.address !== "string")
    return nonCompliant(path, `${path} is not a secret reference (value not shown)`);
  const { source, address } = ref;
  if (source === "terraform-variable") {
    const name = address.replace(/^var\./, "");
    const variable = document.variables[name];
    if (!variable)
      return cannotVerify(path, `variable ${shown(address)} is not declared in this stack`);
    if (variable.sensitive === true) return compliant(path);
    return nonCompliant(
      path,
      `variable ${shown(address)} must be declared sensitive, got sensitive ${shown(variable.sensitive)}`,
    );
  }
  const expected =
    source === "secrets-manager"
      ? /^ibm_sm_/
      : source === "resource-key"
        ? /^ibm_resource_key$/
        : undefined;
  if (!expected)
    return nonCompliant(
      path,
      `source must be terraform-variable, secrets-manager or resource-key, got ${shown(source)}`,
    );
  const target = document.resolve(address);
  if (!target) return cannotVerify(path, `${shown(address)} is not in this stack`);
  if (expected.test(target.type)) return compliant(path);
  return nonCompliant(
    path,
    `${shown(address)} is a ${target.type}, not a ${String(source)} secret`,
  );
}
