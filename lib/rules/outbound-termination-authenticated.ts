import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { whenOutbound } from "./util/manifest-queries";
import { renderedBoolean } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, perAgent } from "./util/verdicts";

const ASSOCIATIONS = [
  "twilio_trunking_trunks_credential_lists_v1",
  "twilio_trunking_trunks_ip_access_control_lists_v1",
];

/**
 * VAW-OUT-2 (docs/threat-model.md#t11): with outbound calling on, the
 * provider's termination is protected by an IP access-control list or a
 * credential list (stated on the trunk, or provisioned in this stack for a
 * Twilio trunk).
 */
export const outboundTerminationAuthenticated: Rule = {
  id: "VAW-OUT-2",
  severity: Severity.ERROR,
  title: "The trunk's termination requires an IP access-control list or a credential list",
  explanation:
    "Outbound calls leave through the provider's termination URI. IBM requires at least one authentication scheme on it " +
    "(IP access-control lists and/or credential lists); an open termination lets anyone who learns the URI place calls " +
    "billed to the account (toll fraud).",
  fix: "restrict the termination with an ip access-control list of the voice agent outbound addresses and/or a credential list, and state it on the trunk (terminationIpAccessControlList / terminationCredentialList)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-enable-outbound-calling",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const gate = whenOutbound(manifest);
      if (gate) return gate;
      const trunk = manifest.sipTrunk;
      if (!trunk)
        return cannotVerify(
          "sipTrunk",
          "the manifest has no sip trunk, so its termination is unknown",
        );
      const claims = [
        renderedBoolean(trunk.terminationCredentialList),
        renderedBoolean(trunk.terminationIpAccessControlList),
      ];
      if (claims.includes(true)) return compliant("sipTrunk.terminationCredentialList");
      const provisioned = context.document.resolve(trunk.provisionedTrunk);
      const associated =
        provisioned !== undefined &&
        ASSOCIATIONS.some((type) =>
          context.document
            .ofType(type)
            .some(
              (a) => context.document.resolve(a.body.trunk_sid)?.address === provisioned.address,
            ),
        );
      if (associated) return compliant("sipTrunk.provisionedTrunk");
      if (claims.includes("expression"))
        return cannotVerify(
          "sipTrunk.terminationCredentialList",
          "the termination protection flags are expressions",
        );
      return nonCompliant(
        "sipTrunk.terminationCredentialList",
        "outbound calling is on but the trunk's termination has neither an ip access-control list nor a credential list",
      );
    });
  },
};
