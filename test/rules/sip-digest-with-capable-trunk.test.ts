import { RuleStatus } from "../../lib/rules/rule";
import { sipDigestWithCapableTrunk as rule } from "../../lib/rules/sip-digest-with-capable-trunk";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-SIP-6 sip authentication only on trunks that answer digest challenges", () => {
  test("passes a non-twilio trunk that answers digest challenges", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("warns for a twilio trunk with sip authentication", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.providerKind = "twilio";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.providerKind",
    });
    expect(o.detail).toContain("twilio");
    expect(rule.severity).toBe("warning");
  });

  test("fails a trunk declared unable to answer digest challenges", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.digestAuthentication = false;
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.digestAuthentication",
    });
  });

  test("cannot verify when the provider kind is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.providerKind = "${var.provider}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply when sip authentication is off", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.providerKind = "twilio";
      s.manifest.sipAuthentication.enabled = false;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
