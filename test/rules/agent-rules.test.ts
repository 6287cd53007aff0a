import { AGENT_RULES } from "../../lib/rules/agent-rules";
import { ALL_RULES } from "../../lib/rules";
import { COVERAGE, NOT_CHECKABLE } from "../../lib/rules/not-checkable";
import { RuleStatus } from "../../lib/rules/rule";
import { compliantStack, contextFor } from "./fixtures/agent-stack";

describe("the agent rule registry", () => {
  test("every rule id is unique across agent and resource rules", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(AGENT_RULES.map((r) => [r.id, r] as const))(
    "%s is a well-formed agent rule",
    (id, r) => {
      expect(id).toMatch(/^VAW-[A-Z]+-\d+$/);
      expect(r.scope).toBe("agent");
      expect(r.title.trim()).not.toBe("");
      expect(r.explanation.trim()).not.toBe("");
      expect(r.fix.trim()).not.toBe("");
      expect(r.docUrl).toMatch(/^https:\/\//);
      expect(typeof r.acknowledgeable).toBe("boolean");
    },
  );

  test("finds the compliant baseline stack compliant or not concerned, for every rule", () => {
    const context = contextFor(compliantStack());
    const verdicts = AGENT_RULES.map((r) => [r.id, r.check(context).map((o) => o.status)]);
    for (const [, statuses] of verdicts) expect(statuses).toHaveLength(1);
    expect(
      verdicts.filter(
        ([, s]) => s[0] !== RuleStatus.COMPLIANT && s[0] !== RuleStatus.NOT_APPLICABLE,
      ),
    ).toEqual([]);
  });

  test("returns one outcome per agent", () => {
    const stack = compliantStack();
    stack.moreAgents.push({ ...compliantStack().manifest, name: "sales" });
    const context = contextFor(stack);
    for (const r of AGENT_RULES) expect(r.check(context)).toHaveLength(2);
  });

  test("keeps the documented rules unacknowledgeable", () => {
    const fixed = AGENT_RULES.filter((r) => !r.acknowledgeable).map((r) => r.id);
    expect(fixed).toEqual(
      expect.arrayContaining(["VAW-SIP-1", "VAW-SOE-1", "VAW-SMS-1", "VAW-CRED-3", "VAW-OUT-3"]),
    );
  });
});

describe("threat coverage (docs/threat-model.md)", () => {
  const notCheckable = new Set(NOT_CHECKABLE.map((n) => n.threat));
  const threatIds = [...new Set([...Object.keys(COVERAGE), ...notCheckable])];
  const numbers = threatIds.map((t) => Number(/^T(\d+)$/.exec(t)?.[1])).sort((a, b) => a - b);
  const threats = numbers.map((n) => `T${n}`);

  test("names threats T1, T2, … without gaps", () => {
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  test.each(threats)(
    "threat %s is either covered by rules or listed as not checkable, not both",
    (threat) => {
      const covered = (COVERAGE[threat] ?? []).length > 0;
      expect(covered !== notCheckable.has(threat)).toBe(true);
    },
  );

  test("names each rule at most once per threat", () => {
    for (const ids of Object.values(COVERAGE)) expect(new Set(ids).size).toBe(ids.length);
  });

  test("maps every agent rule to a threat", () => {
    const named = new Set(Object.values(COVERAGE).flat());
    expect(AGENT_RULES.map((r) => r.id).filter((id) => !named.has(id))).toEqual([]);
  });

  test("maps every resource and provisioning rule to a threat", () => {
    const named = new Set(Object.values(COVERAGE).flat());
    expect(ALL_RULES.map((r) => r.id).filter((id) => !named.has(id))).toEqual([]);
  });

  test("lists each not-checkable threat once, with its title and the reason", () => {
    expect(notCheckable.size).toBe(NOT_CHECKABLE.length);
    for (const n of NOT_CHECKABLE) {
      expect(n.threat).toMatch(/^T\d+$/);
      expect(n.title.length).toBeGreaterThan(10);
      expect(n.why.length).toBeGreaterThan(40);
    }
  });
});
