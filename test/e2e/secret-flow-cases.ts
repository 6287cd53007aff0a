/**
 * End-to-end cases of the secret-flow rules (VAW-SECRET-3, VAW-SECRET-4): a
 * secret from a sensitive variable reaching an attribute that shows it (a
 * tag, an agent's description, a Code Engine environment variable whose name
 * says nothing), through the library's constructs, overrides, locals,
 * templates, function calls and raw resources; and a plain variable feeding
 * an attribute that holds a secret.
 */
import { Fn, TerraformLocal, TerraformStack, TerraformVariable } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { agentStack, resourceAt, secretVariable } from "./e2e-kit";
import { RuleCase } from "./rule-case";

/** A raw (not library-made) Cloud Object Storage instance with these tags. */
function rawInstance(stack: TerraformStack, tags: (stack: TerraformStack) => string[]) {
  agentStack(stack);
  new ResourceInstance(stack, "raw", {
    name: "voice-recordings",
    service: "cloud-object-storage",
    plan: "standard",
    location: "global",
    tags: tags(stack),
  });
}

/** Secret-flow cases. */
export const SECRET_FLOW_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-SECRET-4",
    when: "a sensitive variable is interpolated into the event target's cloudant tags",
    fixedWhen: "the tags hold no secret",
    level: "error",
    at: "events/Resource",
    insecure: (stack) => {
      agentStack(stack, { cloudant: { tags: ["team:voice"] } });
      const key = secretVariable(stack, "partner_api_key");
      resourceAt(stack, "events/Resource").addOverride("tags", [`key:${key.value}`]);
    },
    fixed: (stack) => {
      agentStack(stack, { cloudant: { tags: ["team:voice"] } });
      secretVariable(stack, "partner_api_key");
    },
  },
  {
    ruleId: "VAW-SECRET-4",
    when: "an agent's description carries a sensitive variable into the manifest",
    fixedWhen: "the description is plain text",
    level: "error",
    at: "agent/Manifest",
    insecure: (stack) =>
      agentStack(stack, {
        agent: () => ({ description: `billing line ${secretVariable(stack, "pin").value}` }),
      }),
    fixed: (stack) => agentStack(stack, { agent: () => ({ description: "billing line" }) }),
  },
  {
    ruleId: "VAW-SECRET-4",
    when: "a Code Engine SOE gets a sensitive variable as a literal environment value under an innocent name",
    fixedWhen: "the value goes in secretEnvironment",
    level: "error",
    at: "soe/Resource",
    insecure: (stack) =>
      agentStack(stack, {
        codeEngineSoe: { environment: { UPSTREAM_LABEL: secretVariable(stack, "upstream").value } },
      }),
    fixed: (stack) =>
      agentStack(stack, {
        codeEngineSoe: { secretEnvironment: { UPSTREAM_LABEL: secretVariable(stack, "upstream") } },
      }),
  },
  {
    ruleId: "VAW-SECRET-4",
    when: "a raw resource's tags read a local built from base64encode of a sensitive variable",
    fixedWhen: "the local holds no secret",
    level: "error",
    at: "raw",
    insecure: (stack) =>
      rawInstance(stack, (s) => {
        const token = secretVariable(s, "bucket_token");
        const local = new TerraformLocal(s, "label", `cos-${Fn.base64encode(token.value)}`);
        return [local.asString];
      }),
    fixed: (stack) =>
      rawInstance(stack, (s) => [new TerraformLocal(s, "label", "cos-recordings").asString]),
  },
  {
    ruleId: "VAW-SECRET-3",
    when: "a variable that is not sensitive feeds a provider's api key",
    fixedWhen: "the variable is sensitive",
    level: "warning",
    at: "classic_key",
    insecure: (stack) => {
      agentStack(stack);
      const key = new TerraformVariable(stack, "classic_key", { type: "string" });
      new IbmProvider(stack, "classic", { alias: "classic", ibmcloudApiKey: key.stringValue });
    },
    fixed: (stack) => {
      agentStack(stack);
      const key = new TerraformVariable(stack, "classic_key", { type: "string", sensitive: true });
      new IbmProvider(stack, "classic", { alias: "classic", ibmcloudApiKey: key.stringValue });
    },
  },
];
