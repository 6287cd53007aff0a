import { TerraformVariable } from "cdktf";
import { TerraformDataRecord } from "../../lib/core/terraform-data";
import { TrunkingTrunksV1 } from "../../.gen/providers/twilio/trunking-trunks-v1";
import { ApiAccountsIncomingPhoneNumbers } from "../../.gen/providers/twilio/api-accounts-incoming-phone-numbers";
import { VoiceAgentGuard } from "../../lib/guard";
import { endpointsUseHttps as rule } from "../../lib/rules/endpoints-use-https";
import { RuleStatus } from "../../lib/rules/rule";
import { agentManifest, appAndStack, findings, statuses } from "./resource-rule-kit";

describe("VAW-HTTP-1 endpoints in resource arguments use https://", () => {
  test("passes https endpoints", () => {
    const { stack } = appAndStack("guarded", {}, false);
    new TrunkingTrunksV1(stack, "trunk", {
      disasterRecoveryUrl: "https://example.com/twiml",
      secure: true,
    });
    expect(statuses(rule, stack)).toEqual({ "guarded/trunk": RuleStatus.COMPLIANT });
  });

  test("fails an http endpoint, naming the attribute", () => {
    const { stack } = appAndStack("guarded", {}, false);
    new ApiAccountsIncomingPhoneNumbers(stack, "number", {
      phoneNumber: "+15550100",
      smsUrl: "http://sms.example.com/hook",
    });
    const [f] = findings(stack, "VAW-HTTP-1");
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      constructPath: "guarded/number",
      attributePath: "sms_url",
    });
    expect(f.message).toBe('sms_url must be an https:// url, got "http://sms.example.com/hook"');
  });

  test("does not judge a url that is wholly an expression, but does judge a literal http scheme around one", () => {
    const { stack } = appAndStack("guarded", {}, false);
    const host = new TerraformVariable(stack, "host", { type: "string" });
    new ApiAccountsIncomingPhoneNumbers(stack, "token", {
      phoneNumber: "+15550100",
      smsUrl: host.stringValue,
    });
    new ApiAccountsIncomingPhoneNumbers(stack, "scheme", {
      phoneNumber: "+15550101",
      smsUrl: `http://${host.stringValue}/hook`,
    });
    expect(statuses(rule, stack)).toEqual({
      "guarded/token": RuleStatus.COMPLIANT,
      "guarded/scheme#sms_url": RuleStatus.NON_COMPLIANT,
    });
  });

  test("leaves agent manifests to the agent rules", () => {
    const { stack } = appAndStack("guarded", {}, false);
    const m = agentManifest(stack, "agent");
    m.addOverride("input.conversation.location1.url", "http://soe.example.com");
    expect(statuses(rule, stack)).toEqual({});
  });

  test("judges a terraform_data that is not an agent manifest like any other resource", () => {
    const { stack } = appAndStack("guarded", {}, false);
    new TerraformDataRecord(stack, "webhook", {
      input: { callbackUrl: "http://hooks.example.com/voice", schema: "my-own-format" },
    });
    new TerraformDataRecord(stack, "plain", {
      input: { callbackUrl: "https://hooks.example.com/voice" },
    });
    expect(statuses(rule, stack)).toEqual({
      "guarded/webhook#input.callbackUrl": RuleStatus.NON_COMPLIANT,
      "guarded/plain": RuleStatus.COMPLIANT,
    });
    const [f] = findings(stack, "VAW-HTTP-1");
    expect(f).toMatchObject({
      constructPath: "guarded/webhook",
      attributePath: "input.callbackUrl",
    });
  });

  test("an acknowledgement accepts an http endpoint on a private network", () => {
    const { stack } = appAndStack("guarded", {}, false);
    const n = new ApiAccountsIncomingPhoneNumbers(stack, "number", {
      phoneNumber: "+15550100",
      statusCallback: "http://10.0.0.5/status",
    });
    VoiceAgentGuard.acknowledge(n, {
      ruleId: "VAW-HTTP-1",
      reason: "status callback stays inside the private VPC",
    });
    expect(findings(stack, "VAW-HTTP-1")[0]).toMatchObject({
      blocking: false,
      acknowledgement: { constructPath: "guarded/number" },
    });
  });

  test("an addOverride that downgrades an endpoint to http is found", () => {
    const { stack } = appAndStack("guarded", {}, false);
    new TrunkingTrunksV1(stack, "trunk", {
      disasterRecoveryUrl: "https://example.com/twiml",
    }).addOverride("disaster_recovery_url", "http://example.com/twiml");
    expect(statuses(rule, stack)).toEqual({
      "guarded/trunk#disaster_recovery_url": RuleStatus.NON_COMPLIANT,
    });
  });
});
