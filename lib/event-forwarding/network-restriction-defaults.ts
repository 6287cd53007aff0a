import { deepFreeze } from "../core";
/** Whether a context-based restriction rule is enforced (`ibm_cbr_rule.enforcement_mode`). */
export enum CbrEnforcementMode {
  /** Requests from outside the rule's network zones are denied. */
  ENABLED = "enabled",
  /** Requests are only reported to Activity Tracker, never denied. */
  REPORT = "report",
  /** The rule does nothing. */
  DISABLED = "disabled",
}

/** The kinds of address a network zone holds (`ibm_cbr_zone.addresses.type`). */
export enum CbrAddressType {
  /** One IPv4 or IPv6 address (`169.61.56.226`). */
  IP_ADDRESS = "ipAddress",
  /** A CIDR block (`10.0.0.0/24`). */
  SUBNET = "subnet",
  /** An inclusive range (`1.2.3.4-1.2.3.9`). */
  IP_RANGE = "ipRange",
}

/**
 * Every default of a `NetworkRestriction` (an event store's
 * context-based restriction), in one place for review:
 *
 * - **Enforced** (`enforcement_mode = "enabled"`, always sent). The field is
 *   optional and computed: left out, Terraform would not notice the rule
 *   being switched to report-only in the console.
 * - **Every API of the instance** is covered (no `operations` block).
 * - **The account** is the one in the instance's CRN.
 *
 * The zone must list every network that writes to or reads the instance,
 * including Voice Agent with Watson itself, or event forwarding stops. IBM
 * does not document the addresses Voice Agent with Watson uses to reach
 * Cloudant. Its documented egress addresses are candidates only:
 * outbound-calling sources (Dallas 169.59.10.204, Washington 169.61.70.83)
 * and the "Vyatta" subnets (Dallas 169.60.155.8/29, Washington
 * 169.61.102.96/29). Start with `CbrEnforcementMode.REPORT`, read the
 * Activity Tracker events for denied requests, then enforce.
 */
export const NETWORK_RESTRICTION_DEFAULTS = deepFreeze({
  /** The rule is enforced. */
  enforcementMode: CbrEnforcementMode.ENABLED,
  /** Appended to the instance name to name the zone. */
  zoneNameSuffix: "-allowed-networks",
} as const);

/** Limits of the CBR arguments (provider validators). */
export const NETWORK_RESTRICTION_LIMITS = deepFreeze({
  /** `ibm_cbr_zone.name`: 1 to 128 letters, digits, spaces, `-` and `_`. */
  zoneNameMaxLength: 128,
  /** `description` of a zone or rule: at most 300 characters. */
  descriptionMaxLength: 300,
} as const);

/** Documented egress addresses of Voice Agent with Watson, by region: candidates for the allowed addresses, not a documented Cloudant egress. */
export const VOICE_AGENT_EGRESS_CANDIDATES: Readonly<Record<string, readonly string[]>> =
  deepFreeze({
    "us-south": ["169.59.10.204", "169.60.155.8/29"],
    "us-east": ["169.61.70.83", "169.61.102.96/29"],
  });
