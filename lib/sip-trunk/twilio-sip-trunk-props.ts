import { TerraformProvider } from "cdktf";
import { Secret } from "../secrets";
import { MediaProtocol, SipTransport } from "./sip-transport";
import { TwilioTransferCallerId, TwilioTransferMode } from "./twilio-sip-trunk-defaults";

/** A SIP credential (user name and password) of the trunk's termination credential list. */
export interface TwilioSipCredential {
  /** The SIP user name, at most 32 characters. */
  readonly username: string;
  /**
   * The password, as a {@link Secret}. Twilio requires at least 12
   * characters with a digit, a lower-case and an upper-case letter; Terraform
   * checks it at plan time without showing it.
   */
  readonly password: Secret;
}

/** Props of a {@link TwilioSipTrunk}. */
export interface TwilioSipTrunkProps {
  /**
   * The region of the agents using the trunk (`us-south` or `us-east`): the
   * primary origination URI is that region's Voice Agent SIP host. Every
   * agent bound to the trunk must use the same region (checked at binding).
   */
  readonly region: string;
  /**
   * A second region, used as a lower-priority (failover) origination URI.
   * Agents bound to the trunk must name it as their `secondaryRegion`.
   * @default - none
   */
  readonly secondaryRegion?: string;
  /**
   * The trunk's name in the Twilio console (at most 64 characters).
   * @default - the construct id
   */
  readonly friendlyName?: string;
  /**
   * The termination host name, `<name>.pstn.twilio.com`: where the agent
   * sends transfers (SIP REFER targets) and outbound calls. It becomes the
   * manifest's `terminationUri`.
   * @default - no termination URI: transfers can only use `tel:` targets and outbound calls cannot use the trunk
   */
  readonly domainName?: string;
  /**
   * Call transfer (SIP REFER). Agents with transfer targets need
   * `ENABLE_ALL` (their targets are telephone numbers); the guard checks
   * that each agent and its trunk agree (VAW-TWILIO-5).
   * @default TwilioTransferMode.DISABLE_ALL - a trunk that accepts REFER lets the dialog send callers to any number
   */
  readonly transferMode?: TwilioTransferMode;
  /**
   * Whose number a transfer target sees.
   * @default TwilioTransferCallerId.FROM_TRANSFEREE
   */
  readonly transferCallerId?: TwilioTransferCallerId;
  /**
   * SIDs (`PN…`) of existing Twilio phone numbers to route to the trunk:
   * the agent's numbers. Do not also set `trunk_sid` on those numbers
   * elsewhere, or the two settings fight.
   * @default - none
   */
  readonly phoneNumberSids?: string[];
  /**
   * Credentials the termination requires (a credential list associated with the trunk).
   * @default - none
   */
  readonly terminationCredentials?: TwilioSipCredential[];
  /**
   * IPv4 addresses (optionally `/prefix`) allowed to use the termination (an
   * IP access-control list associated with the trunk). Give `[]` for none.
   * @default - Voice Agent with Watson's outbound-calling source addresses of `region` and `secondaryRegion`
   */
  readonly terminationIpAddresses?: string[];
  /**
   * Must be true to leave the termination with neither an IP access-control
   * list nor a credential list (toll fraud). The guard still reports it.
   * @default false
   */
  readonly allowUnprotectedTermination?: boolean;
  /**
   * SIP signalling transport. Secure Trunking requires TLS.
   * @default SipTransport.TLS
   */
  readonly signalingTransport?: SipTransport;
  /**
   * Media protocol: SRTP turns Twilio Secure Trunking on (`secure = true`),
   * RTP turns it off.
   * @default MediaProtocol.SRTP
   */
  readonly media?: MediaProtocol;
  /**
   * Must be true to use TCP or UDP signalling (only with RTP media).
   * @default false
   */
  readonly allowUnencryptedSignaling?: boolean;
  /**
   * Must be true to use RTP media (Secure Trunking off). The guard still reports it.
   * @default false
   */
  readonly allowUnencryptedMedia?: boolean;
  /**
   * Whether Twilio answers the agent's SIP digest challenges. Off by default:
   * IBM's successor phone integration documents "If you use Twilio as your
   * SIP trunk provider, do not enable SIP authentication. Twilio does not
   * support SIP authentication of originating calls" (IBM Cloud docs,
   * assistant, deploy-phone.md `#deploy-phone-security`), and Twilio's
   * origination has no credential setting. An agent on this trunk therefore
   * leaves SIP authentication off by default; the trunk still protects the
   * calls with Secure Trunking (TLS signalling, SRTP media) and origination
   * only to the agent's TLS SIP URIs, and `allowedSourceAddresses` puts
   * Twilio's signalling addresses in the instance IP allow-list. The guard
   * reports the missing digest (VAW-SIP-4). Set true only after a test call
   * shows Twilio answering the challenge (VAW-SIP-6 still warns).
   * @default false
   */
  readonly digestAuthentication?: boolean;
  /**
   * Source addresses of Twilio's signalling that the instance IP allow-list holds.
   * @default - none
   */
  readonly allowedSourceAddresses?: string[];
  /**
   * Caller-name (CNAM) lookups on inbound calls.
   * @default false
   */
  readonly cnamLookupEnabled?: boolean;
  /**
   * The Twilio provider (for example an aliased one) for every resource.
   * The library never creates it: configure it with `Secret` values, e.g.
   * `new TwilioProvider(stack, "twilio", { username: sid.value, password: token.value })`
   * with `sid` and `token` from `Secret.fromVariable` of sensitive variables.
   * @default - the stack's default Twilio provider
   */
  readonly provider?: TerraformProvider;
}
