import { isTerraformExpression, isTlsSipUri } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-SIP-1 (docs/threat-model.md#t3): SRTP media is used only with TLS
 * signalling. Not acknowledgeable: over plain SIP the SRTP keys can be read,
 * so the media encryption is void and no reason makes it otherwise.
 */
export const srtpRequiresTlsSignaling: Rule = {
  id: "VAW-SIP-1",
  severity: Severity.ERROR,
  title: "SRTP media is used only with TLS signalling",
  explanation:
    "SIP trunks key SRTP with SDES: the master keys travel in the SDP (a=crypto lines) of the SIP messages. Over UDP or TCP " +
    "signalling anyone on the path reads them and decrypts the audio, so the call only looks encrypted. IBM's Securing " +
    "connections page pairs SRTP with encrypted SIP messages (Twilio Secure Trunking turns on both).",
  fix: "set the trunk's signalingTransport to tls so that every origination uri carries ;transport=tls (Twilio: enable Secure Trunking)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-securing#SRTP",
  acknowledgeable: false,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const trunk = manifest.sipTrunk;
      if (!trunk) return notApplicable();
      if (isTerraformExpression(trunk.media))
        return cannotVerify("sipTrunk.media", `media is an expression, got ${shown(trunk.media)}`);
      if (String(trunk.media).toLowerCase() !== "srtp") return notApplicable();
      const transport = trunk.signalingTransport;
      if (isTerraformExpression(transport))
        return cannotVerify(
          "sipTrunk.signalingTransport",
          `signalingTransport is an expression, got ${shown(transport)}`,
        );
      if (String(transport).toLowerCase() !== "tls")
        return nonCompliant(
          "sipTrunk.signalingTransport",
          `signalingTransport must be tls when media is srtp, got ${shown(transport)}; the srtp keys would cross the network in clear`,
        );
      const uris = Array.isArray(trunk.originationUris) ? trunk.originationUris : [];
      const unresolved = uris.filter((u) => isTerraformExpression(u));
      const plain = uris.filter((u) => !isTerraformExpression(u) && !isTlsSipUri(u));
      if (plain.length > 0)
        return nonCompliant(
          "sipTrunk.originationUris",
          `every origination uri must use tls when media is srtp, got ${shown(plain)}`,
        );
      if (unresolved.length > 0)
        return cannotVerify(
          "sipTrunk.originationUris",
          `origination uris are expressions, got ${shown(unresolved)}`,
        );
      return compliant("sipTrunk.signalingTransport");
    });
  },
};
