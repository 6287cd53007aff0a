import { RuleStatus } from "../../lib/rules/rule";
import { soeUsesHttps as rule } from "../../lib/rules/soe-uses-https";
import { outcomeOf, withSoe } from "./fixtures/agent-stack";

describe("VAW-SOE-1 the service orchestration engine is called over https", () => {
  test("passes an https soe url", () => {
    expect(outcomeOf(rule, withSoe)).toMatchObject({
      status: RuleStatus.COMPLIANT,
      attributePath: "input.conversation.location1.url",
    });
  });

  test("fails an http soe url, masking credentials in it", () => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      s.manifest.conversation.location1.url = "http://va:hunter2@soe.example.com/soe";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.conversation.location1.url",
    });
    expect(o.detail).toContain("http://***@soe.example.com/soe");
    expect(o.detail).not.toContain("hunter2");
  });

  test("cannot verify when the scheme is part of an expression", () => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      s.manifest.conversation.location1.url = "${var.soe_url}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("judges a literal scheme followed by an expression host", () => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      s.manifest.conversation.location1.url = "https://${var.soe_host}/soe";
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("does not apply when watson assistant is called directly", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.NOT_APPLICABLE);
  });

  test("cannot be acknowledged", () => {
    expect(rule.acknowledgeable).toBe(false);
  });
});
