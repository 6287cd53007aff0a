import {
  blockKind,
  holdsSecret,
  isVendoredKind,
  namesASecret,
  RenderedResource,
  schemaAttributePath,
} from "../contracts";
import { RenderedAgent, Rule, RuleContext, RuleOutcome, RuleStatus, Severity } from "./rule";
import { manifestSecretReferences } from "./util/manifest-queries";
import { blockStrings, describeOrigin, secretOrigins } from "./util/secret-flow";
import { cannotVerify, compliant, nonCompliant, outcome, Verdict } from "./util/verdicts";

/** Attributes no provider marks sensitive, judged also on blocks whose schema is not vendored. */
const NEVER_SECRET = new Set([
  "tags",
  "access_tags",
  "name",
  "description",
  "labels",
  "display_name",
]);

/**
 * VAW-SECRET-4 (docs/threat-model.md#t36): a secret (a sensitive variable, a
 * `Secret`, or an attribute the provider schema marks sensitive, followed
 * through locals, interpolations and function calls) reaches only attributes
 * that hold secrets: never tags, names, descriptions, labels, literal
 * environment variables or agent manifest fields. Not acknowledgeable.
 */
export const secretsReachOnlySecretAttributes: Rule = {
  id: "VAW-SECRET-4",
  severity: Severity.ERROR,
  title: "Secrets flow only into attributes that hold secrets",
  explanation:
    "Terraform keeps a value's sensitivity only where the provider schema marks the attribute sensitive. A password, API key " +
    "or credential interpolated into a tag, a name, a description, a literal Code Engine environment variable or an agent " +
    "manifest field is stored in state in plain text, shown by the IBM Cloud console and API to every reader of the resource, " +
    "and, for the manifest, copied by the operator into the dashboard. The rule follows the value, not its name: it looks " +
    "through locals, string templates and function calls such as base64encode in the rendered JSON, overrides included. " +
    "For a resource type whose provider schema is not vendored, tags, names, descriptions and labels still count as leaks, an " +
    "attribute named for a secret (adminpassword, api_key) may receive one, and any other is reported as cannot-verify. " +
    "Module inputs are not judged: the module's own variable declarations decide what it does with them.",
  fix:
    "pass the secret only to the attribute meant for it (a resource key's credentials, an ibm_code_engine_secret's data, " +
    "a Secrets Manager payload, a SIP credential's password, a manifest secret reference) and reference that from the " +
    "consumer; never build tags, names, descriptions or literal environment variables from it",
  docUrl:
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
  acknowledgeable: false,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const d = context.document;
    const agents = new Map(context.agents.map((a) => [a.resource.address, a]));
    const out: RuleOutcome[] = [];
    for (const r of [...d.all, ...d.providerBlocks]) {
      const agent = agents.get(r.address);
      const skip = agent ? secretReferencePaths(agent) : [];
      const verdicts: Verdict[] = [];
      for (const { attributePath, value } of blockStrings(r)) {
        if (skip.some((p) => attributePath === p || attributePath.startsWith(`${p}.`))) continue;
        const origins = secretOrigins(d, value);
        if (origins.length === 0) continue;
        const sources = origins.map(describeOrigin).join(", ");
        verdicts.push(judge(r, attributePath, sources, agent !== undefined));
      }
      const bad = verdicts.filter((v) => v.status !== RuleStatus.COMPLIANT);
      if (bad.length) out.push(...bad.map((v) => outcome(r, v)));
      else out.push(outcome(r, compliant(verdicts[0]?.attributePath)));
    }
    return out;
  },
};

/** The manifest's secret reference fields (`input.sms.smsProviderPassword` …): judged by VAW-CRED-3, not here. */
function secretReferencePaths(agent: RenderedAgent): string[] {
  return manifestSecretReferences(agent.manifest).map(([path]) => `input.${path}`);
}

function judge(r: RenderedResource, path: string, sources: string, manifest: boolean): Verdict {
  const kind = blockKind(r);
  if (holdsSecret(kind, path)) return compliant(path);
  if (manifest && path.startsWith("input."))
    return nonCompliant(
      path,
      `agent manifest field ${path.slice("input.".length)} receives the secret ${sources}; the manifest is shown in plans, ` +
        "stored in state and copied into the dashboard in plain text; only secret reference fields may name a secret",
    );
  const top = schemaAttributePath(path).split(".")[0];
  const leaf = schemaAttributePath(path).split(".").pop() ?? top;
  if (!isVendoredKind(kind) && !NEVER_SECRET.has(top)) {
    if (namesASecret(leaf)) return compliant(path);
    return cannotVerify(
      path,
      `${path} of ${r.address} receives the secret ${sources}; the schema of ${kind} is not vendored, so whether it holds secrets cannot be told`,
    );
  }
  return nonCompliant(
    path,
    `${path} of ${r.address} receives the secret ${sources}; the provider schema does not mark ${kind}.${schemaAttributePath(path)} ` +
      "sensitive, so terraform stores and shows it in plain text",
  );
}
