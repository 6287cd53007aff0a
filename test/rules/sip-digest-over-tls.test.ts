import { RuleStatus, Severity } from "../../lib/rules/rule";
import { sipDigestOverTls as rule } from "../../lib/rules/sip-digest-over-tls";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-SIP-5 sip digest authentication runs over tls", () => {
  test("passes digest authentication over tls", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails digest over udp as an error for a pci agent", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PCI"];
      s.manifest.sipTrunk!.signalingTransport = "udp";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.sipTrunk.signalingTransport",
      severity: Severity.ERROR,
    });
  });

  test("fails digest over tcp as a warning for a pii-only agent", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII"];
      s.manifest.sipTrunk!.signalingTransport = "tcp";
    });
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.WARNING });
  });

  test("cannot verify when the transport is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.signalingTransport = "${var.transport}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("cannot verify when whether digest authentication is on is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      (s.manifest.sipAuthentication as { enabled: unknown }).enabled = "${var.digest}";
      s.manifest.sipTrunk!.signalingTransport = "udp";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.sipAuthentication.enabled",
    });
    expect(o.detail).toBe('sipAuthentication.enabled is an expression, got "${var.digest}"');
  });

  test("cannot verify digest authentication on an agent without a sip trunk", () => {
    const o = outcomeOf(rule, (s) => {
      delete s.manifest.sipTrunk;
    });
    expect(o).toMatchObject({ status: RuleStatus.CANNOT_VERIFY, attributePath: "input.sipTrunk" });
  });

  test("the expression's attribute path is the transport's", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.signalingTransport = "${var.transport}";
    });
    expect(o.attributePath).toBe("input.sipTrunk.signalingTransport");
  });

  test("does not apply when sip authentication is off", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipAuthentication.enabled = false;
      s.manifest.sipTrunk!.signalingTransport = "udp";
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
