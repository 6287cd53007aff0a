import { isTerraformExpression } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { whenOutbound } from "./util/manifest-queries";
import { renderedBoolean, shown } from "./util/rendered-values";
import { Verdict, cannotVerify, combine, compliant, nonCompliant, perAgent } from "./util/verdicts";

const PATH = "outboundCalling.secureTrunking";

/**
 * VAW-OUT-1 (docs/threat-model.md#t2): outbound calling's `Secure trunking`
 * flag matches the trunk (SRTP media), and the provisioned Twilio trunk's
 * `secure` setting when the stack provisions it.
 */
export const outboundSecureTrunkingMatchesTrunk: Rule = {
  id: "VAW-OUT-1",
  severity: Severity.ERROR,
  title: "Outbound calling's Secure trunking setting matches the SIP trunk",
  explanation:
    "IBM requires the provider side to be configured the same way as the instance's Secure trunking flag. If the flag is on " +
    "and the trunk is not secured, outbound calls fail; if the trunk secures inbound calls but the flag is off, outbound " +
    "calls run with unencrypted media while inbound ones are protected.",
  fix: "turn Secure trunking on for outbound calling and use srtp on the trunk (Twilio: secure = true), or make both match",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-enable-outbound-calling",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const gate = whenOutbound(manifest);
      if (gate) return gate;
      const flagValue = manifest.outboundCalling.secureTrunking;
      const secure = renderedBoolean(flagValue);
      if (secure === "expression")
        return cannotVerify(PATH, `secureTrunking is an expression, got ${shown(flagValue)}`);
      const trunk = manifest.sipTrunk;
      if (!trunk)
        return cannotVerify(
          "sipTrunk",
          "the manifest has no sip trunk, so its security setting is unknown",
        );
      if (isTerraformExpression(trunk.media))
        return cannotVerify("sipTrunk.media", `media is an expression, got ${shown(trunk.media)}`);
      const trunkSecure = String(trunk.media).toLowerCase() === "srtp";
      const verdicts: Verdict[] = [];
      if ((secure === true) !== trunkSecure)
        verdicts.push(
          nonCompliant(
            PATH,
            secure === true
              ? `secure trunking is on for outbound calls but the trunk's media is ${shown(trunk.media)}; outbound calls fail`
              : "the trunk uses srtp but outbound secure trunking is off; outbound calls would not be secured",
          ),
        );
      const provisioned = context.document.resolve(trunk.provisionedTrunk);
      if (provisioned?.type === "twilio_trunking_trunks_v1") {
        const twilio = renderedBoolean(provisioned.body.secure);
        if (twilio === "expression")
          verdicts.push(
            cannotVerify(
              "sipTrunk.provisionedTrunk",
              `secure of ${provisioned.address} is an expression`,
            ),
          );
        else if ((twilio === true) !== (secure === true))
          verdicts.push(
            nonCompliant(
              "sipTrunk.provisionedTrunk",
              `secure of ${provisioned.address} is ${shown(provisioned.body.secure)} but outbound secure trunking is ${String(secure === true)}`,
            ),
          );
      }
      return combine([compliant(PATH), ...verdicts]);
    });
  },
};
