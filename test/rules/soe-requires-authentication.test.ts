import { RuleStatus } from "../../lib/rules/rule";
import { soeRequiresAuthentication as rule } from "../../lib/rules/soe-requires-authentication";
import { outcomeOf, withSoe } from "./fixtures/agent-stack";

describe("VAW-SOE-2 the service orchestration engine requires a user name and password", () => {
  test("passes an soe with user name and password", () => {
    expect(outcomeOf(rule, withSoe).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails an soe without a password", () => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      delete s.manifest.conversation.location1.password;
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.conversation.location1.password",
    });
  });

  test("fails an soe with neither user name nor password", () => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      delete s.manifest.conversation.location1.password;
      delete s.manifest.conversation.location1.userName;
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
    expect(o.detail).toContain("userName or password");
  });

  test.each([
    ["empty", ""],
    ["blank", "   "],
  ])("fails an soe whose user name is %s: basic authentication with no user", (_, userName) => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      s.manifest.conversation.location1.userName = userName;
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.conversation.location1.userName",
    });
    expect(o.detail).toContain("has no userName, so it is called without authentication");
  });

  test("names a literal password as such instead of saying there is none", () => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      (s.manifest.conversation.location1 as { password: unknown }).password = "hunter2-literal";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.conversation.location1.password",
    });
    expect(o.detail).toContain("written as a literal string, not a secret reference");
    expect(o.detail).not.toContain("has no");
    expect(o.detail).not.toContain("hunter2");
  });

  test("cannot verify when the service type is an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.conversation.location1.serviceType = "${var.service_type}";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.conversation.location1.serviceType",
    });
  });

  test("does not apply when watson assistant is called directly", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
