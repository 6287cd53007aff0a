import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { httpsVerdict } from "./util/uris";
import { combine, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-SMS-1 (docs/threat-model.md#t33): the SMS provider API URL and the
 * inbound SMS webhook use https. Not acknowledgeable: the provider's Auth
 * Token and the agent's API key travel with every request.
 */
export const smsUrlsUseHttps: Rule = {
  id: "VAW-SMS-1",
  severity: Severity.ERROR,
  title: "The SMS provider API URL and the SMS webhook use https",
  explanation:
    "The agent calls the SMS provider API with the provider's account SID and Auth Token in basic authentication, and the " +
    "provider calls the agent's webhook with an IAM API key in the URL. Over http both secrets and every message travel in " +
    "clear. IBM documents https://api.twilio.com and https webhook endpoints.",
  fix: "use https://api.twilio.com (or the provider's https API url) and the https webhook url the manifest gives",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-sms_config_instance",
  acknowledgeable: false,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const sms = manifest.sms;
      if (!sms) return notApplicable();
      return combine([
        httpsVerdict("sms.smsProviderApiUrl", sms.smsProviderApiUrl, "sms provider api url"),
        httpsVerdict("sms.webhookUrl", sms.webhookUrl, "sms webhook url"),
      ]);
    });
  },
};
