import { outboundSecureTrunkingMatchesTrunk as rule } from "../../lib/rules/outbound-secure-trunking-matches-trunk";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf, withTwilioTrunk } from "./fixtures/agent-stack";

describe("VAW-OUT-1 outbound calling's secure trunking setting matches the sip trunk", () => {
  test("passes secure trunking with an srtp trunk", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("passes when the provisioned twilio trunk is secure too", () => {
    expect(outcomeOf(rule, (s) => withTwilioTrunk(s, true)).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails an srtp trunk whose outbound calls are not secured", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.outboundCalling.secureTrunking = false;
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.outboundCalling.secureTrunking",
    });
    expect(o.detail).toContain("would not be secured");
  });

  test("fails secure trunking on an rtp trunk", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.media = "rtp";
    });
    expect(o.detail).toContain("outbound calls fail");
  });

  test("fails when the provisioned twilio trunk is not secure", () => {
    const o = outcomeOf(rule, (s) => withTwilioTrunk(s, false));
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.provisionedTrunk",
    });
  });

  test("cannot verify when the flag or the twilio setting is an expression", () => {
    const flag = outcomeOf(rule, (s) => {
      (s.manifest.outboundCalling as any).secureTrunking = "${var.secure}";
    });
    expect(flag.status).toBe(RuleStatus.CANNOT_VERIFY);
    const twilio = outcomeOf(rule, (s) => withTwilioTrunk(s, "${var.secure}"));
    expect(twilio.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply when outbound calling is off", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.outboundCalling.enabled = false;
      s.manifest.outboundCalling.secureTrunking = false;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
