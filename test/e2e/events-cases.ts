/**
 * End-to-end cases of the event-forwarding rules (VAW-EVT-1 … VAW-EVT-4) and
 * of the partitioned event database (VAW-CLOUDANT-3).
 */
import { CbrEnforcementMode, DataClass, EventType } from "../../lib";
import { eventDatabaseName } from "../../lib/event-forwarding";
import { agentStack, resourceAt } from "./e2e-kit";
import { RuleCase } from "./rule-case";

const AGENT = "agent/Manifest";

/** The construct id CloudantEventTarget gives the CDR database of the agent "billing". */
const CDR_DATABASE = `events/Database-${eventDatabaseName("billing", EventType.CDR).replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** Event-forwarding cases. */
export const EVENT_CASES: readonly RuleCase[] = [
  {
    // The VoiceAgent construct always renders authentication "apikey" (with the
    // event store's IAM credential): only an override of the manifest can
    // express legacy Cloudant credentials.
    ruleId: "VAW-EVT-1",
    when: "the manifest is overridden to forward events with legacy cloudant credentials",
    fixedWhen: "events are forwarded with the store's iam api key",
    level: "error",
    at: AGENT,
    insecure: (stack) => {
      const { agent } = agentStack(stack);
      agent.manifestResource.addOverride("input.eventForwarding.authentication", "legacy");
    },
    fixed: (stack) => agentStack(stack),
  },
  {
    ruleId: "VAW-EVT-2",
    when: "a PCI agent forwards transcription and turn events",
    fixedWhen: "the PCI agent forwards cdr events only",
    level: "error",
    at: AGENT,
    // the SOE keeps VAW-DATA-2 (an error for PCI agents) out of the way
    insecure: (stack) =>
      agentStack(stack, {
        dataClasses: [DataClass.PCI],
        soe: true,
        events: { cdr: true, transcription: true, turn: true },
      }),
    fixed: (stack) => agentStack(stack, { dataClasses: [DataClass.PCI], soe: true }),
  },
  {
    ruleId: "VAW-EVT-3",
    when: "a PHI agent forwards events to a lite-plan cloudant",
    fixedWhen: "the PHI agent forwards events to a standard-plan cloudant that audits data events",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, {
        dataClasses: [DataClass.PHI],
        cloudant: { plan: "lite", serviceEndpoints: "public" },
      }),
    fixed: (stack) => agentStack(stack, { dataClasses: [DataClass.PHI] }),
  },
  {
    ruleId: "VAW-EVT-3",
    when: "the cloudant of a PHI agent's events is overridden not to audit data events",
    fixedWhen: "the PHI agent's cloudant audits data events",
    level: "error",
    at: AGENT,
    insecure: (stack) => {
      const { store } = agentStack(stack, { dataClasses: [DataClass.PHI] });
      store?.resource.addOverride("include_data_events", false);
    },
    fixed: (stack) => agentStack(stack, { dataClasses: [DataClass.PHI] }),
  },
  {
    ruleId: "VAW-EVT-4",
    when: "no network restriction protects the cloudant of a PHI agent's events",
    fixedWhen: "an enforced network restriction protects the PHI agent's cloudant",
    level: "warning",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, { dataClasses: [DataClass.PHI], networkRestriction: false }),
    fixed: (stack) =>
      agentStack(stack, {
        dataClasses: [DataClass.PHI],
        networkRestriction: CbrEnforcementMode.ENABLED,
      }),
  },
  {
    ruleId: "VAW-EVT-4",
    when: "the network restriction of a PHI agent's cloudant only reports",
    fixedWhen: "the network restriction of the PHI agent's cloudant is enforced",
    level: "warning",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, {
        dataClasses: [DataClass.PHI],
        networkRestriction: CbrEnforcementMode.REPORT,
      }),
    fixed: (stack) =>
      agentStack(stack, {
        dataClasses: [DataClass.PHI],
        networkRestriction: CbrEnforcementMode.ENABLED,
      }),
  },
  {
    // CloudantEventTarget always creates non-partitioned databases: only an
    // override of the database can partition it.
    ruleId: "VAW-CLOUDANT-3",
    when: "the database receiving cdr events is overridden to be partitioned",
    fixedWhen: "the event database is not partitioned",
    level: "error",
    at: CDR_DATABASE,
    acknowledgeAt: "events",
    insecure: (stack) => {
      agentStack(stack);
      resourceAt(stack, CDR_DATABASE).addOverride("partitioned", true);
    },
    fixed: (stack) => agentStack(stack),
  },
];
