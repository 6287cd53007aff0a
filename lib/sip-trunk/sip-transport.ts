/** Who carries the calls between the telephone network and the agent. */
export enum SipProviderKind {
  /** A Twilio Elastic SIP trunk. */
  TWILIO = "twilio",
  /** Any other SIP trunk provider (NetFoundry, Nexmo, Voximplant, a carrier…). */
  OTHER_SIP_PROVIDER = "other-sip-provider",
  /** A customer PBX or SBC peered directly with the agent by IP allow-listing (Standard, Plus or Premium plans). */
  DIRECT_PEERING = "direct-peering",
}

/** How SIP signalling travels between the provider and the agent. */
export enum SipTransport {
  /** SIP over TLS: signalling (and SRTP keys in the SDP) encrypted. */
  TLS = "tls",
  /** SIP over plain TCP: signalling in clear. */
  TCP = "tcp",
  /** SIP over plain UDP: signalling in clear. */
  UDP = "udp",
}

/** How call audio travels. */
export enum MediaProtocol {
  /** Secure RTP: audio and DTMF encrypted. */
  SRTP = "srtp",
  /** Plain RTP: audio and DTMF in clear. */
  RTP = "rtp",
}
