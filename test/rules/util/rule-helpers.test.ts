import {
  forwarding,
  severityFor,
  STRICT_FOR_PHI_PCI,
} from "../../../lib/rules/util/manifest-queries";
import { maskedUrl, urlScheme } from "../../../lib/rules/util/uris";
import {
  cannotVerify,
  combine,
  compliant,
  nonCompliant,
  notApplicable,
} from "../../../lib/rules/util/verdicts";
import { RuleStatus, Severity } from "../../../lib/rules/rule";
import { compliantManifest, compliantStack, contextFor } from "../fixtures/agent-stack";

describe("agent rule helpers", () => {
  test("escalates findings to errors for phi and pci agents only", () => {
    const stack = compliantStack();
    stack.manifest.dataClasses = ["PII"];
    const [pii] = contextFor(stack).agents;
    expect(severityFor(pii, Severity.WARNING, STRICT_FOR_PHI_PCI)).toBe(Severity.WARNING);
    stack.manifest.dataClasses = ["PII", "PCI"];
    const [pci] = contextFor(stack).agents;
    expect(severityFor(pci, Severity.WARNING, STRICT_FOR_PHI_PCI)).toBe(Severity.ERROR);
    expect(severityFor(pci, Severity.WARNING, { strictFor: ["PHI"] })).toBe(Severity.WARNING);
  });

  test("combines verdicts: non-compliant first with the worst severity, then cannot verify", () => {
    const merged = combine([
      compliant("a"),
      nonCompliant("b", "b is wrong", Severity.WARNING),
      cannotVerify("c", "c is unknown"),
      nonCompliant("d", "d is wrong", Severity.ERROR),
    ]);
    expect(merged).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "b",
      detail: "b is wrong; d is wrong",
      severity: Severity.ERROR,
    });
    expect(combine([compliant("a"), cannotVerify("c", "x")]).status).toBe(RuleStatus.CANNOT_VERIFY);
    expect(combine([notApplicable(), compliant("a")]).status).toBe(RuleStatus.COMPLIANT);
    expect(combine([]).status).toBe(RuleStatus.NOT_APPLICABLE);
  });

  test("reads literal url schemes and masks user info", () => {
    expect(urlScheme("HTTPS://x")).toBe("https");
    expect(urlScheme("${var.url}")).toBe("expression");
    expect(urlScheme("http://${var.host}")).toBe("http");
    expect(maskedUrl("http://user:secret@host/x")).toBe('"http://***@host/x"');
  });

  test("tells forwarded event types from expression-decided ones", () => {
    const m = compliantManifest();
    m.eventForwarding.turnEvents = { enabled: "${var.t}" as any };
    expect(forwarding(m)).toEqual({ on: ["cdrEvents"], unresolved: ["turnEvents"] });
    (m.eventForwarding as any).enabled = "${var.f}";
    expect(forwarding(m)).toEqual({ on: [], unresolved: ["cdrEvents", "turnEvents"] });
    m.eventForwarding.enabled = false;
    expect(forwarding(m)).toEqual({ on: [], unresolved: [] });
  });
});
