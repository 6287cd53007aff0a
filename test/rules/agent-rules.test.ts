import { AGENT_RULES } from "../../lib/rules/agent-rules";
import { ALL_RULES } from "../../lib/rules";
import { COVERAGE, NOT_CHECKABLE } from "../../lib/rules/not-checkable";
import { RuleStatus } from "../../lib/rules/rule";
import { compliantStack, contextFor } from "./fixtures/agent-stack";

/** Agent rules that go beyond section 11 (every manifest URL and signalling transport judged). */
const BEYOND_SECTION_11 = ["VAW-SIP-2", "VAW-DATA-3"];

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

describe("section 11 coverage", () => {
  const items = Array.from({ length: 29 }, (_, i) => i + 1);
  const notCheckable = new Set(NOT_CHECKABLE.map((n) => n.item));

  test.each(items)(
    "item %i is either covered by rules or listed as not checkable, not both",
    (item) => {
      const covered = (COVERAGE[item] ?? []).length > 0;
      expect(covered !== notCheckable.has(item)).toBe(true);
    },
  );

  test("names only rules that exist", () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    const named = Object.values(COVERAGE).flat();
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  test("maps every agent rule to an item, except the ones that go beyond section 11", () => {
    const named = new Set(Object.values(COVERAGE).flat());
    const unmapped = AGENT_RULES.map((r) => r.id).filter((id) => !named.has(id));
    expect(unmapped.sort()).toEqual([...BEYOND_SECTION_11].sort());
  });

  test("lists each not-checkable item once, with the reason", () => {
    expect(notCheckable.size).toBe(NOT_CHECKABLE.length);
    for (const n of NOT_CHECKABLE) {
      expect(items).toContain(n.item);
      expect(n.combination.length).toBeGreaterThan(10);
      expect(n.why.length).toBeGreaterThan(40);
    }
  });
});
