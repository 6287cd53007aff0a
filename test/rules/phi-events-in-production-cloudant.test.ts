import { phiEventsInProductionCloudant as rule } from "../../lib/rules/phi-events-in-production-cloudant";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-EVT-3 events of phi agents go to a paid-plan cloudant that audits data access", () => {
  test("passes a standard-plan cloudant with data events", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails a lite-plan cloudant", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_cloudant.events.plan = "lite";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.eventForwarding.cloudantInstance",
    });
    expect(o.detail).toContain("ibm_cloudant.events is on the lite plan");
  });

  test("fails a cloudant without include_data_events (the provider default is false)", () => {
    const o = outcomeOf(rule, (s) => {
      delete s.resource.ibm_cloudant.events.include_data_events;
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
    expect(o.detail).toContain("include_data_events of ibm_cloudant.events must be true");
  });

  test("reports both problems at once", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_cloudant.events.plan = "lite";
      s.resource.ibm_cloudant.events.include_data_events = false;
    });
    expect(o.detail).toMatch(/lite plan.*; include_data_events/);
  });

  test("cannot verify when the plan is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_cloudant.events.plan = "${var.cloudant_plan}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("cannot verify a cloudant read with a data source or outside the stack", () => {
    const fromData = outcomeOf(rule, (s) => {
      s.data.ibm_resource_instance.events = { name: "events", service: "cloudantnosqldb" };
      s.manifest.eventForwarding.cloudantInstance = "data.ibm_resource_instance.events";
    });
    expect(fromData.status).toBe(RuleStatus.CANNOT_VERIFY);
    const otherAccount = outcomeOf(rule, (s) => {
      delete s.manifest.eventForwarding.cloudantInstance;
    });
    expect(otherAccount.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to agents without phi or without forwarding", () => {
    const noPhi = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII", "PCI"];
      s.resource.ibm_cloudant.events.plan = "lite";
    });
    expect(noPhi.status).toBe(RuleStatus.NOT_APPLICABLE);
    const off = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.enabled = false;
      s.resource.ibm_cloudant.events.plan = "lite";
    });
    expect(off.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
