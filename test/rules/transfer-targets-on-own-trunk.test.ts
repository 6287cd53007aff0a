import { RuleStatus } from "../../lib/rules/rule";
import { transferTargetsOnOwnTrunk as rule } from "../../lib/rules/transfer-targets-on-own-trunk";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-XFER-1 transfer targets are e.164 numbers reached through the agent's own trunk", () => {
  test("passes a tel: default target and a sip: target on the termination host", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("accepts visual separators in tel: numbers and a port on the termination host", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.defaultTransferTarget = "tel:+1-800-555-0100";
      s.manifest.sipTrunk!.terminationUri = "sip:TRUNK.carrier.example.com:5061";
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails a sip target on another host", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.allowedTransferTargets = ["sip:+18005550101@pbx.elsewhere.example"];
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.callTransfer.allowedTransferTargets.0",
    });
    expect(o.detail).toContain('must be "trunk.carrier.example.com"');
  });

  // Each holds a well-formed target somewhere inside: only a target that IS one passes.
  test.each([
    [
      "a sip uri on another host that carries a tel: uri",
      "sip:pbx.elsewhere.example;x=tel:+18005550101",
    ],
    ["a tel: uri after other text", "xtel:+18005550101"],
    ["a tel: uri followed by a host", "tel:+18005550101@pbx.elsewhere.example"],
    [
      "a sip uri with the trunk host as a parameter",
      "sip:+18005550101@pbx.elsewhere.example;h=trunk.carrier.example.com",
    ],
    [
      "a sip uri with the trunk host as a sub-domain",
      "sip:+18005550101@trunk.carrier.example.com.elsewhere.example",
    ],
    ["a number with trailing digits", "tel:+180055501012345678"],
  ])("fails %s", (_, target) => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.allowedTransferTargets = [target];
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.callTransfer.allowedTransferTargets.0",
    });
  });

  test("fails a default target that is not an e.164 number", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.defaultTransferTarget = "tel:5550100";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.callTransfer.defaultTransferTarget",
    });
  });

  test("fails a sip target with a named user instead of a number", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.allowedTransferTargets = ["sip:alice@trunk.carrier.example.com"];
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("fails a sip target when the trunk declares no termination", () => {
    const o = outcomeOf(rule, (s) => {
      delete s.manifest.sipTrunk!.terminationUri;
    });
    expect(o.detail).toContain("declares no terminationUri");
  });

  test("cannot verify an expression target or termination", () => {
    const target = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.defaultTransferTarget = "${var.target}";
    });
    expect(target).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.callTransfer.defaultTransferTarget",
    });
    const termination = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.terminationUri = "${twilio_trunking_trunks_v1.t.domain_name}";
    });
    expect(termination.attributePath).toBe("input.sipTrunk.terminationUri");
  });

  test("does not apply without transfer targets", () => {
    expect(outcomeOf(rule, (s) => delete s.manifest.callTransfer).status).toBe(
      RuleStatus.NOT_APPLICABLE,
    );
  });
});
