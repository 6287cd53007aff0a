import { IConstruct } from "constructs";
import { isToken, validateProps } from "../core";
import { checkIpAddress, checkUnique, objectProps, PropKeys } from "../core";
import { MediaProtocol, SipProviderKind, SipTransport } from "./sip-transport";
import type { SipTrunkProps } from "./sip-trunk";

/** The keys of {@link SipTrunkProps}: the names the validator knows. */
const SIP_TRUNK_PROP_KEYS = {
  providerKind: true,
  signalingTransport: true,
  media: true,
  allowUnencryptedSignaling: true,
  allowUnencryptedMedia: true,
  digestAuthentication: true,
  allowedSourceAddresses: true,
  terminationUri: true,
  terminationCredentialList: true,
  terminationIpAccessControlList: true,
} as const satisfies PropKeys<SipTrunkProps>;

const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Validates {@link SipTrunkProps}; throws one error listing every problem. */
export function validateSipTrunkProps(scope: IConstruct, props: unknown): void {
  validateProps("SipTrunk", scope, (c) => {
    const p = objectProps<SipTrunkProps>(c, props, "SipTrunkProps", "props", SIP_TRUNK_PROP_KEYS);
    if (!p) return;
    if (
      c.required(
        "providerKind",
        p.providerKind,
        `use one of ${Object.values(SipProviderKind)
          .map((v) => JSON.stringify(v))
          .join(", ")}`,
      )
    ) {
      c.oneOf("providerKind", p.providerKind, Object.values(SipProviderKind));
    }
    c.oneOf("signalingTransport", p.signalingTransport, Object.values(SipTransport));
    c.oneOf("media", p.media, Object.values(MediaProtocol));
    for (const k of [
      "allowUnencryptedSignaling",
      "allowUnencryptedMedia",
      "digestAuthentication",
      "terminationCredentialList",
      "terminationIpAccessControlList",
    ] as const) {
      c.boolean(k, p[k]);
    }
    const transport = p.signalingTransport;
    if (
      (transport === SipTransport.TCP || transport === SipTransport.UDP) &&
      p.allowUnencryptedSignaling !== true
    ) {
      c.add(
        "signalingTransport",
        "sends sip signalling (and any srtp keys) in clear",
        transport,
        "use SipTransport.TLS, or set allowUnencryptedSignaling: true to accept it (the guard reports it)",
      );
    }
    if (p.media === MediaProtocol.RTP && p.allowUnencryptedMedia !== true) {
      c.add(
        "media",
        "sends call audio and dtmf tones in clear",
        p.media,
        "use MediaProtocol.SRTP, or set allowUnencryptedMedia: true to accept it (the guard reports it)",
      );
    }
    const addresses = c.list(
      "allowedSourceAddresses",
      p.allowedSourceAddresses,
      0,
      Number.MAX_SAFE_INTEGER,
    );
    addresses?.forEach((a, i) => checkIpAddress(c, `allowedSourceAddresses[${i}]`, a));
    checkUnique(c, "allowedSourceAddresses", addresses);
    if (
      p.providerKind === SipProviderKind.DIRECT_PEERING &&
      !isToken(p.allowedSourceAddresses) &&
      (!Array.isArray(p.allowedSourceAddresses) || p.allowedSourceAddresses.length === 0)
    ) {
      c.add(
        "allowedSourceAddresses",
        "must list the peer's addresses for direct peering",
        p.allowedSourceAddresses,
        "give the ip addresses of your pbx or sbc (they must also be in the service's ipAllowList)",
      );
    }
    c.string("terminationUri", p.terminationUri, {
      min: 1,
      max: 253,
      pattern: HOST_NAME,
      patternText:
        "give the provider's termination host name, e.g. example.pstn.twilio.com (no scheme, no user part)",
    });
  });
}
