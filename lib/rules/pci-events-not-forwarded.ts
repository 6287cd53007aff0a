import { Rule, RuleContext, RuleOutcome, RuleStatus, Severity } from "./rule";
import { forwarding, handles, whenForwarding } from "./util/manifest-queries";
import { compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-EVT-2 (docs/threat-model.md#t29): agents whose callers may give card
 * data forward neither transcription nor turn events. CDR events stay allowed.
 */
export const pciEventsNotForwarded: Rule = {
  id: "VAW-EVT-2",
  severity: Severity.ERROR,
  title: "Agents that take card data forward no transcription or turn events",
  explanation:
    "Transcription events hold every recognised utterance and turn events the full Watson Assistant response, so a card " +
    "number said aloud or typed as DTMF lands in Cloudant as plain text. Cloudant advises client-side encryption for such " +
    "data, which Voice Agent with Watson cannot apply, and IBM's information security page warns that reporting events " +
    "can include PCI DSS data.",
  fix: "turn off transcriptionEvents and turnEvents for the agent, or de-identify card data in a service orchestration engine and acknowledge with that reason",
  docUrl:
    "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#infosec_event_forwarding",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      if (!handles(manifest, "PCI")) return notApplicable();
      const types = ["transcriptionEvents", "turnEvents"] as const;
      const gate = whenForwarding(manifest, types);
      if (gate?.status === RuleStatus.NOT_APPLICABLE) return compliant("eventForwarding");
      if (gate) return gate;
      const on = forwarding(manifest).on.filter((t) => t !== "cdrEvents");
      return nonCompliant(
        `eventForwarding.${on[0]}.enabled`,
        `the agent handles pci data and forwards ${on.join(" and ")}, which carry what callers say`,
      );
    });
  },
};
