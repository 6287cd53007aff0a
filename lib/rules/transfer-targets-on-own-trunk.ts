import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { transferTargets } from "./util/manifest-queries";
import { isExpr, shown } from "./util/rendered-values";
import { sipHost } from "./util/uris";
import { Verdict, cannotVerify, combine, compliant, nonCompliant, perAgent } from "./util/verdicts";

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * VAW-XFER-1 (docs/threat-model.md#t12): the default and allowed transfer
 * targets are E.164 numbers, dialled as `tel:+<E.164>` or as
 * `sip:+<E.164>@<the trunk's termination host>`. Whether a number is a
 * business line cannot be seen in configuration: the declared list is the
 * allow-list a reviewer approves.
 */
export const transferTargetsOnOwnTrunk: Rule = {
  id: "VAW-XFER-1",
  severity: Severity.ERROR,
  title: "Transfer targets are E.164 business numbers reached through the agent's own trunk",
  explanation:
    "A transfer is a SIP REFER: the provider connects the caller to whatever the URI names. IBM says never to use a personal " +
    "number as a transfer target, and documents targets as sip:+<number>@<your trunk's termination URI> or tel:+<number>. A " +
    "SIP target on another host hands the caller (and the call's PII) to a party outside the trunk, off the secured path.",
  fix: "use tel:+<E.164> or sip:+<E.164>@<host of sipTrunk.terminationUri> for defaultTransferTarget and every allowedTransferTargets entry, and list only business numbers",
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
  if (typeof target !== "string" || isExpr(target))
    return cannotVerify(path, `the transfer target is an expression, got ${shown(target)}`);
  const tel = /^tel:([^;]*)/i.exec(target.trim());
  if (tel) {
    const number = tel[1].replace(/[-.() ]/g, "");
    if (E164.test(number)) return compliant(path);
    return nonCompliant(path, `${shown(target)} must be tel:+<e.164 number>`);
  }
  const sip = /^sips?:([^@]*)@/i.exec(target.trim());
  if (!sip || !E164.test(sip[1]))
    return nonCompliant(
      path,
      `${shown(target)} must be tel:+<e.164> or sip:+<e.164>@<trunk termination host>`,
    );
  if (termination === undefined || termination === "")
    return nonCompliant(
      path,
      `${shown(target)} is a sip target but the trunk declares no terminationUri`,
    );
  if (typeof termination !== "string" || isExpr(termination))
    return cannotVerify(
      "sipTrunk.terminationUri",
      `terminationUri is an expression, got ${shown(termination)}`,
    );
  if (sipHost(target) === sipHost(termination)) return compliant(path);
  return nonCompliant(
    path,
    `${shown(target)} leaves the trunk: its host must be ${shown(sipHost(termination))}, the trunk's termination`,
  );
}
