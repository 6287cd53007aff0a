import { RuleStatus } from "../../lib/rules/rule";
import { smsUrlsUseHttps as rule } from "../../lib/rules/sms-urls-use-https";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-SMS-1 the sms provider api url and the sms webhook use https", () => {
  test("passes https urls", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails an http provider api url", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sms!.smsProviderApiUrl = "http://api.twilio.com";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sms.smsProviderApiUrl",
    });
  });

  test("fails an http webhook url without showing its key part", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sms!.webhookUrl =
        "http://apikey:<API_KEY>@sms-south.voiceagent.cloud.ibm.com/sms.receiver/SmsRecv";
    });
    expect(o.attributePath).toBe("input.sms.webhookUrl");
    expect(o.detail).toContain("http://***@sms-south");
  });

  test("cannot verify an expression url", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sms!.smsProviderApiUrl = "${var.sms_api}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to voice-only agents", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.agentType = "Voice";
      delete s.manifest.sms;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });

  test("cannot be acknowledged", () => {
    expect(rule.acknowledgeable).toBe(false);
  });
});
