import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { whenOutbound } from "./util/manifest-queries";
import { httpsVerdict } from "./util/uris";
import { perAgent } from "./util/verdicts";

/**
 * VAW-OUT-3 (docs/threat-model.md#t16): the outbound status webhook uses
 * https. Not acknowledgeable: the webhook's basic-auth credentials travel with
 * every callback.
 */
export const outboundStatusWebhookUsesHttps: Rule = {
  id: "VAW-OUT-3",
  severity: Severity.ERROR,
  title: "The outbound calls status webhook uses https",
  explanation:
    "The Outbound calls API posts call lifecycle events (numbers called, states, failures) to the status webhook, with the " +
    "statusWebhookUsername and statusWebhookPassword in basic authentication. Over http both the call data and the " +
    "credentials cross the internet in clear.",
  fix: "serve the status webhook over https and give its https:// url",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-init-outbound",
  acknowledgeable: false,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const gate = whenOutbound(manifest);
      if (gate) return gate;
      return httpsVerdict(
        "outboundCalling.statusWebhookUrl",
        manifest.outboundCalling.statusWebhookUrl,
        "outbound status webhook url",
      );
    });
  },
};
