import { TerraformVariable } from "cdktf";
import { CodeEngineApp } from "../../.gen/providers/ibm/code-engine-app";
import { CodeEngineSecret } from "../../.gen/providers/ibm/code-engine-secret";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { SmUsernamePasswordSecret } from "../../.gen/providers/ibm/sm-username-password-secret";
import { ApiAccountsSipCredentialListsCredentials } from "../../.gen/providers/twilio/api-accounts-sip-credential-lists-credentials";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import { VoiceAgentGuard } from "../../lib/guard";
import { noLiteralSecrets as rule } from "../../lib/rules/no-literal-secrets";
import { RuleStatus } from "../../lib/rules/rule";
import { appAndStack, findings, statuses } from "./resource-rule-kit";

const secretVar = (stack: any, id: string) =>
  new TerraformVariable(stack, id, { type: "string", sensitive: true });

describe("VAW-SECRET-1 secrets are never literal strings in the configuration", () => {
  test("passes secrets given as references to sensitive variables", () => {
    const { stack } = appAndStack("guarded", {}, false);
    new IbmProvider(stack, "ibm", {
      ibmcloudApiKey: secretVar(stack, "api_key").stringValue,
      region: "us-south",
    });
    new TwilioProvider(stack, "twilio", {
      username: "AC123",
      password: secretVar(stack, "auth_token").stringValue,
    });
    expect(statuses(rule, stack)).toEqual({
      "guarded/ibm": RuleStatus.COMPLIANT,
      "guarded/twilio": RuleStatus.COMPLIANT,
      "guarded/api_key#default": RuleStatus.COMPLIANT,
      "guarded/auth_token#default": RuleStatus.COMPLIANT,
    });
  });

  test("fails a literal API key on the ibm provider, which the schema does not mark sensitive, without showing it", () => {
    const { stack } = appAndStack("guarded", {}, false);
    new IbmProvider(stack, "ibm", {
      ibmcloudApiKey: "0123456789abcdefABCDEF_literal",
      region: "us-south",
    });
    const [f] = findings(stack, "VAW-SECRET-1");
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      constructPath: "guarded/ibm",
      address: "provider.ibm",
      attributePath: "ibmcloud_api_key",
    });
    expect(JSON.stringify(f)).not.toContain("0123456789abcdef");
  });

  test("fails literal values of schema-sensitive arguments, SIP credential passwords and Code Engine secret data", () => {
    const { stack } = appAndStack();
    new SmUsernamePasswordSecret(stack, "sm", {
      instanceId: "guid",
      name: "soe",
      username: "soe",
      password: "plain-password-1",
    });
    new ApiAccountsSipCredentialListsCredentials(stack, "sip", {
      credentialListSid: "CL1",
      username: "agent",
      password: "Plain-Password-12",
    });
    new CodeEngineSecret(stack, "registry", {
      projectId: "p",
      name: "registry",
      format: "registry",
      data: { username: "iamapikey", password: "literal-key", server: "icr.io" },
    });
    expect(statuses(rule, stack)).toMatchObject({
      "guarded/sm#password": RuleStatus.NON_COMPLIANT,
      "guarded/sip#password": RuleStatus.NON_COMPLIANT,
      "guarded/registry#data.password": RuleStatus.NON_COMPLIANT,
    });
    expect(statuses(rule, stack)["guarded/registry#data.username"]).toBeUndefined();
  });

  test("fails a literal secret-named environment variable of a Code Engine app, not other literals", () => {
    const { stack } = appAndStack();
    new CodeEngineApp(stack, "soe", {
      projectId: "p",
      name: "soe",
      imageReference: "icr.io/ns/soe@sha256:" + "a".repeat(64),
      runEnvVariables: [
        { type: "literal", name: "LOG_LEVEL", value: "info" },
        { type: "literal", name: "SOE_PASSWORD", value: "hunter2-literal" },
        { type: "secret_key_reference", name: "WA_APIKEY", reference: "wa", key: "apikey" },
      ],
    });
    expect(statuses(rule, stack)).toEqual({
      "guarded/ibm": RuleStatus.COMPLIANT,
      "guarded/soe#run_env_variables.1.value": RuleStatus.NON_COMPLIANT,
    });
  });

  test("fails a sensitive variable with a literal default", () => {
    const { stack } = appAndStack();
    new TerraformVariable(stack, "soe_password", {
      type: "string",
      sensitive: true,
      default: "changeme-please",
    });
    expect(statuses(rule, stack)["guarded/soe_password#default"]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("passes a secret assembled from an expression (the value is not in the configuration)", () => {
    const { stack } = appAndStack();
    const pw = secretVar(stack, "pw");
    new SmUsernamePasswordSecret(stack, "sm", {
      instanceId: "guid",
      name: "soe",
      username: "soe",
      password: `${pw.stringValue}`,
    });
    expect(statuses(rule, stack)["guarded/sm"]).toBe(RuleStatus.COMPLIANT);
  });

  test("cannot be acknowledged", () => {
    const { stack } = appAndStack();
    expect(() =>
      VoiceAgentGuard.acknowledge(stack, {
        ruleId: "VAW-SECRET-1",
        reason: "it is only a test environment, honest",
      }),
    ).toThrow(
      /VoiceAgentGuard.acknowledge at guarded: ruleId names a rule that cannot be acknowledged/,
    );
  });

  test("an addOverride that writes a literal password is found", () => {
    const { stack } = appAndStack();
    const pw = secretVar(stack, "pw");
    const sm = new SmUsernamePasswordSecret(stack, "sm", {
      instanceId: "guid",
      name: "soe",
      username: "soe",
      password: pw.stringValue,
    });
    sm.addOverride("password", "overridden-literal");
    expect(statuses(rule, stack)["guarded/sm#password"]).toBe(RuleStatus.NON_COMPLIANT);
  });
});
