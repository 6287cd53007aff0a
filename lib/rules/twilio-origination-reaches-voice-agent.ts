import { parseSipUri } from "../core";
import { VOICE_AGENT_REGIONS, voiceAgentEndpoints } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { isLiteralString, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

const ORIGINATION = "twilio_trunking_trunks_origination_urls_v1";
const SIP_HOSTS = VOICE_AGENT_REGIONS.map((r) => voiceAgentEndpoints(r)?.sipHost);

/**
 * VAW-TWILIO-4 (docs/threat-model.md#t8): Twilio origination URLs point at a
 * Voice Agent with Watson SIP host (`<region>.voiceagent.cloud.ibm.com`). A
 * warning: a deliberate SBC in front of the agent is possible, but it then
 * sees every call.
 */
export const twilioOriginationReachesVoiceAgent: Rule = {
  id: "VAW-TWILIO-4",
  severity: Severity.WARNING,
  title: "Twilio origination URLs point at a Voice Agent with Watson SIP host",
  explanation:
    "Origination sends every inbound call (audio, caller number, SIP headers) to the URL's host. In a voice agent stack that " +
    "host is expected to be us-south.voiceagent.cloud.ibm.com or us-east.voiceagent.cloud.ibm.com; any other host receives " +
    "the callers' conversations, by mistake (a typo, a test SBC left in) or on purpose.",
  fix: "point the origination url at sip:<region>.voiceagent.cloud.ibm.com;transport=tls, or acknowledge the intermediary with the reason it is trusted",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-connect",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType(ORIGINATION).map((url) => {
      const sipUrl = url.body.sip_url;
      if (!isLiteralString(sipUrl))
        return outcome(
          url,
          cannotVerify("sip_url", `sip_url is an expression, got ${shown(sipUrl)}`),
        );
      const uri = parseSipUri(sipUrl);
      if (uri.ok && SIP_HOSTS.includes(uri.host)) return outcome(url, compliant("sip_url"));
      const detail = uri.ok
        ? `${shown(sipUrl)} sends calls to ${shown(uri.host)}, not to a voice agent with watson sip host (${SIP_HOSTS.join(", ")})`
        : `${shown(sipUrl)} is not a sip uri: it ${uri.reason}`;
      return outcome(url, nonCompliant("sip_url", detail));
    });
  },
};
