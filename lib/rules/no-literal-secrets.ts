import { RenderedResource } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { isLiteralString } from "./util/rendered-values";
import { compliant, nonCompliant, outcome } from "./util/verdicts";
import { literalSecretPaths } from "./util/literal-secrets";

/**
 * VAW-SECRET-1 (docs/threat-model.md#t36): no password, API key, token or key
 * material is written into the configuration as a literal. Not
 * acknowledgeable.
 */
export const noLiteralSecrets: Rule = {
  id: "VAW-SECRET-1",
  severity: Severity.ERROR,
  title: "Secrets are never literal strings in the configuration",
  explanation:
    "cdk.tf.json is committed, reviewed, attached to CI logs and copied into plans; a literal password, API key, token or key " +
    "payload in it is disclosed to everyone who can read the repository or the pipeline, and cannot be rotated without a code change. " +
    "This covers the arguments the provider schemas mark sensitive, the provider credentials they do not mark (ibmcloud_api_key, " +
    "the Twilio password, SIP credential passwords), Code Engine secret data, secret-named literal environment variables of " +
    "Code Engine apps, and defaults of sensitive variables.",
  fix:
    "pass the value with a Secret (Secret.fromVariable on a sensitive TerraformVariable set through TF_VAR_..., " +
    "Secret.fromSecretsManager, or Secret.fromResourceKey) so that only a ${...} reference is rendered",
  docUrl:
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
  acknowledgeable: false,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const d = context.document;
    const out: RuleOutcome[] = [];
    const judge = (r: RenderedResource, kind: string) => {
      const found = literalSecretPaths(r, kind);
      if (found)
        out.push(...(found.length ? found.map((p) => literal(r, p)) : [outcome(r, compliant())]));
    };
    d.all.forEach((r) => judge(r, r.mode === "data" ? `data.${r.type}` : r.type));
    d.providerBlocks.forEach((p) => judge(p, `provider.${p.type}`));
    for (const v of d.variableBlocks)
      if (v.body.sensitive === true)
        out.push(
          isLiteralString(v.body.default)
            ? literal(v, "default")
            : outcome(v, compliant("default")),
        );
    return out;
  },
};

function literal(r: RenderedResource, attributePath: string): RuleOutcome {
  return outcome(
    r,
    nonCompliant(
      attributePath,
      `${attributePath} is a literal secret in the configuration, got (secret, not shown)`,
    ),
  );
}
