import { RuleStatus, Severity } from "../../lib/rules/rule";
import { sipSignalingUsesTls as rule } from "../../lib/rules/sip-signaling-uses-tls";
import { AgentStack, outcomeOf } from "./fixtures/agent-stack";

const rtp = (s: AgentStack) => {
  s.manifest.sipTrunk!.media = "rtp";
};

describe("VAW-SIP-2 sip signalling uses tls", () => {
  test("passes tls signalling with rtp media", () => {
    expect(outcomeOf(rule, rtp).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails tcp signalling as an error for a phi or pci agent", () => {
    const o = outcomeOf(rule, (s) => {
      rtp(s);
      s.manifest.sipTrunk!.signalingTransport = "tcp";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.signalingTransport",
      severity: Severity.ERROR,
    });
  });

  test("fails udp signalling as a warning for a pii-only agent", () => {
    const o = outcomeOf(rule, (s) => {
      rtp(s);
      s.manifest.dataClasses = ["PII"];
      s.manifest.sipTrunk!.signalingTransport = "udp";
    });
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.WARNING });
  });

  test("fails a tls trunk whose origination uri is plain", () => {
    const o = outcomeOf(rule, (s) => {
      rtp(s);
      s.manifest.sipTrunk!.originationUris = ["sip:us-south.voiceagent.cloud.ibm.com"];
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.originationUris",
    });
  });

  test("cannot verify when the transport is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      rtp(s);
      s.manifest.sipTrunk!.signalingTransport = "${var.transport}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("leaves srtp trunks to VAW-SIP-1 and ignores agents without a trunk", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.NOT_APPLICABLE);
    expect(outcomeOf(rule, (s) => delete s.manifest.sipTrunk).status).toBe(
      RuleStatus.NOT_APPLICABLE,
    );
  });
});
