import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { agentsOnTrunk, TWILIO_TRUNK } from "./util/provisioning-rule-helpers";
import { renderedBoolean, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-TWILIO-1 (docs/threat-model.md#t2, docs/threat-model.md#t3,
 * docs/threat-model.md#t4): Twilio trunks have Secure Trunking on
 * (`secure = true`): TLS signalling and SRTP media.
 */
export const twilioTrunksUseSecureTrunking: Rule = {
  id: "VAW-TWILIO-1",
  severity: Severity.ERROR,
  title: "Twilio trunks use Secure Trunking (secure = true: TLS signalling and SRTP media)",
  explanation:
    "Without Secure Trunking a Twilio Elastic SIP trunk sends call audio and DTMF tones (card numbers, PINs) as plain RTP and " +
    "its signalling (caller numbers) in clear between Twilio and the agent. The provider sends an unset secure argument as " +
    "false, so leaving it out turns Secure Trunking off.",
  fix: "set secure = true on the twilio_trunking_trunks_v1 (TwilioSipTrunk does unless media is rtp) and use ;transport=tls origination urls",
  docUrl: "https://www.twilio.com/docs/sip-trunking#securetrunking",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType(TWILIO_TRUNK).map((trunk) => {
      const value = trunk.body.secure;
      const v = renderedBoolean(value);
      if (v === true) return outcome(trunk, compliant("secure"));
      if (v === "expression")
        return outcome(
          trunk,
          cannotVerify("secure", `secure is an expression, got ${shown(value)}`),
        );
      const sensitive = agentsOnTrunk(context, trunk)
        .filter((a) => a.dataClasses.includes("PHI") || a.dataClasses.includes("PCI"))
        .map((a) => a.name);
      return outcome(
        trunk,
        nonCompliant(
          "secure",
          `secure must be true, got ${shown(value)}` +
            (v === "absent" ? " (the provider sends an unset secure as false)" : "") +
            "; call audio and signalling cross the network in clear" +
            (sensitive.length
              ? `; agents handling phi or pci use it: ${sensitive.join(", ")}`
              : ""),
        ),
      );
    });
  },
};
