import { callersAuthenticatedBySipDigest as rule } from "../../lib/rules/callers-authenticated-by-sip-digest";
import { RuleStatus, Severity } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-SIP-4 sip endpoints authenticate with sip digest", () => {
  test("passes when sip authentication is on", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails as an error when sip authentication is off and nothing restricts callers", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipAuthentication.enabled = false;
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipAuthentication.enabled",
    });
    expect(o.severity ?? rule.severity).toBe(Severity.ERROR);
  });

  test("fails as a warning when only the ip allow-list restricts callers", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipAuthentication.enabled = false;
      s.manifest.ipAllowList = [{ ipNickname: "pbx", ipAddress: "198.51.100.7" }];
    });
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.WARNING });
    expect(o.detail).toContain("1 entries");
  });

  test("counts the trunk's allowed source addresses as an allow-list", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipAuthentication.enabled = false;
      s.manifest.sipTrunk!.allowedSourceAddresses = ["198.51.100.7"];
    });
    expect(o.severity).toBe(Severity.WARNING);
  });

  test("cannot verify when sip authentication is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      (s.manifest.sipAuthentication as any).enabled = "${var.sip_auth}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to sms agents", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.agentType = "SMS";
      delete s.manifest.sipTrunk;
      s.manifest.sipAuthentication.enabled = false;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
