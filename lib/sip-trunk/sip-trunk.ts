import { Construct, IConstruct } from "constructs";
import { ensureGuard } from "../guard";
import { ManifestSipTrunk } from "../contracts";
import { SIP_HOST_SUFFIX, SIP_TRUNK_DEFAULTS } from "./sip-trunk-defaults";
import { MediaProtocol, SipProviderKind, SipTransport } from "./sip-transport";
import { validateSipTrunkProps } from "./validate-sip-trunk-props";

/**
 * A SIP trunk as an agent sees it. `SipTrunk` describes a trunk configured
 * elsewhere; provider-specific constructs (e.g. a Twilio trunk the library
 * provisions) implement the same interface and fill `provisionedTrunk`.
 */
export interface ISipTrunk extends IConstruct {
  /** The kind of provider ({@link SipProviderKind}). */
  readonly providerKind: SipProviderKind;
  /** How SIP signalling travels. */
  readonly signalingTransport: SipTransport;
  /** How audio travels. */
  readonly media: MediaProtocol;
  /** Source addresses the trunk sends calls from, which the instance's IP allow-list must hold. */
  readonly allowedSourceAddresses: readonly string[];
  /**
   * Whether the provider answers the agent's SIP digest challenges; an agent
   * on a trunk that says `false` leaves SIP authentication off by default.
   * @default - true (not stated)
   */
  readonly digestAuthentication?: boolean;
  /**
   * Renders the trunk for an agent whose endpoints are in `regions`, primary
   * first (each further region adds a lower-priority origination URI).
   */
  renderManifest(regions: readonly string[]): ManifestSipTrunk;
}

/** Props of a {@link SipTrunk}. */
export interface SipTrunkProps {
  /** The provider kind: Twilio, another SIP provider, or direct peering with a PBX or SBC. */
  readonly providerKind: SipProviderKind;
  /**
   * SIP signalling transport. TLS keeps signalling, caller numbers and SRTP
   * keys (sent in the SDP) away from eavesdroppers.
   * @default SipTransport.TLS
   */
  readonly signalingTransport?: SipTransport;
  /**
   * Media protocol. SRTP encrypts what callers say and the DTMF digits they type.
   * @default MediaProtocol.SRTP
   */
  readonly media?: MediaProtocol;
  /**
   * Must be true to use TCP or UDP signalling. The guard still reports it.
   * @default false
   */
  readonly allowUnencryptedSignaling?: boolean;
  /**
   * Must be true to use RTP media. The guard still reports it.
   * @default false
   */
  readonly allowUnencryptedMedia?: boolean;
  /**
   * Whether the provider is set up to answer the agent's SIP digest challenges
   * (user name `apikey`, realm `vgw`, password = the agent's SIP
   * authentication credential). Agents enable SIP authentication by default,
   * so a trunk that cannot answer would fail every call.
   * @default true
   */
  readonly digestAuthentication?: boolean;
  /**
   * IP addresses calls come from (required for direct peering). Each must be
   * in the `ipAllowList` of the agent's `VoiceAgentService`.
   * @default - none
   */
  readonly allowedSourceAddresses?: string[];
  /**
   * The provider's termination host name (e.g. `example.pstn.twilio.com`),
   * used for call transfers (SIP REFER) and outbound calls.
   * @default - none: transfers can only use `tel:` targets
   */
  readonly terminationUri?: string;
  /**
   * Whether the provider's termination is protected by a credential list.
   * @default false - not claimed; the guard blocks outbound calling without termination protection
   */
  readonly terminationCredentialList?: boolean;
  /**
   * Whether the provider's termination is restricted by an IP access-control list.
   * @default false - not claimed; the guard blocks outbound calling without termination protection
   */
  readonly terminationIpAccessControlList?: boolean;
}

