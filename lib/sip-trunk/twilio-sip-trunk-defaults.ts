import { VoiceAgentRegion } from "../contracts";
import { deepFreeze } from "../core";

/**
 * How a Twilio Elastic SIP trunk handles call transfers (SIP REFER), the
 * trunk's `transfer_mode`. Voice Agent with Watson transfers calls with a
 * REFER to `sip:+<number>@<termination host>` or `tel:+<number>`, which
 * Twilio completes over the public telephone network through the trunk.
 */
export enum TwilioTransferMode {
  /** `Call Transfer (SIP REFER)` on and `Allow Call Transfers to the PSTN via your Trunk` on: what an agent with transfer targets needs. */
  ENABLE_ALL = "enable-all",
  /** REFER only to SIP endpoints, never to the telephone network: an agent's `+<number>` targets fail. */
  SIP_ONLY = "sip-only",
  /** No call transfers through the trunk. */
  DISABLE_ALL = "disable-all",
}

/** Whose number the transfer target sees as the caller, the trunk's `transfer_caller_id`. */
export enum TwilioTransferCallerId {
  /** The original caller's number (Twilio's default). */
  FROM_TRANSFEREE = "from-transferee",
  /** The number the caller dialled (the agent's number). */
  FROM_TRANSFEROR = "from-transferor",
}

/**
 * Every default of a `TwilioSipTrunk`, in one place for review:
 *
 * - **No SIP digest** (`digestAuthentication: false`): IBM documents that
 *   Twilio does not support SIP authentication of originating calls; agents
 *   on the trunk leave it off by default (the guard reports VAW-SIP-4).
 * - **Secure Trunking on** (`secure = true`, always sent: the provider sends
 *   an unset bool as `false`): TLS signalling and SRTP media for every call.
 * - **TLS origination URIs** to the agent's regional SIP host, the primary
 *   region first (priority 10, weight 10), a second region as failover
 *   (priority 20).
 * - **No call transfers** (`disable-all`) unless asked for: a trunk that
 *   accepts REFER lets the dialog hand callers to any number, billed to the
 *   account. Agents with transfer targets set `ENABLE_ALL`; the guard
 *   (VAW-TWILIO-5) checks that the two agree.
 * - **Termination restricted** to Voice Agent with Watson's documented
 *   outbound-calling source addresses of the trunk's regions (an IP
 *   access-control list), and to a credential list when credentials are
 *   given. An open termination is refused unless `allowUnprotectedTermination`.
 * - **No caller-name (CNAM) lookups**: they cost per call and look up
 *   callers' personal data that the agent does not use.
 */
export const TWILIO_SIP_TRUNK_DEFAULTS = deepFreeze({
  /** Secure Trunking: TLS signalling and SRTP media. */
  secure: true,
  /**
   * Twilio does not answer SIP digest challenges on originating calls (IBM
   * docs, assistant deploy-phone.md `#deploy-phone-security`), so agents on
   * the trunk leave SIP authentication off by default.
   */
  digestAuthentication: false,
  /** Call transfers (SIP REFER) off. */
  transferMode: TwilioTransferMode.DISABLE_ALL,
  /** The transfer target sees the original caller's number (Twilio's default, sent explicitly). */
  transferCallerId: TwilioTransferCallerId.FROM_TRANSFEREE,
  /** No CNAM lookups. */
  cnamLookupEnabled: false,
  /** An unprotected termination is refused. */
  allowUnprotectedTermination: false,
  /** The primary origination URI's priority (lowest first). */
  primaryOriginationPriority: 10,
  /** The failover origination URI's priority. */
  failoverOriginationPriority: 20,
  /** The weight of every origination URI (one per priority). */
  originationWeight: 10,
} as const);

/**
 * The source addresses of Voice Agent with Watson's outbound calls, by region
 * (IBM docs networking-info.md; domain reference section 3.10). The default
 * entries of the termination IP access-control list.
 */
export const VOICE_AGENT_OUTBOUND_ADDRESSES: Readonly<Record<string, readonly string[]>> =
  deepFreeze({
    [VoiceAgentRegion.US_SOUTH]: ["169.59.10.204"],
    [VoiceAgentRegion.US_EAST]: ["169.61.70.83"],
  });

/** Twilio's documented limits on the trunk's resources. */
export const TWILIO_SIP_TRUNK_LIMITS = deepFreeze({
  /** `friendly_name` of a trunk or origination URL: at most 64 characters. */
  friendlyNameMaxLength: 64,
  /** A SIP credential's `username`: at most 32 characters. */
  usernameMaxLength: 32,
  /** A SIP credential's password: at least 12 characters, with a digit, a lower-case and an upper-case letter (checked by Terraform at plan time). */
  passwordMinLength: 12,
} as const);

/** The suffix every Twilio termination host name ends with. */
export const TWILIO_TERMINATION_SUFFIX = ".pstn.twilio.com";
