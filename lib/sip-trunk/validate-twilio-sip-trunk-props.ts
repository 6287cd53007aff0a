import { IConstruct } from "constructs";
import { isToken, parseCbrAddress, PropsChecker, validateProps } from "../core";
import { TerraformProvider } from "cdktf";
import { Secret } from "../secrets";
import { checkIpAddress, checkUnique, objectProps, PropKeys } from "../core";
import { isVoiceAgentRegion, UNSUPPORTED_REGION_FIX, VOICE_AGENT_REGIONS } from "../contracts";
import { MediaProtocol, SipTransport } from "./sip-transport";
import {
  TWILIO_SIP_TRUNK_LIMITS as LIMITS,
  TWILIO_TERMINATION_SUFFIX,
  TwilioTransferCallerId,
  TwilioTransferMode,
} from "./twilio-sip-trunk-defaults";
import type { TwilioSipCredential, TwilioSipTrunkProps } from "./twilio-sip-trunk-props";

/** The keys of {@link TwilioSipTrunkProps}: the names the validator knows. */
const TWILIO_SIP_TRUNK_PROP_KEYS = {
  region: true,
  secondaryRegion: true,
  friendlyName: true,
  domainName: true,
  transferMode: true,
  transferCallerId: true,
  phoneNumberSids: true,
  terminationCredentials: true,
  terminationIpAddresses: true,
  allowUnprotectedTermination: true,
  signalingTransport: true,
  media: true,
  allowUnencryptedSignaling: true,
  allowUnencryptedMedia: true,
  digestAuthentication: true,
  allowedSourceAddresses: true,
  cnamLookupEnabled: true,
  provider: true,
} as const satisfies PropKeys<TwilioSipTrunkProps>;

/** The keys of {@link TwilioSipCredential}: the names the validator knows. */
const TWILIO_SIP_CREDENTIAL_KEYS = {
  username: true,
  password: true,
} as const satisfies PropKeys<TwilioSipCredential>;

