import { phiCloudantRestrictedByCbr as rule } from "../../lib/rules/phi-cloudant-restricted-by-cbr";
import { RuleStatus, Severity } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-EVT-4 the cloudant receiving phi events is restricted by an enforced cbr rule", () => {
  test("passes a cbr rule naming the instance", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("passes a cbr rule covering every cloudant instance of the account", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_cbr_rule.events.resources[0].attributes.pop();
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("warns when no cbr rule restricts the instance", () => {
    const o = outcomeOf(rule, (s) => {
      delete s.resource.ibm_cbr_rule;
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.eventForwarding.cloudantInstance",
    });
    expect(o.detail).toContain("no ibm_cbr_rule in this stack restricts ibm_cloudant.events");
    expect(o.severity ?? rule.severity).toBe(Severity.WARNING);
  });

  test("warns when the cbr rule names another instance", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_cbr_rule.events.resources[0].attributes[2].value =
        "${ibm_cloudant.other.guid}";
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("warns when the cbr rule only reports", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_cbr_rule.events.enforcement_mode = "report";
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
    expect(o.detail).toContain('["report"]');
  });

  test("cannot verify when the enforcement mode is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_cbr_rule.events.enforcement_mode = "${var.mode}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply to agents without phi", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII"];
      delete s.resource.ibm_cbr_rule;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
