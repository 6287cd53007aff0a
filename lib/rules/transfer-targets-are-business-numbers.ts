import {
  isTerraformExpression,
  parseTransferTarget,
  phoneNumberKey,
  phoneNumberTypeLabel,
  transferTargetNumberRisk,
} from "../core";
import { AgentManifest, isRecord } from "../contracts";
import { RenderedAgent, Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { STRICT_FOR_PHI_PCI, severityFor, transferTargets } from "./util/manifest-queries";
import { shown } from "./util/rendered-values";
import {
  cannotVerify,
  combine,
  compliant,
  nonCompliant,
  notApplicable,
  perAgent,
  Verdict,
} from "./util/verdicts";

const BUSINESS_NUMBERS = "callTransfer.businessNumbers";

/**
 * VAW-XFER-4 (docs/threat-model.md#t12): the number of every transfer
 * target (the default and each allowed target; `tel:` or the user part of a
 * `sip:` URI) is a business number, told from its range by libphonenumber's
 * full metadata (core's `transferTargetNumberRisk`):
 *
 * - an error for `MOBILE`, `PERSONAL_NUMBER`, `PAGER` and `VOICEMAIL`;
 * - a warning (an error for PHI and PCI agents, which fail closed) for
 *   `FIXED_LINE_OR_MOBILE` (all of North America), `VOIP` and an unknown
 *   type, unless the number is in `callTransfer.businessNumbers`;
 * - compliant for `FIXED_LINE`, `TOLL_FREE`, `SHARED_COST`, `PREMIUM_RATE`
 *   and `UAN`.
 *
 * A target that is no valid number is VAW-XFER-1's finding, not this rule's.
 */
export const transferTargetsAreBusinessNumbers: Rule = {
  id: "VAW-XFER-4",
  severity: Severity.ERROR,
  title:
    "Transfer targets are business numbers, never mobile, personal, pager or voicemail numbers",
  explanation:
    "IBM says never to use a personal phone number as a transfer target: a transferred caller, and whatever they say next, " +
    "reaches whoever holds the phone. The number's type is read from its range with libphonenumber's metadata. Mobile, " +
    "personal (follow-me), pager and voicemail numbers are errors. Where the range cannot tell (fixed-line-or-mobile, as " +
    "in all of North America; VoIP; an unknown type) it is a warning, an error for PHI and PCI agents, unless the agent " +
    "declares the number in callTransfer.businessNumbers. Fixed-line, toll-free, shared-cost, premium-rate and universal " +
    "access numbers pass.",
  fix: "transfer callers to a fixed line, toll-free or other business number; where its type cannot be told, declare it in the VoiceAgent's callTransfer.businessNumbers",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#calltransfer_infosec",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, (agent) => {
      const declared = businessNumbers(agent.manifest);
      return combine(
        transferTargets(agent.manifest).map(({ path, target }) =>
          judge(agent, path, target, declared),
        ),
      );
    });
  },
};

/** The declared business numbers by E.164, and whether an expression hides any of them. */
interface Declared {
  readonly keys: ReadonlySet<string>;
  readonly unresolved: boolean;
}

function businessNumbers(m: AgentManifest): Declared {
  const ct: unknown = m.callTransfer;
  const list: unknown = isRecord(ct) ? ct.businessNumbers : undefined;
  if (isTerraformExpression(list)) return { keys: new Set(), unresolved: true };
  const items: unknown[] = Array.isArray(list) ? list : [];
  const literal = items.filter((n): n is string => typeof n === "string");
  return {
    keys: new Set(literal.filter((n) => !isTerraformExpression(n)).map(phoneNumberKey)),
    unresolved: literal.some((n) => isTerraformExpression(n)),
  };
}

function judge(agent: RenderedAgent, path: string, target: unknown, declared: Declared): Verdict {
  if (typeof target !== "string" || isTerraformExpression(target))
    return cannotVerify(path, `the transfer target is an expression, got ${shown(target)}`);
  const parsed = parseTransferTarget(target);
  if (!parsed.ok) return notApplicable();
  const { number } = parsed;
  const risk = transferTargetNumberRisk(number.type);
  if (risk === "business") return compliant(path);
  const what = `${shown(target)} dials ${number.international}, a ${phoneNumberTypeLabel(number.type)} number`;
  if (risk === "personal")
    return nonCompliant(
      path,
      `${what}; never transfer callers to a personal number, and no business-number declaration changes its type`,
      Severity.ERROR,
    );
  if (declared.keys.has(number.e164)) return compliant(path);
  if (declared.unresolved)
    return cannotVerify(
      BUSINESS_NUMBERS,
      `${what} and the business numbers are given by an expression`,
    );
  return nonCompliant(
    path,
    `${what}: its range does not tell a business line from a personal one, and ${BUSINESS_NUMBERS} does not declare it`,
    severityFor(agent, Severity.WARNING, STRICT_FOR_PHI_PCI),
  );
}
