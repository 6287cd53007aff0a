import * as fs from "fs";
import { renderRulesDoc, RULES_DOC_PATH } from "../../scripts/generate-rules-doc";
import { ALL_RULES } from "../../lib/rules";
import { GUARD_CHECKS, failsClosed, undecidedBehaviour } from "../../lib/guard";
import { NOT_CHECKABLE } from "../../lib/rules/not-checkable";
import { Severity } from "../../lib/rules/rule";

describe("RULES.md", () => {
  test("is up to date with the rule metadata (regenerate with `npm run docs:rules`)", () => {
    const committed = fs.existsSync(RULES_DOC_PATH)
      ? fs.readFileSync(RULES_DOC_PATH, "utf8")
      : "(missing)";
    expect(committed).toBe(renderRulesDoc());
  });

  test("documents every rule and guard check with severity, why, fix, acknowledgeable and reference", () => {
    const doc = renderRulesDoc();
    for (const r of [...ALL_RULES, ...GUARD_CHECKS]) {
      const start = doc.indexOf(`### ${r.id}\n`);
      expect(start).toBeGreaterThanOrEqual(0);
      const section = doc.slice(start, doc.indexOf("\n#", start + 1));
      expect(section).toContain(`**${r.title}**`);
      expect(section).toContain(`- Why: ${r.explanation}`);
      expect(section).toContain(`- Fix: ${r.fix}`);
      expect(section).toContain(`- Acknowledgeable: ${r.acknowledgeable ? "yes" : "no"}`);
      expect(section).toContain(`- Reference: <${r.docUrl}>`);
    }
  });

  test("lists the threats that configuration cannot decide, linked to the threat model", () => {
    const doc = renderRulesDoc();
    expect(NOT_CHECKABLE.length).toBeGreaterThan(0);
    for (const n of NOT_CHECKABLE)
      expect(doc).toContain(
        `| [${n.threat}](docs/threat-model.md#${n.threat.toLowerCase()}) | ${n.title} | `,
      );
  });

  test("states per rule what happens when it cannot decide, from its metadata", () => {
    const doc = renderRulesDoc();
    for (const r of ALL_RULES) {
      const start = doc.indexOf(`### ${r.id}\n`);
      const section = doc.slice(start, doc.indexOf("\n#", start + 1));
      expect(section).toContain(`- When it cannot decide: ${undecidedBehaviour(r)}`);
      expect(doc).toContain(`| ${failsClosed(r) ? "blocks" : "warns"} |`);
      const row = doc.split("\n").find((l) => l.startsWith(`| [${r.id}](`));
      expect(row?.endsWith(`| ${failsClosed(r) ? "blocks" : "warns"} |`)).toBe(true);
    }
    expect(undecidedBehaviour({ severity: Severity.ERROR, acknowledgeable: false })).toMatch(
      /blocks synthesis .* until the value is made decidable \(the rule cannot be acknowledged\)$/,
    );
    expect(undecidedBehaviour({ severity: Severity.WARNING, acknowledgeable: true })).toMatch(
      /^a cannot-verify warning, for every agent/,
    );
  });

  test("gives every rule id once", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