/**
 * The SIP trunk that brings calls to an agent: who the provider is, how
 * signalling and media are protected, where calls are sent (origination
 * URIs derived from the agent's regions), and the termination used for
 * transfers and outbound calls. It creates no Terraform resources: the trunk
 * is configured at the provider.
 *
 * Secure by default: TLS signalling, SRTP media, digest authentication.
 * Weaker choices need `allowUnencryptedSignaling` / `allowUnencryptedMedia`
 * and are reported by the guard.
 */
export class SipTrunk extends Construct implements ISipTrunk {
  /**
   * The origination URI of a region: `sip:<region>.voiceagent.cloud.ibm.com`,
   * with `;transport=tls` (or `tcp`) for connection-oriented transports.
   */
  public static originationUri(region: string, transport: SipTransport): string {
    const base = `sip:${region}${SIP_HOST_SUFFIX}`;
    return transport === SipTransport.UDP ? base : `${base};transport=${transport}`;
  }

  /** True for anything implementing {@link ISipTrunk} (also across two loaded copies of the library). */
  public static isSipTrunk(x: unknown): x is ISipTrunk {
    return (
      typeof x === "object" &&
      x !== null &&
      typeof (x as { renderManifest?: unknown }).renderManifest === "function" &&
      typeof (x as { providerKind?: unknown }).providerKind === "string"
    );
  }

  /** The provider kind. */
  public readonly providerKind: SipProviderKind;
  /** The signalling transport. */
  public readonly signalingTransport: SipTransport;
  /** The media protocol. */
  public readonly media: MediaProtocol;
  /** Whether the provider answers SIP digest challenges. */
  public readonly digestAuthentication: boolean;
  /** Source addresses calls come from. */
  public readonly allowedSourceAddresses: readonly string[];
  /** The provider's termination host name, if any. */
  public readonly terminationUri?: string;
  /** Whether termination is protected by a credential list. */
  public readonly terminationCredentialList: boolean;
  /** Whether termination is restricted by an IP access-control list. */
  public readonly terminationIpAccessControlList: boolean;
  /**
   * The Terraform address of the provider-side trunk, set by subclasses that
   * provision it (e.g. `twilio_trunking_trunks_v1.x`).
   */
  protected provisionedTrunkAddress?: string;

  constructor(scope: Construct, id: string, props: SipTrunkProps) {
    super(scope, id);
    ensureGuard(this);
    validateSipTrunkProps(this, props);
    const d = SIP_TRUNK_DEFAULTS;
    this.providerKind = props.providerKind;
    this.signalingTransport = props.signalingTransport ?? d.signalingTransport;
    this.media = props.media ?? d.media;
    this.digestAuthentication = props.digestAuthentication ?? d.digestAuthentication;
    this.allowedSourceAddresses = [...(props.allowedSourceAddresses ?? d.allowedSourceAddresses)];
    this.terminationUri = props.terminationUri;
    this.terminationCredentialList = props.terminationCredentialList ?? d.terminationCredentialList;
    this.terminationIpAccessControlList =
      props.terminationIpAccessControlList ?? d.terminationIpAccessControlList;
  }

  /** The Terraform address of the provisioned provider-side trunk, when the library provisions it. */
  public get provisionedTrunk(): string | undefined {
    return this.provisionedTrunkAddress;
  }

  /** Renders the trunk for an agent in `regions` (primary first, duplicates ignored). */
  public renderManifest(regions: readonly string[]): ManifestSipTrunk {
    const unique = regions.filter((r, i) => regions.indexOf(r) === i);
    return {
      providerKind: this.providerKind,
      originationUris: unique.map((r) => SipTrunk.originationUri(r, this.signalingTransport)),
      signalingTransport: this.signalingTransport,
      media: this.media,
      digestAuthentication: this.digestAuthentication,
      ...(this.terminationUri !== undefined ? { terminationUri: this.terminationUri } : {}),
      allowedSourceAddresses: [...this.allowedSourceAddresses],
      terminationCredentialList: this.terminationCredentialList,
      terminationIpAccessControlList: this.terminationIpAccessControlList,
      ...(this.provisionedTrunk !== undefined ? { provisionedTrunk: this.provisionedTrunk } : {}),
    };
  }
}
