/**
 * How the guard covers the threats of the project's threat model
 * (docs/threat-model.md, threats T1, T2, …): each threat is either decided by
 * rules ({@link COVERAGE}) or cannot be decided from configuration
 * ({@link NOT_CHECKABLE}), never both. A test holds this file and the
 * document to the same threats, rule ids and reasons.
 */

/** A threat of docs/threat-model.md the guard cannot decide from configuration, and why. */
export interface NotCheckableThreat {
  /** The threat's id in docs/threat-model.md, e.g. `"T9"` (anchor `#t9`). */
  readonly threat: string;
  /** The threat's title, as the document's heading gives it. */
  readonly title: string;
  /** Why configuration cannot decide it, and what a reviewer should check instead. */
  readonly why: string;
}

/** The threats no rule can decide, in threat order. */
export const NOT_CHECKABLE: readonly NotCheckableThreat[] = [
  {
    threat: "T1",
    title: "Calls intercepted on the telephone network before the SIP provider",
    why:
      "the telephone network is outside the deployment; nothing in it is configured here. Accept the carriers' terms or " +
      "keep card and health data off the phone channel.",
  },
  {
    threat: "T9",
    title: "A forged Voice Agent endpoint accepted by the SIP provider",
    why:
      "certificate verification happens inside the SIP provider and no documented setting controls it. Confirm with the " +
      "provider that it verifies the `voiceagent.cloud.ibm.com` certificate.",
  },
  {
    threat: "T10",
    title: "The dialog trusts a spoofed calling number",
    why:
      "how the dialog or SOE identifies callers is run-time logic. Review that no account data is given out on the calling " +
      "number alone.",
  },
  {
    threat: "T15",
    title: "Outbound calls placed to numbers taken from caller input",
    why:
      "the `to` number is chosen at run time by the code calling the API, which the library does not see. Review that code: " +
      "dial only numbers from your own records, never from a message or a call.",
  },
  {
    threat: "T38",
    title: "Agent configuration changed in the dashboard behind the code's back",
    why:
      "the dashboard's state is not part of the synthesized configuration. Limit who may edit the instance's agents (IAM " +
      "service roles), watch the Activity Tracker events, and compare the dashboard with the manifest after every change.",
  },
  {
    threat: "T39",
    title: "Caller data kept in logs outside the event store",
    why:
      "platform logs are an account-level setting and call logs a dashboard feature, neither modelled by the library. Keep " +
      "platform logs off for accounts with PHI agents and scrub downloads before sharing them.",
  },
];

/**
 * Threat id of docs/threat-model.md → the rule ids that guard against it
 * (agent, resource and provisioning rules, and the guard's own checks).
 */
export const COVERAGE: Readonly<Record<string, readonly string[]>> = {
  T2: ["VAW-SIP-3", "VAW-TWILIO-1", "VAW-OUT-1"],
  T3: ["VAW-SIP-1", "VAW-TWILIO-1", "VAW-TWILIO-2"],
  T4: ["VAW-SIP-2", "VAW-TWILIO-1", "VAW-TWILIO-2"],
  T5: ["VAW-SIP-4"],
  T6: ["VAW-SIP-5"],
  T7: ["VAW-SIP-6"],
  T8: ["VAW-TWILIO-4"],
  T11: ["VAW-OUT-2", "VAW-TWILIO-3"],
  T12: ["VAW-XFER-1", "VAW-TWILIO-5"],
  T13: ["VAW-XFER-2"],
  T14: ["VAW-XFER-3"],
  T16: ["VAW-OUT-3"],
  T17: ["VAW-DATA-3", "VAW-HTTP-1"],
  T18: ["VAW-SOE-1"],
  T19: ["VAW-SOE-2"],
  T20: ["VAW-CE-3", "VAW-CE-4"],
  T21: ["VAW-CE-2"],
  T22: ["VAW-DATA-1"],
  T23: ["VAW-DATA-2"],
  T24: ["VAW-AVAIL-1"],
  T25: ["VAW-TTS-1"],
  T26: ["VAW-SKILL-2"],
  T27: ["VAW-SKILL-1"],
  T28: ["VAW-EVT-1", "VAW-CLOUDANT-1"],
  T29: ["VAW-EVT-2"],
  T30: ["VAW-EVT-3", "VAW-EVT-4", "VAW-CBR-1"],
  T31: ["VAW-CLOUDANT-2"],
  T32: ["VAW-CLOUDANT-3"],
  T33: ["VAW-SMS-1"],
  T34: ["VAW-MMS-1"],
  T35: ["VAW-CRED-1", "VAW-CRED-2", "VAW-KEY-1"],
  T36: ["VAW-SECRET-1", "VAW-CRED-3", "VAW-CE-1"],
  T37: ["VAW-SECRET-2", "VAW-SECRET-3"],
  T40: ["VAW-GUARD-1", "VAW-GUARD-2", "VAW-GUARD-3", "VAW-GUARD-4"],
};
