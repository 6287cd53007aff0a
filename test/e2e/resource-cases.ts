/**
 * End-to-end cases of the resource rules (VAW-CLOUDANT-1/2, VAW-KEY-1,
 * VAW-SECRET-1/2, VAW-HTTP-1; the secret-flow ones come from
 * secret-flow-cases.ts): conditions the library's constructs never produce, reached through `addOverride` escape hatches or through the
 * user's own Terraform elements next to them.
 */
import { TerraformOutput, TerraformStack } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { IamServicePolicy } from "../../.gen/providers/ibm/iam-service-policy";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { DataClass, ServiceRole, VoiceAgent, VoiceAgentService } from "../../lib";
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
/** A raw `ibm_resource_instance`, as a user writes one next to the library's constructs. */
function rawInstance(
  stack: TerraformStack,
  id: string,
  service: string,
  plan: string,
  parameters?: Record<string, string>,
): ResourceInstance {
  return new ResourceInstance(stack, id, {
    name: id,
    service,
    plan,
    location: "us-south",
    parameters,
  });
}

/** The baseline agent plus a raw IAM policy with `role` on its event store. */
function storePolicy(stack: TerraformStack, role: string): void {
  const { store } = agentStack(stack);
  new IamServicePolicy(stack, "analysts", {
    iamServiceId: "ServiceId-0123",
    roles: [role],
    resources: { service: "cloudantnosqldb", resourceInstanceId: store?.resource.guid },
  });
}

/** The baseline agent plus a raw key with `role` on its Watson Assistant. */
function watsonKey(stack: TerraformStack, role: string): void {
  const { wa } = agentStack(stack);
  new ResourceKey(stack, "wa_key", { name: "wa-key", resourceInstanceId: wa.resource.id, role });
}

/** The baseline agent plus a second agent, through a second handle on the same CRN, taking `number`. */
function secondHandleAgent(stack: TerraformStack, number: string): void {
  const parts = agentStack(stack);
  const again = VoiceAgentService.fromCrn(stack, "va_again", parts.service.instanceCrn);
  const claims = new VoiceAgent(stack, "claims", {
    service: again,
    name: "claims",
    phoneNumbers: ["+1 888 333 5555"],
    assistant: { location1: { service: parts.wa, workspaceId: "ws-1" } },
    speechToText: { location1: { service: parts.stt }, model: "en-US_NarrowbandModel" },
    textToSpeech: { location1: { service: parts.tts }, voice: "en-US_AllisonV3Voice" },
    sipTrunk: parts.trunk,
  });
  claims.manifestResource.addOverride("input.phoneNumbers", [{ number }]);
}

export const RESOURCE_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-INST-1",
    when: "an override gives an agent on a second handle of the instance the first agent's number",
    fixedWhen: "each agent keeps its own number",
    level: "error",
    at: "claims/Manifest",
    insecure: (stack) => secondHandleAgent(stack, "+1 888 333 4444"),
    fixed: (stack) => secondHandleAgent(stack, "+1 888 333 5555"),
  },
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
    when: "a raw cloudantnosqldb instance on a gen 1 plan leaves legacyCredentials out",
    fixedWhen: "the raw instance passes legacyCredentials = false",
    level: "error",
    at: "reports",
    insecure: (stack) => {
      agentStack(stack);
      rawInstance(stack, "reports", "cloudantnosqldb", "standard");
    },
    fixed: (stack) => {
      agentStack(stack);
      rawInstance(stack, "reports", "cloudantnosqldb", "standard", { legacyCredentials: "false" });
    },
  },
  {
    ruleId: "VAW-CLOUDANT-2",
    when: "CORS is on for a cloudant that receives no call events",
    fixedWhen: "CORS is off there too",
    level: "warning",
    at: "reports",
    insecure: (stack) => {
      agentStack(stack);
      new Cloudant(stack, "reports", { name: "reports", location: "us-south", plan: "standard" });
    },
    fixed: (stack) => {
      agentStack(stack);
      new Cloudant(stack, "reports", {
        name: "reports",
        location: "us-south",
        plan: "standard",
        enableCors: false,
      });
    },
  },
  {
    ruleId: "VAW-CLOUDANT-2",
    when: "CORS is turned on for the cloudant of a PII agent's events",
    fixedWhen: "CORS stays off",
    level: "error",
    at: CLOUDANT,
    insecure: overridden(CLOUDANT, "enable_cors", true),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-EVT-5",
    when: "an override turns data events off on the cloudant of a PII agent's events",
    fixedWhen: "the event target keeps include_data_events = true",
    level: "warning",
    at: CLOUDANT,
    insecure: overridden(CLOUDANT, "include_data_events", false),
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-KEY-2",
    when: "a raw IAM policy grants Manager on the cloudant receiving the agent's events",
    fixedWhen: "the policy grants Writer",
    level: "error",
    at: "analysts",
    insecure: (stack) => storePolicy(stack, "Manager"),
    fixed: (stack) => storePolicy(stack, "Writer"),
  },
  {
    ruleId: "VAW-KEY-3",
    when: "a raw key on the agent's watson assistant has the Administrator role",
    fixedWhen: "the key has the Writer role",
    level: "error",
    at: "wa_key",
    insecure: (stack) => watsonKey(stack, "Administrator"),
    fixed: (stack) => watsonKey(stack, "Writer"),
  },
  {
    ruleId: "VAW-DATA-4",
    when: "a raw watson assistant outside the manifest is on the lite plan",
    fixedWhen: "it is on the enterprise plan",
    level: "warning",
    at: "reports_wa",
    insecure: (stack) => {
      agentStack(stack);
      rawInstance(stack, "reports_wa", "conversation", "lite");
    },
    fixed: (stack) => {
      agentStack(stack);
      rawInstance(stack, "reports_wa", "conversation", "enterprise");
    },
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
