import { RuleStatus } from "../../lib/rules/rule";
import { srtpRequiresTlsSignaling as rule } from "../../lib/rules/srtp-requires-tls-signaling";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-SIP-1 srtp media is used only with tls signalling", () => {
  test("passes srtp media with tls signalling and tls origination uris", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails srtp media over udp signalling", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.signalingTransport = "udp";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.signalingTransport",
    });
    expect(o.detail).toContain('got "udp"');
  });

  test("fails when an origination uri lacks transport=tls", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.originationUris[1] = "sip:us-east.voiceagent.cloud.ibm.com";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.originationUris",
    });
    expect(o.detail).toContain("sip:us-east.voiceagent.cloud.ibm.com");
  });

  test("accepts sips: origination uris", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.originationUris = ["sips:us-south.voiceagent.cloud.ibm.com"];
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("cannot verify when the signalling transport is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.signalingTransport = "${var.transport}";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.sipTrunk.signalingTransport",
    });
  });

  test("cannot verify when the media is an expression (it may be srtp)", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.media = "${var.media}";
      s.manifest.sipTrunk!.signalingTransport = "udp";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.sipTrunk.media",
    });
    expect(o.detail).toBe('media is an expression, got "${var.media}"');
  });

  test("cannot verify when an origination uri is an expression and the others use tls", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.originationUris[1] = "${var.second_origination}";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.sipTrunk.originationUris",
    });
    expect(o.detail).toContain("${var.second_origination}");
  });

  test("a plain origination uri fails even when another is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.originationUris = [
        "${var.first_origination}",
        "sip:us-east.voiceagent.cloud.ibm.com",
      ];
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.originationUris",
    });
  });

  test("does not apply to rtp media or to agents without a sip trunk", () => {
    expect(outcomeOf(rule, (s) => void (s.manifest.sipTrunk!.media = "rtp")).status).toBe(
      RuleStatus.NOT_APPLICABLE,
    );
    expect(outcomeOf(rule, (s) => delete s.manifest.sipTrunk).status).toBe(
      RuleStatus.NOT_APPLICABLE,
    );
  });

  test("cannot be acknowledged", () => {
    expect(rule.acknowledgeable).toBe(false);
  });
});
