import { MediaProtocol, SipTransport } from "./sip-transport";
import { deepFreeze } from "../core";

/**
 * Every default of a {@link SipTrunk}, in one place for review. Encryption is
 * on for both signalling and media, the trunk is expected to answer SIP digest
 * challenges, and nothing is claimed about the provider's termination
 * protection that the user has not stated.
 */
export const SIP_TRUNK_DEFAULTS = deepFreeze({
  /** SIP over TLS (`;transport=tls` origination URIs). */
  signalingTransport: SipTransport.TLS,
  /** SRTP media. */
  media: MediaProtocol.SRTP,
  /** Unencrypted signalling is refused unless explicitly allowed. */
  allowUnencryptedSignaling: false,
  /** Unencrypted media is refused unless explicitly allowed. */
  allowUnencryptedMedia: false,
  /** The provider answers the agent's SIP digest challenges. */
  digestAuthentication: true,
  /** No source addresses are allow-listed. */
  allowedSourceAddresses: [] as readonly string[],
  /** Termination protection by credential list is not claimed. */
  terminationCredentialList: false,
  /** Termination protection by IP access-control list is not claimed. */
  terminationIpAccessControlList: false,
} as const);

/** The documented SIP host of a region: `<region>.voiceagent.cloud.ibm.com`. */
export const SIP_HOST_SUFFIX = ".voiceagent.cloud.ibm.com";
