/**
 * The regions where Voice Agent with Watson agents answer calls, and their
 * documented endpoints (research note section 6; IBM docs connect-SIP.md,
 * outbound_calling.md, connect-SMS.md).
 *
 * Frankfurt (`eu-de`) is deliberately not offered: the docs give only IP
 * addresses for its SIP endpoints (fra04 161.156.70.250, fra05
 * 149.81.130.34), no host names. A TLS origination URI needs a host name to
 * check the server certificate against, so a Frankfurt agent could only be
 * reached with unverifiable TLS or plain signalling. The library rejects
 * `eu-de` with a message saying so rather than emit such URIs.
 */

/** A region whose Voice Agent with Watson endpoints have documented host names. */
export enum VoiceAgentRegion {
  /** Dallas. */
  US_SOUTH = "us-south",
  /** Washington DC. */
  US_EAST = "us-east",
}

/** Every supported region, in a stable order. */
export const VOICE_AGENT_REGIONS: readonly string[] = Object.freeze([
  VoiceAgentRegion.US_SOUTH,
  VoiceAgentRegion.US_EAST,
]);

/** The documented endpoints of one region. */
export interface VoiceAgentEndpoints {
  /** Host name that SIP trunks send calls to (origination). */
  readonly sipHost: string;
  /** Base URL of the Outbound calls API. */
  readonly outboundApiBaseUrl: string;
  /** Base URL of the SMS session API and the inbound SMS webhook. */
  readonly smsBaseUrl: string;
}

const ENDPOINTS: Readonly<Record<string, VoiceAgentEndpoints>> = {
  [VoiceAgentRegion.US_SOUTH]: {
    sipHost: "us-south.voiceagent.cloud.ibm.com",
    outboundApiBaseUrl: "https://gateway.voiceagent.cloud.ibm.com",
    smsBaseUrl: "https://sms-south.voiceagent.cloud.ibm.com",
  },
  [VoiceAgentRegion.US_EAST]: {
    sipHost: "us-east.voiceagent.cloud.ibm.com",
    outboundApiBaseUrl: "https://gateway-wdc.voiceagent.cloud.ibm.com",
    smsBaseUrl: "https://sms-east.voiceagent.cloud.ibm.com",
  },
};

/** True for `us-south` and `us-east`. */
export function isVoiceAgentRegion(region: unknown): region is VoiceAgentRegion {
  return typeof region === "string" && VOICE_AGENT_REGIONS.includes(region);
}

/** The endpoints of a supported region (undefined for any other value). */
export function voiceAgentEndpoints(region: string): VoiceAgentEndpoints | undefined {
  return isVoiceAgentRegion(region) ? ENDPOINTS[region] : undefined;
}

/** What to tell a user who asks for a region without documented host names. */
export const UNSUPPORTED_REGION_FIX =
  'use "us-south" or "us-east"; frankfurt ("eu-de") has no documented sip host names, only ip addresses, so tls signalling could not verify the endpoint';

/**
 * The inbound SMS webhook URL to set at the SMS provider, with the API key
 * shown as the placeholder `<API_KEY>` (the key itself never appears).
 */
export function smsWebhookUrl(region: string): string | undefined {
  const e = voiceAgentEndpoints(region);
  if (!e) return undefined;
  return e.smsBaseUrl.replace("https://", "https://apikey:<API_KEY>@") + "/sms.receiver/SmsRecv";
}
