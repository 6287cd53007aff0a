import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { SECRET_NAME } from "../contracts";
import { compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-SECRET-3 (docs/threat-model.md#t37): input variables whose name says
 * they hold a secret (password, token, API key, secret, private key,
 * credential) are declared sensitive.
 */
export const secretVariablesSensitive: Rule = {
  id: "VAW-SECRET-3",
  severity: Severity.WARNING,
  title: "Variables named like secrets are declared sensitive",
  explanation:
    "Terraform shows the value of a non-sensitive variable in plans and in every expression that uses it, so a password or API " +
    "key passed through it ends up in plan output, CI logs and pull-request comments. Secret.fromVariable refuses such a variable; " +
    "this rule finds the ones declared for other code.",
  fix: 'declare the variable with sensitive: true (new TerraformVariable(scope, id, { type: "string", sensitive: true })); if it holds no secret, rename it',
  docUrl:
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.variableBlocks
      .filter((v) => SECRET_NAME.test(v.name))
      .map((v) =>
        v.body.sensitive === true
          ? outcome(v, compliant("sensitive"))
          : outcome(
              v,
              nonCompliant(
                "sensitive",
                `sensitive must be true for a variable named like a secret, got ${String(v.body.sensitive ?? "undefined")}`,
              ),
            ),
      );
  },
};
