import { isTerraformExpression, parseTransferTarget, sipHostOf } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { transferTargets } from "./util/manifest-queries";
import { shown } from "./util/rendered-values";
import { Verdict, cannotVerify, combine, compliant, nonCompliant, perAgent } from "./util/verdicts";

/**
 * VAW-XFER-1 (docs/threat-model.md#t12): the default and allowed transfer
 * targets are valid international numbers, dialled as `tel:+<number>` or as
 * `sip:+<number>@<the trunk's termination host>` (read by core's
 * transfer-target parser, the one props validation uses). Whether the
 * number is a business line is VAW-XFER-4's question.
 */
export const transferTargetsOnOwnTrunk: Rule = {
  id: "VAW-XFER-1",
  severity: Severity.ERROR,
  title: "Transfer targets are valid international numbers reached through the agent's own trunk",
  explanation:
    "A transfer is a SIP REFER: the provider connects the caller to whatever the URI names. IBM documents targets as " +
    "sip:+<number>@<your trunk's termination URI> or tel:+<number>. A target that is no valid number fails the transfer; a " +
    "SIP target on another host hands the caller (and the call's PII) to a party outside the trunk, off the secured path.",
  fix: "use tel:+<number> or sip:+<number>@<host of sipTrunk.terminationUri> for defaultTransferTarget and every allowedTransferTargets entry, the number in international form (+, country code, 8 to 15 digits)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#calltransfer_infosec",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const termination = manifest.sipTrunk?.terminationUri;
      return combine(transferTargets(manifest).map((t) => judge(t.path, t.target, termination)));
    });
  },
};

function judge(path: string, target: unknown, termination: unknown): Verdict {
  if (typeof target !== "string" || isTerraformExpression(target))
    return cannotVerify(path, `the transfer target is an expression, got ${shown(target)}`);
  const parsed = parseTransferTarget(target);
  if (!parsed.ok)
    return nonCompliant(
      path,
      `${shown(target)} must be tel:+<number> or sip:+<number>@<trunk termination host>: it ${parsed.reason}`,
    );
  if (parsed.kind === "tel") return compliant(path);
  if (termination === undefined || termination === "")
    return nonCompliant(
      path,
      `${shown(target)} is a sip target but the trunk declares no terminationUri`,
    );
  if (typeof termination !== "string" || isTerraformExpression(termination))
    return cannotVerify(
      "sipTrunk.terminationUri",
      `terminationUri is an expression, got ${shown(termination)}`,
    );
  const trunkHost = sipHostOf(termination);
  if (trunkHost === undefined)
    return nonCompliant(
      "sipTrunk.terminationUri",
      `terminationUri ${shown(termination)} is not a sip uri or host name`,
    );
  if (parsed.host === trunkHost) return compliant(path);
  return nonCompliant(
    path,
    `${shown(target)} leaves the trunk: its host must be ${shown(trunkHost)}, the trunk's termination`,
  );
}