const DOMAIN_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.pstn\.twilio\.com$/;
const PHONE_NUMBER_SID = /^PN[0-9a-fA-F]{32}$/;
const SIP_USERNAME = /^[^\s@:;<>"]+$/;

/**
 * Validates {@link TwilioSipTrunkProps} for the trunk at `constructPath`
 * (checked before the trunk exists, so that the base `SipTrunk` never sees
 * invalid props); throws one error listing every problem.
 */
export function validateTwilioSipTrunkProps(constructPath: string, props: unknown): void {
  const at = { node: { path: constructPath } } as unknown as IConstruct;
  validateProps("TwilioSipTrunk", at, (c) => {
    const p = objectProps<TwilioSipTrunkProps>(
      c,
      props,
      "TwilioSipTrunkProps",
      "props",
      TWILIO_SIP_TRUNK_PROP_KEYS,
    );
    if (!p) return;
    checkRegions(c, p);
    c.string("friendlyName", p.friendlyName, { min: 1, max: LIMITS.friendlyNameMaxLength });
    c.string("domainName", p.domainName, {
      pattern: DOMAIN_NAME,
      patternText: `give <name>${TWILIO_TERMINATION_SUFFIX}: letters, digits and - before ${TWILIO_TERMINATION_SUFFIX}`,
    });
    c.oneOf("transferMode", p.transferMode, Object.values(TwilioTransferMode));
    c.oneOf("transferCallerId", p.transferCallerId, Object.values(TwilioTransferCallerId));
    checkTransport(c, p);
    for (const k of [
      "allowUnencryptedSignaling",
      "allowUnencryptedMedia",
      "digestAuthentication",
      "cnamLookupEnabled",
      "allowUnprotectedTermination",
    ] as const)
      c.boolean(k, p[k]);
    const sources = c.list("allowedSourceAddresses", p.allowedSourceAddresses, 0, 1000);
    sources?.forEach((a, i) => checkIpAddress(c, `allowedSourceAddresses[${i}]`, a));
    checkUnique(c, "allowedSourceAddresses", sources);
    const sids = c.list("phoneNumberSids", p.phoneNumberSids, 0, 1000);
    sids?.forEach((s, i) =>
      c.string(`phoneNumberSids[${i}]`, s, {
        pattern: PHONE_NUMBER_SID,
        patternText: "give the sid of a twilio phone number: PN followed by 32 hexadecimal digits",
      }),
    );
    checkUnique(c, "phoneNumberSids", sids);
    checkTermination(c, p);
    if (p.provider !== undefined && !TerraformProvider.isTerraformProvider(p.provider))
      c.add("provider", "must be a terraform provider", p.provider, "pass a TwilioProvider");
  });
}

function checkRegions(c: PropsChecker, p: Partial<TwilioSipTrunkProps>): void {
  const region = (prop: string, value: unknown) => {
    if (value === undefined) return;
    if (isToken(value))
      c.add(
        prop,
        "must be a literal: the origination uris and default termination addresses derive from it",
        value,
        `give ${VOICE_AGENT_REGIONS.join(" or ")}`,
      );
    else if (!isVoiceAgentRegion(value))
      c.add(prop, "is not supported", value, UNSUPPORTED_REGION_FIX);
  };
  if (
    c.required("region", p.region, `give the agent's region: ${VOICE_AGENT_REGIONS.join(" or ")}`)
  )
    region("region", p.region);
  region("secondaryRegion", p.secondaryRegion);
  if (p.secondaryRegion !== undefined && p.secondaryRegion === p.region && !isToken(p.region))
    c.add(
      "secondaryRegion",
      "must differ from region",
      p.secondaryRegion,
      "give the other region, or leave secondaryRegion out",
    );
}

function checkTransport(c: PropsChecker, p: Partial<TwilioSipTrunkProps>): void {
  c.oneOf("signalingTransport", p.signalingTransport, Object.values(SipTransport));
  c.oneOf("media", p.media, Object.values(MediaProtocol));
  const transport = p.signalingTransport;
  const plain = transport === SipTransport.TCP || transport === SipTransport.UDP;
  if (plain && p.allowUnencryptedSignaling !== true)
    c.add(
      "signalingTransport",
      "sends sip signalling (and any srtp keys) in clear",
      transport,
      "use SipTransport.TLS, or set allowUnencryptedSignaling: true to accept it (the guard reports it)",
    );
  if (p.media === MediaProtocol.RTP && p.allowUnencryptedMedia !== true)
    c.add(
      "media",
      "turns twilio secure trunking off: call audio and dtmf tones in clear",
      p.media,
      "use MediaProtocol.SRTP, or set allowUnencryptedMedia: true to accept it (the guard reports it)",
    );
  if (plain && p.media !== MediaProtocol.RTP)
    c.add(
      "signalingTransport",
      "cannot carry srtp: twilio secure trunking refuses calls over udp or tcp (error 32209) and the srtp keys would cross the network in clear",
      transport,
      "use SipTransport.TLS with srtp media",
    );
}

function checkTermination(c: PropsChecker, p: Partial<TwilioSipTrunkProps>): void {
  const credentials = c.list("terminationCredentials", p.terminationCredentials, 0, 1000);
  const usernames: unknown[] = [];
  credentials?.forEach((cred, i) => {
    const prop = `terminationCredentials[${i}]`;
    const o = c.object(prop, cred, TWILIO_SIP_CREDENTIAL_KEYS);
    if (!o) return;
    if (c.required(`${prop}.username`, o.username, "give the sip user name")) {
      c.string(`${prop}.username`, o.username, {
        min: 1,
        max: LIMITS.usernameMaxLength,
        pattern: SIP_USERNAME,
        patternText: "give a user name without spaces, @, :, ;, <, > or quotes",
      });
      usernames.push(o.username);
    }
    if (
      c.required(`${prop}.password`, o.password, "pass the password as a Secret") &&
      !Secret.isSecret(o.password)
    )
      c.add(
        `${prop}.password`,
        "must be a Secret",
        o.password,
        "pass Secret.fromVariable(...) or Secret.fromSecretsManager(...), never a string",
        true,
      );
  });
  checkUnique(c, "terminationCredentials.username", usernames, (u) => u.toLowerCase());
  const addresses = c.list("terminationIpAddresses", p.terminationIpAddresses, 0, 1000);
  addresses?.forEach((a, i) => checkTerminationAddress(c, `terminationIpAddresses[${i}]`, a));
  checkUnique(c, "terminationIpAddresses", addresses);
  const noCredentials =
    p.terminationCredentials === undefined ||
    (Array.isArray(p.terminationCredentials) && p.terminationCredentials.length === 0);
  const noAddresses =
    Array.isArray(p.terminationIpAddresses) && p.terminationIpAddresses.length === 0;
  if (noCredentials && noAddresses && p.allowUnprotectedTermination !== true)
    c.add(
      "terminationIpAddresses",
      "leaves the termination open: anyone who learns the termination uri can place calls billed to the account",
      p.terminationIpAddresses,
      "keep the default voice agent addresses, give terminationCredentials, or set allowUnprotectedTermination: true (the guard reports it)",
    );
  if (p.allowUnprotectedTermination === true && !(noCredentials && noAddresses))
    c.add(
      "allowUnprotectedTermination",
      "contradicts the termination protection given",
      true,
      "remove allowUnprotectedTermination, or set terminationIpAddresses: [] and give no terminationCredentials",
    );
}

/** A termination ACL entry: one IPv4 address, optionally with a /1 to /32 prefix (Twilio takes IPv4 only). */
function checkTerminationAddress(c: PropsChecker, prop: string, value: unknown): void {
  if (value === undefined || isToken(value)) return;
  const fix = "give an ipv4 address such as 169.59.10.204, optionally with a prefix such as /29";
  if (typeof value !== "string") {
    c.add(prop, "must be a string", value, fix);
    return;
  }
  const parsed = parseCbrAddress(value);
  if (!parsed.ok || parsed.family !== 4 || parsed.type === "ipRange")
    c.add(prop, "is not an ipv4 address or ipv4 cidr block", value, fix);
}
