import { Fn, Op, TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { ApiAccountsSipCredentialLists } from "../../.gen/providers/twilio/api-accounts-sip-credential-lists";
import { ApiAccountsSipCredentialListsCredentials } from "../../.gen/providers/twilio/api-accounts-sip-credential-lists-credentials";
import { ApiAccountsSipIpAccessControlLists } from "../../.gen/providers/twilio/api-accounts-sip-ip-access-control-lists";
import { ApiAccountsSipIpAccessControlListsIpAddresses } from "../../.gen/providers/twilio/api-accounts-sip-ip-access-control-lists-ip-addresses";
import { TrunkingTrunksCredentialListsV1 } from "../../.gen/providers/twilio/trunking-trunks-credential-lists-v1";
import { TrunkingTrunksIpAccessControlListsV1 } from "../../.gen/providers/twilio/trunking-trunks-ip-access-control-lists-v1";
import { TrunkingTrunksOriginationUrlsV1 } from "../../.gen/providers/twilio/trunking-trunks-origination-urls-v1";
import { TrunkingTrunksPhoneNumbersV1 } from "../../.gen/providers/twilio/trunking-trunks-phone-numbers-v1";
import { TrunkingTrunksV1 } from "../../.gen/providers/twilio/trunking-trunks-v1";
import { describeValue, propsError } from "../core";
import { isToken } from "../core";
import { ManifestSipTrunk } from "../contracts";
import { SipTrunk, SipTrunkProps } from "./sip-trunk";
import { MediaProtocol, SipProviderKind } from "./sip-transport";
import {
  TWILIO_SIP_TRUNK_DEFAULTS as D,
  TWILIO_SIP_TRUNK_LIMITS,
  TwilioTransferMode,
  VOICE_AGENT_OUTBOUND_ADDRESSES,
} from "./twilio-sip-trunk-defaults";
import { TwilioSipCredential, TwilioSipTrunkProps } from "./twilio-sip-trunk-props";
import { validateTwilioSipTrunkProps } from "./validate-twilio-sip-trunk-props";

/**
 * A Twilio Elastic SIP trunk for Voice Agent with Watson, provisioned with
 * Terraform and rendered into each bound agent's manifest from the same
 * props, so the two cannot disagree.
 *
 * Creates the trunk (`twilio_trunking_trunks_v1`, Secure Trunking on), TLS
 * origination URLs to the agent's regional SIP host (a failover one for a
 * second region), the termination's IP access-control list (by default Voice
 * Agent's outbound-calling addresses) and credential list with their trunk
 * associations, and the phone numbers' association with the trunk. See
 * `TWILIO_SIP_TRUNK_DEFAULTS`.
 *
 * The Twilio provider is not created here (constructs never create
 * providers): create it yourself with `username` and `password` from
 * `Secret`s of sensitive variables (set with `TF_VAR_...`), never literals;
 * the guard blocks a literal password (VAW-SECRET-1). Terraform
 * state holds the SIP credential passwords in clear (the provider marks
 * nothing sensitive): keep the state encrypted and access-controlled.
 *
 * @example
 * ```ts
 * const sid = new TerraformVariable(stack, "twilio_account_sid", { type: "string", sensitive: true });
 * const token = new TerraformVariable(stack, "twilio_auth_token", { type: "string", sensitive: true });
 * new TwilioProvider(stack, "twilio", {
 *   username: Secret.fromVariable(sid).value,
 *   password: Secret.fromVariable(token).value,
 * });
 * const trunk = new TwilioSipTrunk(stack, "trunk", {
 *   region: "us-south",
 *   domainName: "claims.pstn.twilio.com",
 *   phoneNumberSids: ["PN0123456789abcdef0123456789abcdef"],
 * });
 * ```
 */
export class TwilioSipTrunk extends SipTrunk {
  /** The `twilio_trunking_trunks_v1` resource. */
  public readonly resource: TrunkingTrunksV1;
  /** The primary region. */
  public readonly region: string;
  /** The failover region, if any. */
  public readonly secondaryRegion?: string;
  /** The call transfer mode. */
  public readonly transferMode: TwilioTransferMode;
  /** The origination URLs, primary first. */
  public readonly originationUrls: readonly TrunkingTrunksOriginationUrlsV1[];
  /** The termination IP access-control list entries. */
  public readonly terminationIpAddresses: readonly string[];
  /** The termination credential list, when credentials are given. */
  public readonly credentialList?: ApiAccountsSipCredentialLists;
  /** The termination IP access-control list, unless `terminationIpAddresses` is empty. */
  public readonly ipAccessControlList?: ApiAccountsSipIpAccessControlLists;

  /** Creates the trunk and everything around it; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, props: TwilioSipTrunkProps) {
    super(scope, id, sipTrunkPropsOf(scope, id, props));
    const provider = props.provider;
    const name = props.friendlyName ?? id.slice(0, TWILIO_SIP_TRUNK_LIMITS.friendlyNameMaxLength);
    this.region = props.region;
    this.secondaryRegion = props.secondaryRegion;
    this.transferMode = props.transferMode ?? D.transferMode;
    this.terminationIpAddresses = terminationAddressesOf(props);
    this.resource = new TrunkingTrunksV1(this, "Resource", {
      friendlyName: name,
      domainName: props.domainName,
      secure: this.media === MediaProtocol.SRTP,
      transferMode: this.transferMode,
      transferCallerId: props.transferCallerId ?? D.transferCallerId,
      cnamLookupEnabled: props.cnamLookupEnabled ?? D.cnamLookupEnabled,
      provider,
    });
    this.provisionedTrunkAddress = addressOf(this.resource);
    const trunkSid = this.resource.sid;
    const replaceWith = (parent: TerraformResource) => ({
      replaceTriggeredBy: [`${addressOf(parent)}.sid`],
    });
    this.originationUrls = this.regions.map(
      (region, i) =>
        new TrunkingTrunksOriginationUrlsV1(this, `Origination-${region}`, {
          trunkSid,
          friendlyName: `voice-agent-${region}`,
          sipUrl: SipTrunk.originationUri(region, this.signalingTransport),
          priority: i === 0 ? D.primaryOriginationPriority : D.failoverOriginationPriority,
          weight: D.originationWeight,
          enabled: true,
          lifecycle: replaceWith(this.resource),
          provider,
        }),
    );
    const credentials = props.terminationCredentials ?? [];
    if (credentials.length > 0) {
      const list = new ApiAccountsSipCredentialLists(this, "TerminationCredentialList", {
        friendlyName: `${name}-termination`.slice(0, 64),
        provider,
      });
      credentials.forEach(
        (cred, i) =>
          new ApiAccountsSipCredentialListsCredentials(
            this,
            `TerminationCredential-${idPart(cred.username, i)}`,
            {
              credentialListSid: list.sid,
              username: cred.username,
              password: cred.password.value,
              lifecycle: { ...replaceWith(list), precondition: [passwordPolicy(cred)] },
              provider,
            },
          ),
      );
      new TrunkingTrunksCredentialListsV1(this, "TerminationCredentialListAssociation", {
        trunkSid,
        credentialListSid: list.sid,
        provider,
      });
      this.credentialList = list;
    }
    if (this.terminationIpAddresses.length > 0) {
      const acl = new ApiAccountsSipIpAccessControlLists(this, "TerminationIpAccessControlList", {
        friendlyName: `${name}-voice-agent-outbound`.slice(0, 64),
        provider,
      });
      this.terminationIpAddresses.forEach((entry, i) => {
        const [ip, prefix] = isToken(entry) ? [entry, undefined] : entry.split("/");
        new ApiAccountsSipIpAccessControlListsIpAddresses(
          this,
          `TerminationIpAddress-${idPart(entry, i)}`,
          {
            ipAccessControlListSid: acl.sid,
            friendlyName: entry,
            ipAddress: ip,
            cidrPrefixLength: isToken(entry)
              ? undefined
              : prefix === undefined
                ? 32
                : Number(prefix),
            lifecycle: replaceWith(acl),
            provider,
          },
        );
      });
      new TrunkingTrunksIpAccessControlListsV1(this, "TerminationIpAccessControlListAssociation", {
        trunkSid,
        ipAccessControlListSid: acl.sid,
        provider,
      });
      this.ipAccessControlList = acl;
    }
    (props.phoneNumberSids ?? []).forEach(
      (sid, i) =>
        new TrunkingTrunksPhoneNumbersV1(this, `PhoneNumber-${idPart(sid, i)}`, {
          trunkSid,
          phoneNumberSid: sid,
          provider,
        }),
    );
  }

  /** The trunk's regions, primary first. */
  public get regions(): readonly string[] {
    return this.secondaryRegion !== undefined ? [this.region, this.secondaryRegion] : [this.region];
  }

  /**
   * Renders the trunk for an agent whose endpoints are in `regions`; they
   * must be the trunk's own regions (the origination URLs Twilio is given),
   * else the agent would be configured for URIs the trunk never calls.
   */
  public renderManifest(regions: readonly string[]): ManifestSipTrunk {
    const unique = regions.filter((r, i) => regions.indexOf(r) === i);
    const decidable = !isToken(unique) && unique.every((r) => !isToken(r));
    if (decidable && unique.join(",") !== this.regions.join(",")) {
      throw propsError("TwilioSipTrunk", this.node.path, [
        {
          prop: "region",
          problem: `does not match the regions of an agent using the trunk (${unique.join(", ")})`,
          received: describeValue(this.regions.join(", ")),
          fix: "give the trunk the agent's region and secondaryRegion, or use one trunk per region pair",
        },
      ]);
    }
    return super.renderManifest(this.regions);
  }
}

/** Validates the props, then maps them to the base trunk's props (what the manifest shows). */
function sipTrunkPropsOf(scope: Construct, id: string, props: TwilioSipTrunkProps): SipTrunkProps {
  validateTwilioSipTrunkProps([scope.node.path, id].filter((s) => s).join("/"), props);
  return {
    providerKind: SipProviderKind.TWILIO,
    signalingTransport: props.signalingTransport,
    media: props.media,
    allowUnencryptedSignaling: props.allowUnencryptedSignaling,
    allowUnencryptedMedia: props.allowUnencryptedMedia,
    digestAuthentication: props.digestAuthentication,
    allowedSourceAddresses: props.allowedSourceAddresses,
    terminationUri: props.domainName,
    terminationCredentialList: (props.terminationCredentials ?? []).length > 0,
    terminationIpAccessControlList: terminationAddressesOf(props).length > 0,
  };
}

function terminationAddressesOf(props: TwilioSipTrunkProps): string[] {
  if (props.terminationIpAddresses !== undefined) return [...props.terminationIpAddresses];
  const regions = [props.region, props.secondaryRegion].filter((r) => r !== undefined);
  return regions.flatMap((r) => [...(VOICE_AGENT_OUTBOUND_ADDRESSES[r] ?? [])]);
}

/** A literal value as part of a construct id (`/` replaced); the position for a token. */
function idPart(value: string, index: number): string {
  return isToken(value) ? String(index + 1) : value.replace(/\//g, "_");
}

function addressOf(r: TerraformResource): string {
  return `${r.terraformResourceType}.${r.friendlyUniqueId}`;
}

/** Twilio's password rule, checked by Terraform at plan time (the value is never shown). */
function passwordPolicy(cred: TwilioSipCredential) {
  const v = cred.password.value;
  const has = (pattern: string) => Fn.can(Fn.regex(pattern, v));
  return {
    condition: Op.and(
      Op.gte(Fn.lengthOf(v), TWILIO_SIP_TRUNK_LIMITS.passwordMinLength),
      Op.and(has("[0-9]"), Op.and(has("[a-z]"), has("[A-Z]"))),
    ),
    errorMessage: `The Twilio SIP credential password of ${cred.username} must have at least ${TWILIO_SIP_TRUNK_LIMITS.passwordMinLength} characters, with a digit, a lower-case and an upper-case letter.`,
  };
}
