/**
 * How the guard covers the insecure combinations of the domain reference
 * (section 11, items 1–29): each item is either decided by rules
 * ({@link COVERAGE}) or cannot be decided from configuration
 * ({@link NOT_CHECKABLE}), never both.
 */

/** A section-11 item the guard cannot decide from configuration, and why. */
export interface NotCheckableItem {
  /** The item number in section 11. */
  readonly item: number;
  /** The combination, in short. */
  readonly combination: string;
  /** Why configuration cannot decide it, and what a reviewer should check instead. */
  readonly why: string;
}

/** The section-11 items no rule can decide. */
export const NOT_CHECKABLE: readonly NotCheckableItem[] = [
  {
    item: 16,
    combination: "transfer target or outbound `to` number assembled from caller-supplied context",
    why:
      "transfer targets set by vgwActTransfer and `to` numbers of outbound calls are chosen by the Watson Assistant dialog or " +
      "the code calling the Outbound API at run time; the library takes neither the skill JSON nor that code. Review that dialog " +
      "nodes only transfer to the agent's allowedTransferTargets",
  },
  {
    item: 17,
    combination:
      "MMS (image responses, vgwActSendSMS mediaURL, smsActSendMedia) with sensitive content or http media URLs",
    why:
      "media URLs and what the images show live in dialog responses and SOE code, not in the agent configuration. Review " +
      "that dialogs send no personal data by MMS and only https media URLs",
  },
  {
    item: 19,
    combination:
      "TTS caching (336 hours by default) of dialog nodes that speak sensitive values without vgwActExcludeFromTTSCache",
    why:
      "the cache time-to-live is a fixed service default and the exclusion is an action in each dialog node; deciding it needs " +
      "the Watson Assistant skill JSON, which the library does not take. Review every node that speaks personal data",
  },
  {
    item: 20,
    combination:
      "credentials embedded in dialog JSON (thirdPartyCredentials, vgwActSetConversationConfig password) with turn-event forwarding",
    why:
      "the credentials would sit in the Watson Assistant skill JSON, which the library does not take. Keep credentials out of " +
      "the skill; turn events copy responses verbatim into Cloudant",
  },
  {
    item: 26,
    combination: "platform logs sent to IBM Log Analysis for agents handling PHI",
    why:
      "platform logs are an account-level setting affecting every service in the account, not part of an agent or a resource " +
      "the library models. Check the account's platform logs setting (Log Analysis had no HIPAA-compliant plan)",
  },
];

/**
 * Section-11 item → the rule ids that decide it (agent rules and the
 * resource rules VAW-CLOUDANT-*, VAW-KEY-1 where those already judge the
 * referenced resource).
 */
export const COVERAGE: Readonly<Record<number, readonly string[]>> = {
  1: ["VAW-SIP-1", "VAW-TWILIO-1", "VAW-TWILIO-2"],
  2: ["VAW-SIP-3", "VAW-TWILIO-1"],
  3: ["VAW-OUT-1"],
  4: ["VAW-SIP-4"],
  5: ["VAW-SIP-5"],
  6: ["VAW-CRED-1"],
  7: ["VAW-SOE-1"],
  8: ["VAW-SOE-2"],
  9: ["VAW-EVT-1", "VAW-CLOUDANT-1"],
  10: ["VAW-EVT-2"],
  11: ["VAW-EVT-3", "VAW-EVT-4", "VAW-CLOUDANT-1", "VAW-CLOUDANT-2", "VAW-CBR-1"],
  12: ["VAW-CLOUDANT-2"],
  13: ["VAW-CLOUDANT-3"],
  14: ["VAW-XFER-1"],
  15: ["VAW-XFER-1", "VAW-XFER-2"],
  18: ["VAW-SMS-1", "VAW-CRED-3"],
  21: ["VAW-DATA-1"],
  22: ["VAW-DATA-2"],
  23: ["VAW-OUT-3"],
  24: ["VAW-OUT-2", "VAW-TWILIO-3"],
  25: ["VAW-CRED-2", "VAW-KEY-1"],
  27: ["VAW-SIP-4"],
  28: ["VAW-AVAIL-1"],
  29: ["VAW-SIP-6"],
};
