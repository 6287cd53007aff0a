import { isTerraformExpression } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { TWILIO_TRUNK } from "./util/provisioning-rule-helpers";
import { transferTargets } from "./util/manifest-queries";
import { shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/** Twilio's default when `transfer_mode` is not sent. */
const TWILIO_DEFAULT = "disable-all";

/**
 * VAW-TWILIO-5 (docs/threat-model.md#t12): an agent's provisioned Twilio trunk
 * allows call transfers to the telephone network (`enable-all`) exactly when
 * the agent declares transfer targets.
 */
export const twilioTransferModeMatchesAgent: Rule = {
  id: "VAW-TWILIO-5",
  severity: Severity.WARNING,
  title: "A Twilio trunk accepts call transfers exactly when its agent transfers calls",
  explanation:
    "The agent transfers a call with a SIP REFER to sip:+<number>@<termination host> or tel:+<number>; Twilio completes it " +
    "over the telephone network only with Call Transfer and Allow Call Transfers to the PSTN on (transfer_mode enable-all). " +
    "With transfers off the caller is cut off (or hears the failure message); with transfers on for an agent that declares " +
    "no target, the dialog can hand callers to any number, billed to the account.",
  fix: "give the TwilioSipTrunk transferMode ENABLE_ALL when the agent has a default or allowed transfer target, DISABLE_ALL otherwise",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-call-transfer",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const trunk = context.document.resolve(manifest.sipTrunk?.provisionedTrunk);
      if (trunk?.type !== TWILIO_TRUNK) return notApplicable();
      const mode = trunk.body.transfer_mode ?? TWILIO_DEFAULT;
      const path = "sipTrunk.provisionedTrunk";
      if (isTerraformExpression(mode))
        return cannotVerify(
          path,
          `transfer_mode of ${trunk.address} is an expression, got ${shown(mode)}`,
        );
      const targets = transferTargets(manifest).length;
      if (targets > 0 && mode !== "enable-all")
        return nonCompliant(
          path,
          `the agent has ${targets} transfer target(s) but ${trunk.address} has transfer_mode ${shown(mode)}; transfers to numbers fail`,
        );
      if (targets === 0 && mode !== "disable-all")
        return nonCompliant(
          path,
          `the agent declares no transfer target but ${trunk.address} has transfer_mode ${shown(mode)}; the dialog could transfer callers to any number`,
        );
      return compliant(path);
    });
  },
};
