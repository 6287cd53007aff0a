import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { STRICT_FOR_PHI_PCI, severityFor, transferTargets } from "./util/manifest-queries";
import { isExpr, shown } from "./util/rendered-values";
import {
  cannotVerify,
  combine,
  compliant,
  nonCompliant,
  notApplicable,
  perAgent,
} from "./util/verdicts";

/**
 * VAW-XFER-2 (docs/threat-model.md#t13): on a trunk with TLS signalling, no
 * SIP transfer target forces UDP or TCP. A warning; an error for PHI and PCI
 * agents.
 */
export const transferKeepsTls: Rule = {
  id: "VAW-XFER-2",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title: "SIP transfer targets of a TLS trunk do not force UDP or TCP",
  explanation:
    "A transfer target's ;transport= parameter tells the provider how to reach the onward leg. On a trunk secured with TLS, " +
    "a target with ;transport=udp or ;transport=tcp sends the transferred call's signalling (caller number, headers, media " +
    "keys) in clear, undoing the trunk's encryption for exactly the calls handed to a person.",
  fix: "remove ;transport=udp / ;transport=tcp from the transfer target (or use ;transport=tls)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-call-transfer",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, (agent) => {
      const transport = agent.manifest.sipTrunk?.signalingTransport;
      if (String(transport).toLowerCase() !== "tls") return notApplicable();
      const severity = severityFor(agent, Severity.WARNING, STRICT_FOR_PHI_PCI);
      return combine(
        transferTargets(agent.manifest).map(({ path, target }) => {
          if (typeof target !== "string" || isExpr(target))
            return cannotVerify(path, `the transfer target is an expression, got ${shown(target)}`);
          if (!/^sips?:/i.test(target.trim())) return notApplicable();
          const forced = /;transport=(udp|tcp)\b/i.exec(target);
          if (!forced) return compliant(path);
          return nonCompliant(
            path,
            `${shown(target)} forces ${forced[1].toLowerCase()} on a tls trunk; the transferred call's signalling would be in clear`,
            severity,
          );
        }),
      );
    });
  },
};
