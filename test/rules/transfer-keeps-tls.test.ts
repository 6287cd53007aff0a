import { RuleStatus, Severity } from "../../lib/rules/rule";
import { transferKeepsTls as rule } from "../../lib/rules/transfer-keeps-tls";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-XFER-2 sip transfer targets of a tls trunk do not force udp or tcp", () => {
  test("passes a sip target with transport=tls", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails a sip target forcing udp, as an error for a phi agent", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.allowedTransferTargets = [
        "sip:+18005550101@trunk.carrier.example.com;transport=udp",
      ];
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.callTransfer.allowedTransferTargets.0",
      severity: Severity.ERROR,
    });
  });

  test("warns for a pii-only agent forcing tcp", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII"];
      s.manifest.callTransfer!.defaultTransferTarget =
        "sip:+18005550100@trunk.carrier.example.com;transport=TCP";
    });
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.WARNING });
  });

  test("cannot verify an expression target", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.allowedTransferTargets = ["${var.target}"];
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to trunks without tls or to tel: targets only", () => {
    const udp = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.signalingTransport = "udp";
    });
    expect(udp.status).toBe(RuleStatus.NOT_APPLICABLE);
    const telOnly = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.allowedTransferTargets = [];
    });
    expect(telOnly.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
