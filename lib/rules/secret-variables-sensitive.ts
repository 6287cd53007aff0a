import {
  blockKind,
  holdsSecret,
  isVendoredKind,
  namesASecret,
  schemaAttributePath,
} from "../contracts";
import { isRecord, TerraformDocument } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { manifestSecretReferences } from "./util/manifest-queries";
import { blockStrings, variableUses } from "./util/secret-flow";
import { compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-SECRET-3 (docs/threat-model.md#t37): an input variable whose value
 * flows into an attribute that holds a secret (a schema-marked sensitive
 * attribute, a provider API key, a SIP credential's password, Code Engine
 * secret data) is declared sensitive. Judged by where the value goes, never
 * by the variable's name.
 */
export const secretVariablesSensitive: Rule = {
  id: "VAW-SECRET-3",
  severity: Severity.WARNING,
  title: "Variables that feed secret-holding attributes are declared sensitive",
  explanation:
    "Terraform shows the value of a non-sensitive variable in plans and in every expression that uses it, so a password or API " +
    "key passed through it ends up in plan output, CI logs and pull-request comments. The rule follows each variable to where " +
    "its value goes (through locals and templates): one that reaches a resource key's credentials, a Secrets Manager payload, " +
    "a provider API key, a SIP credential's password or a Code Engine secret's data carries a secret. A variable is never " +
    "judged by its name: `*_secret_name`, `*_secret_id`, paths and flags are not secrets. Secret.fromVariable refuses a " +
    "non-sensitive variable; this rule finds the ones declared for other code.",
  fix: 'declare the variable with sensitive: true (new TerraformVariable(scope, id, { type: "string", sensitive: true }))',
  docUrl:
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const d = context.document;
    const feeds = secretFeeds(d);
    for (const agent of context.agents)
      for (const [path, ref] of manifestSecretReferences(agent.manifest))
        if (isRecord(ref) && ref.source === "terraform-variable" && typeof ref.address === "string")
          addFeed(
            feeds,
            ref.address.replace(/^var\./, ""),
            `${agent.resource.address}.input.${path}`,
          );
    return d.variableBlocks
      .filter((v) => feeds.has(v.name) && !scalarNonString(v.body))
      .map((v) => {
        if (v.body.sensitive === true) return outcome(v, compliant("sensitive"));
        const sinks = feeds.get(v.name) ?? [];
        const shownSinks = sinks.slice(0, 3).join(", ") + (sinks.length > 3 ? ", …" : "");
        return outcome(
          v,
          nonCompliant(
            "sensitive",
            `sensitive must be true for a variable that feeds ${shownSinks}, which holds a secret, got ${String(v.body.sensitive ?? "undefined")}`,
          ),
        );
      });
  },
};

/** Variable name → the secret-holding attributes (`ibm_x.y.attr`) its value reaches. */
function secretFeeds(d: TerraformDocument): Map<string, string[]> {
  const feeds = new Map<string, string[]>();
  for (const r of [...d.all, ...d.providerBlocks]) {
    const kind = blockKind(r);
    for (const { attributePath, value } of blockStrings(r)) {
      const uses = variableUses(d, value);
      if (uses.length === 0) continue;
      const leaf = schemaAttributePath(attributePath).split(".").pop() ?? "";
      const secret =
        holdsSecret(kind, attributePath) || (!isVendoredKind(kind) && namesASecret(leaf));
      if (secret) for (const use of uses) addFeed(feeds, use.name, `${r.address}.${attributePath}`);
    }
  }
  return feeds;
}

function addFeed(feeds: Map<string, string[]>, variable: string, sink: string): void {
  const list = feeds.get(variable) ?? [];
  if (!list.includes(sink)) feeds.set(variable, [...list, sink]);
}

/** True for a variable typed bool or number (or with such a default): it cannot hold a password or key. */
function scalarNonString(body: Readonly<Record<string, unknown>>): boolean {
  return (
    body.type === "bool" ||
    body.type === "number" ||
    typeof body.default === "boolean" ||
    typeof body.default === "number"
  );
}
