import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { trunkOf } from "./util/provisioning-rule-helpers";
import { isLiteralString, renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, outcome } from "./util/verdicts";

const ORIGINATION = "twilio_trunking_trunks_origination_urls_v1";

/**
 * VAW-TWILIO-2 (docs/threat-model.md#t3, docs/threat-model.md#t4): the
 * origination URLs of a secure Twilio trunk use SIP over TLS
 * (`sip:<host>;transport=tls`). Not acknowledgeable: the SRTP keys travel in
 * the SIP messages.
 */
export const twilioOriginationUsesTls: Rule = {
  id: "VAW-TWILIO-2",
  severity: Severity.ERROR,
  title: "Origination URLs of secure Twilio trunks use SIP over TLS (;transport=tls)",
  explanation:
    "A secure trunk keys SRTP with SDES: the keys travel in the SDP of the SIP messages. An origination URL without " +
    ";transport=tls sends them over UDP or TCP, readable by anyone on the path (and Twilio refuses such calls on a secure " +
    "trunk, error 32209). Twilio takes only sip: origination URLs, so sips: does not work either.",
  fix: "use sip:<region>.voiceagent.cloud.ibm.com;transport=tls (TwilioSipTrunk renders it from the trunk's regions)",
  docUrl: "https://www.twilio.com/docs/sip-trunking#securetrunking",
  acknowledgeable: false,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType(ORIGINATION).map((url) => {
      const sipUrl = url.body.sip_url;
      const tls =
        isLiteralString(sipUrl) && /^\s*sip:/i.test(sipUrl) && /;transport=tls\b/i.test(sipUrl);
      const trunk = trunkOf(context.document, url.body.trunk_sid);
      const secure = renderedBoolean(trunk?.body.secure);
      if (trunk && secure !== true && secure !== "expression") return outcome(url, notApplicable());
      if (tls) return outcome(url, compliant("sip_url"));
      if (!isLiteralString(sipUrl))
        return outcome(
          url,
          cannotVerify("sip_url", `sip_url is an expression, got ${shown(sipUrl)}`),
        );
      if (!trunk || secure === "expression")
        return outcome(
          url,
          cannotVerify(
            "sip_url",
            `${shown(sipUrl)} has no ;transport=tls and whether its trunk is secure is not known here`,
          ),
        );
      return outcome(
        url,
        nonCompliant(
          "sip_url",
          /^\s*sips:/i.test(sipUrl)
            ? `${shown(sipUrl)} uses sips:, which twilio origination does not take; calls to it fail`
            : `${shown(sipUrl)} has no ;transport=tls: the srtp keys of the secure trunk ${trunk.address} would cross the network in clear`,
        ),
      );
    });
  },
};
