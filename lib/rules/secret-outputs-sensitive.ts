import { referencesIn, TerraformReference } from "../core";
import { TerraformDocument } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { compliant, nonCompliant, outcome } from "./util/verdicts";
import { secretAttributes } from "./util/sensitive-attributes";

/**
 * VAW-SECRET-2 (docs/threat-model.md#t37): an output whose value references a
 * secret (a sensitive variable, a credential, a secret payload, directly or
 * through locals) is marked sensitive. Not acknowledgeable.
 */
export const secretOutputsSensitive: Rule = {
  id: "VAW-SECRET-2",
  severity: Severity.ERROR,
  title: "Outputs that carry secrets are marked sensitive",
  explanation:
    "Terraform prints non-sensitive outputs after every apply and in `terraform output`, and CI logs keep them. An output built " +
    "from a service credential, a Secrets Manager payload or a sensitive variable would print the secret in clear.",
  fix: "declare the output with sensitive: true (new TerraformOutput(scope, id, { value, sensitive: true })), or do not output the secret",
  docUrl:
    "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output",
  acknowledgeable: false,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const d = context.document;
    return d.outputBlocks.map((o) => {
      if (o.body.sensitive === true) return outcome(o, compliant("sensitive"));
      const ref = referencesIn(o.body.value).find((r) => isSecretReference(d, r, new Set()));
      const secret = ref && shownReference(ref);
      return secret
        ? outcome(
            o,
            nonCompliant(
              "sensitive",
              `sensitive must be true for an output that references ${secret}, got ${String(o.body.sensitive ?? "undefined")}`,
            ),
          )
        : outcome(o, compliant("sensitive"));
    });
  },
};

/** True when a reference reads a secret: a sensitive variable, a secret attribute (or a whole resource having one), or a local built from one. */
export function isSecretReference(
  d: TerraformDocument,
  ref: TerraformReference,
  seen: Set<string>,
): boolean {
  const name = ref.address.split(".").pop() ?? "";
  if (ref.kind === "variable") return d.variables[name]?.sensitive === true;
  if (ref.kind === "local") {
    if (seen.has(name)) return false;
    seen.add(name);
    return referencesIn(d.locals[name]).some((r) => isSecretReference(d, r, seen));
  }
  if (ref.kind !== "resource" && ref.kind !== "data") return false;
  const kind = ref.address.split(".").slice(0, -1).join(".");
  const attr = ref.attributes[0];
  const secrets = secretAttributes(kind);
  return attr === undefined ? secrets.size > 0 : secrets.has(attr);
}

/** A reference as a finding names it: a resource's attribute that holds the secret (`ibm_resource_key.k.credentials`), else the whole traversal. */
function shownReference(ref: TerraformReference): string {
  const named = (ref.kind === "resource" || ref.kind === "data") && ref.attributes.length > 0;
  return named ? `${ref.address}.${ref.attributes[0]}` : ref.traversal;
}
