import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { TERMINATION_ASSOCIATIONS, trunkOf, TWILIO_TRUNK } from "./util/provisioning-rule-helpers";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-TWILIO-3 (docs/threat-model.md#t11): every Twilio trunk's termination is
 * protected by a credential list or an IP access-control list associated in
 * this stack.
 */
export const twilioTerminationAuthenticated: Rule = {
  id: "VAW-TWILIO-3",
  severity: Severity.ERROR,
  title:
    "Twilio trunks protect their termination with a credential list or an IP access-control list",
  explanation:
    "A trunk's termination URI places calls billed to the account. Twilio requires at least one authentication scheme on it " +
    "(a credential list and/or an IP access-control list); without one, anyone who learns the URI can place calls (toll " +
    "fraud). A termination URI can be added in the console at any time, so an unprotected trunk is one click from open.",
  fix: "associate an ip access-control list of the voice agent outbound addresses (twilio_trunking_trunks_ip_access_control_lists_v1) and/or a credential list (twilio_trunking_trunks_credential_lists_v1) with the trunk; TwilioSipTrunk does by default",
  docUrl: "https://www.twilio.com/docs/sip-trunking#termination",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const d = context.document;
    const associations = TERMINATION_ASSOCIATIONS.flatMap((t) => d.ofType(t));
    return d.ofType(TWILIO_TRUNK).map((trunk) => {
      const mine = associations.filter(
        (a) => trunkOf(d, a.body.trunk_sid)?.address === trunk.address,
      );
      if (mine.length > 0) return outcome(trunk, compliant("domain_name"));
      if (associations.some((a) => trunkOf(d, a.body.trunk_sid) === undefined))
        return outcome(
          trunk,
          cannotVerify(
            "domain_name",
            `termination associations name trunks that are not in this stack, so whether one is ${trunk.address} is not known`,
          ),
        );
      return outcome(
        trunk,
        nonCompliant(
          "domain_name",
          `${trunk.address} has neither a credential list nor an ip access-control list on its termination: anyone who learns the termination uri can place calls billed to the account`,
        ),
      );
    });
  },
};
