import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { describeOrigin, secretOrigins } from "./util/secret-flow";
import { compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-SECRET-2 (docs/threat-model.md#t37): an output whose value reads a
 * secret (a sensitive variable, a credential, a secret payload, directly,
 * through locals or inside a template or function call) is marked sensitive.
 * Not acknowledgeable.
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
      const secrets = secretOrigins(d, o.body.value);
      return secrets.length
        ? outcome(
            o,
            nonCompliant(
              "sensitive",
              `sensitive must be true for an output that reads the secret ${secrets.map(describeOrigin).join(", ")}, got ${String(o.body.sensitive ?? "undefined")}`,
            ),
          )
        : outcome(o, compliant("sensitive"));
    });
  },
};
