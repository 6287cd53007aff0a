import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import {
  STRICT_FOR_PHI_PCI,
  conversationLocations,
  isVoiceAgent,
  locationKind,
  severityFor,
  whenForwarding,
} from "./util/manifest-queries";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/** The fixed service defaults that send caller identity to Watson Assistant. */
const CALLER_URI_DEFAULTS = [
  "sendSipFromUriToWatsonAssistant",
  "sendSipRequestUriToWatsonAssistant",
  "sendSipToUriToWatsonAssistant",
];

/**
 * VAW-DATA-2 (docs/threat-model.md#t23): a voice agent that forwards turn or
 * transcription events talks to Watson Assistant through an SOE, which can
 * remove the caller SIP URIs the agent sends by default. A warning; an error
 * for PHI and PCI agents.
 */
export const callerUrisKeptFromEventStores: Rule = {
  id: "VAW-DATA-2",
  severity: Severity.WARNING,
  sensitiveDataSeverity: Severity.ERROR,
  title:
    "Voice agents that forward turn or transcription events reach Watson Assistant through an SOE",
  explanation:
    "Voice Agent with Watson sends the SIP From, To and Request URIs (the caller's number) to Watson Assistant on every call, " +
    "a fixed default. They end up in Watson Assistant's logs and, through turn and transcription events, in Cloudant, " +
    "linking every forwarded utterance to a phone number. A service orchestration engine can drop them before Watson " +
    "Assistant and the event stores see them.",
  fix: "put a ServiceOrchestrationEngine in the conversation locations that removes the sip uri context variables, or forward only cdr events",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-default-settings",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, (agent) => {
      const m = agent.manifest;
      if (!isVoiceAgent(m)) return notApplicable();
      const defaults = m.serviceDefaults ?? {};
      if (CALLER_URI_DEFAULTS.every((k) => defaults[k] === false)) return notApplicable();
      const gate = whenForwarding(m, ["transcriptionEvents", "turnEvents"]);
      if (gate) return gate;
      const slots = conversationLocations(m);
      const undecided = slots.find((s) => locationKind(s.location) === "expression");
      if (undecided)
        return cannotVerify(`${undecided.path}.serviceType`, "serviceType is an expression");
      const direct = slots.filter((s) => locationKind(s.location) !== "soe");
      if (direct.length === 0) return compliant("conversation.location1.serviceType");
      return nonCompliant(
        `${direct[0].path}.serviceType`,
        `turn or transcription events are forwarded and ${direct.map((s) => s.path).join(", ")} ${direct.length === 1 ? "calls" : "call"} watson assistant directly, so caller numbers reach its logs and cloudant`,
        severityFor(agent, Severity.WARNING, STRICT_FOR_PHI_PCI),
      );
    });
  },
};
