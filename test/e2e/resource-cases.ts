/**
 * End-to-end cases of the resource rules (VAW-CLOUDANT-1/2, VAW-KEY-1,
 * VAW-SECRET-1/2, VAW-HTTP-1; the secret-flow ones come from
 * secret-flow-cases.ts): conditions the library's constructs never produce, reached through `addOverride` escape hatches or through the
 * user's own Terraform elements next to them.
 */
import { TerraformOutput, TerraformStack } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { DataClass, ServiceRole } from "../../lib";
import { agentStack, resourceAt, secretVariable } from "./e2e-kit";
import { RuleCase } from "./rule-case";
import { SECRET_FLOW_CASES } from "./secret-flow-cases";

const CLOUDANT = "events/Resource";

function overridden(path: string, attribute: string, value: unknown, dataClasses?: DataClass[]) {
  return (stack: TerraformStack) => {
    agentStack(stack, { dataClasses });
    resourceAt(stack, path).addOverride(attribute, value);
  };
}

/** A second, aliased IBM provider as a user adds one for another account or region. */
function secondProvider(
  stack: TerraformStack,
  settings: Partial<ConstructorParameters<typeof IbmProvider>[2]>,
) {
  agentStack(stack);
  new IbmProvider(stack, "classic", { alias: "classic", region: "us-south", ...settings });
}

/** An output of the agent's SIP authentication API key. */
function sipKeyOutput(stack: TerraformStack, sensitive: boolean) {
  const { agent } = agentStack(stack);
  const key = agent.sipAuthenticationCredential;
  if (!key) throw new Error("the baseline agent has sip authentication on");
  new TerraformOutput(stack, "sip_api_key", { value: key.apiKey.value, sensitive });
}

/** Resource-rule cases. */
export const RESOURCE_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-CLOUDANT-1",
    when: "the event target's cloudant is overridden to legacy credentials",
    fixedWhen: "the cloudant keeps legacy_credentials = false",
    level: "error",
    at: CLOUDANT,
    insecure: overridden(CLOUDANT, "legacy_credentials", true),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-CLOUDANT-1",
    when: "an override removes legacy_credentials from the event target's cloudant",
    fixedWhen: "legacy_credentials = false is rendered",
    level: "error",
    at: CLOUDANT,
    insecure: overridden(CLOUDANT, "legacy_credentials", undefined),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-CLOUDANT-2",
    when: "CORS is turned on for the cloudant of a PII agent's events",
    fixedWhen: "CORS stays off",
    level: "warning",
    at: CLOUDANT,
    insecure: overridden(CLOUDANT, "enable_cors", true),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-CLOUDANT-2",
    when: "CORS is turned on for the cloudant of a PHI agent's events",
    fixedWhen: "CORS stays off for the PHI agent's cloudant",
    level: "error",
    at: CLOUDANT,
    insecure: overridden(CLOUDANT, "enable_cors", true, [DataClass.PHI]),
    fixed: (stack) => agentStack(stack, { dataClasses: [DataClass.PHI] }),
  },
  {
    ruleId: "VAW-KEY-1",
    when: "the SIP authentication credential has the Manager role",
    fixedWhen: "the SIP authentication credential has the Reader role",
    level: "warning",
    at: "agent/SipAuthenticationCredential/Resource",
    insecure: (stack) =>
      agentStack(stack, { agent: () => ({ sipAuthentication: { role: ServiceRole.MANAGER } }) }),
    fixed: (stack) =>
      agentStack(stack, { agent: () => ({ sipAuthentication: { role: ServiceRole.READER } }) }),
  },
  {
    ruleId: "VAW-KEY-1",
    when: "the key that writes call events is overridden to the Manager role",
    fixedWhen: "the events key keeps the Writer role",
    level: "error",
    at: "events/Credential/Resource",
    insecure: overridden("events/Credential/Resource", "role", "Manager"),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-SECRET-1",
    when: "a provider's ibmcloud api key is a literal",
    fixedWhen: "the provider's api key comes from a sensitive variable",
    level: "error",
    at: "classic",
    insecure: (stack) =>
      secondProvider(stack, { ibmcloudApiKey: "0123456789abcdefghijklmnopqrstuvwxyzABCDEF" }),
    fixed: (stack) =>
      secondProvider(stack, { ibmcloudApiKey: secretVariable(stack, "classic_api_key").value }),
  },
  {
    ruleId: "VAW-SECRET-2",
    when: "an output carries the SIP authentication api key without being sensitive",
    fixedWhen: "the output is sensitive",
    level: "error",
    at: "sip_api_key",
    insecure: (stack) => sipKeyOutput(stack, false),
    fixed: (stack) => sipKeyOutput(stack, true),
  },
  {
    ruleId: "VAW-HTTP-1",
    when: "a provider's classic infrastructure endpoint is http",
    fixedWhen: "the endpoint is https",
    level: "error",
    at: "classic",
    insecure: (stack) =>
      secondProvider(stack, { iaasClassicEndpointUrl: "http://api.softlayer.com/rest/v3" }),
    fixed: (stack) =>
      secondProvider(stack, { iaasClassicEndpointUrl: "https://api.softlayer.com/rest/v3" }),
  },
  ...SECRET_FLOW_CASES,
];
