import * as fs from "fs";
import * as path from "path";
import { ALL_RULES } from "../../lib/rules";
import { GUARD_CHECKS } from "../../lib/guard";
import { COVERAGE, NOT_CHECKABLE } from "../../lib/rules/not-checkable";

// docs/threat-model.md is written by hand; these tests hold it to the rules
// (every id named), to the coverage mapping in lib/rules/not-checkable.ts
// (same threats, same rule ids, same reasons) and to the code citing it
// (every `docs/threat-model.md#anchor` in lib/ and scripts/ exists).

const ROOT = path.join(__dirname, "..", "..");
const DOC = fs.readFileSync(path.join(ROOT, "docs", "threat-model.md"), "utf8");
const RULE_IDS = [...ALL_RULES, ...GUARD_CHECKS].map((r) => r.id);
const RULE_ID = /VAW-[A-Z]+-\d+/g;

interface Threat {
  readonly id: string;
  readonly title: string;
  readonly anchor: string | undefined;
  readonly guardedBy: readonly string[] | undefined;
  readonly notCheckable: string | undefined;
  readonly body: string;
}

/** The `#### T<n>: title` sections, each with the anchor line above it and its body. */
function threats(doc: string): Threat[] {
  const lines = doc.split("\n");
  const found: Threat[] = [];
  lines.forEach((line, i) => {
    const h = /^#{3,4} (T\d+): (.+)$/.exec(line);
    if (!h) return;
    const anchor = /^<a id="([^"]+)"><\/a>$/.exec(lines[i - 1] ?? "")?.[1];
    const end = lines.findIndex((l, j) => j > i && (/^#/.test(l) || /^<a id=/.test(l)));
    const body = lines.slice(i + 1, end === -1 ? undefined : end).join("\n");
    const guarded = /^\*\*Guarded by:\*\* (.+)$/m.exec(body)?.[1];
    found.push({
      id: h[1],
      title: h[2],
      anchor,
      guardedBy: guarded === undefined ? undefined : [...new Set(guarded.match(RULE_ID) ?? [])],
      notCheckable: /^\*\*Not checkable from configuration:\*\* (.+)$/m.exec(body)?.[1],
      body,
    });
  });
  return found;
}

/** Rule ids in the rows of the "Planned checks" table, with the threat each row links to. */
function plannedChecks(doc: string): { id: string; threat: string }[] {
  const start = doc.indexOf("\n## Planned checks\n");
  if (start === -1) return [];
  const next = doc.indexOf("\n## ", start + 1);
  const section = doc.slice(start, next === -1 ? undefined : next);
  return [...section.matchAll(/^\| (VAW-[A-Z]+-\d+) \|.*\[(T\d+)\]\(#t\d+\) \|$/gm)].map((m) => ({
    id: m[1],
    threat: m[2],
  }));
}

/** GitHub's heading slug: lowercase, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Every anchor a link to the document can name: explicit `<a id>` ids and heading slugs. */
function anchors(doc: string): Set<string> {
  const ids = [...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
  const slugs = [...doc.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]));
  return new Set([...ids, ...slugs]);
}

/** `docs/threat-model.md#…` citations in the .ts files under a folder, as "file: anchor". */
function citations(folder: string): { file: string; anchor: string }[] {
  const dir = path.join(ROOT, folder);
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) =>
      [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/threat-model\.md#([\w-]+)/g)].map(
        (m) => ({ file: path.join(folder, f), anchor: m[1] }),
      ),
    );
}

const THREATS = threats(DOC);
const PLANNED = plannedChecks(DOC);

describe("docs/threat-model.md", () => {
  test.each(RULE_IDS)("names %s", (id) => {
    expect(DOC).toMatch(new RegExp(`\\b${id}(?!\\d)`));
  });

  test("names every rule id inside a threat's Guarded by line", () => {
    const guarded = new Set(THREATS.flatMap((t) => t.guardedBy ?? []));
    expect(RULE_IDS.filter((id) => !guarded.has(id))).toEqual([]);
  });

  test("numbers its threats T1, T2, … without gaps, each under its own anchor", () => {
    expect(THREATS.length).toBeGreaterThan(20);
    expect(THREATS.map((t) => t.id)).toEqual(THREATS.map((_, i) => `T${i + 1}`));
    expect(THREATS.filter((t) => t.anchor !== t.id.toLowerCase()).map((t) => t.id)).toEqual([]);
  });

  test("gives every threat either the rules guarding it or why it cannot be checked, not both", () => {
    const wrong = THREATS.filter(
      (t) => (t.guardedBy !== undefined) === (t.notCheckable !== undefined),
    ).map((t) => t.id);
    expect(wrong).toEqual([]);
    for (const t of THREATS) if (t.guardedBy) expect(t.guardedBy.length).toBeGreaterThan(0);
  });

  test("describes each threat's assets and boundary before its verdict", () => {
    for (const t of THREATS) {
      const prose = t.body.split("\n**")[0];
      expect(prose).toMatch(/; B\d(, B\d)*; /);
      expect(prose.trim().length).toBeGreaterThan(80);
    }
  });

  test("lists the same rules per threat as the coverage mapping", () => {
    const fromDoc = Object.fromEntries(
      THREATS.filter((t) => t.guardedBy).map((t) => [t.id, t.guardedBy]),
    );
    expect(fromDoc).toEqual(
      Object.fromEntries(Object.entries(COVERAGE).map(([t, ids]) => [t, [...ids]])),
    );
  });

  test("gives the not-checkable threats the titles and reasons of NOT_CHECKABLE", () => {
    const fromDoc = THREATS.filter((t) => t.notCheckable).map((t) => ({
      threat: t.id,
      title: t.title,
      why: t.notCheckable,
    }));
    expect(fromDoc).toEqual(NOT_CHECKABLE.map((n) => ({ ...n })));
  });

  test("lists as planned exactly the mapped rule ids that do not exist yet, with their threats", () => {
    const existing = new Set(RULE_IDS);
    const mapped = Object.entries(COVERAGE).flatMap(([threat, ids]) =>
      ids.map((id) => ({ id, threat })),
    );
    const missing = mapped.filter((m) => !existing.has(m.id));
    const sortById = (xs: { id: string; threat: string }[]) =>
      [...xs].sort((a, b) => a.id.localeCompare(b.id));
    // A planned rule that now exists makes this fail: delete its row (and the
    // section once empty).
    expect(sortById(PLANNED)).toEqual(sortById(missing));
  });

  test("cites IBM documentation by its cloud.ibm.com/docs URLs", () => {
    const ibm = [...DOC.matchAll(/\]\((https:\/\/[^)\s]*ibm\.com[^)\s]*)\)/g)].map((m) => m[1]);
    expect(ibm.length).toBeGreaterThan(THREATS.length);
    expect(ibm.filter((u) => !/^https:\/\/cloud\.ibm\.com\/docs\/\w/.test(u))).toEqual([]);
    for (const t of THREATS.filter((x) => x.notCheckable))
      expect(t.body).toMatch(/cloud\.ibm\.com/);
  });

  test("has every anchor that lib/, scripts/ and the document itself cite", () => {
    const known = anchors(DOC);
    const cited = [
      ...citations("lib"),
      ...citations("scripts"),
      ...[...DOC.matchAll(/\]\(#([\w-]+)\)/g)].map((m) => ({
        file: "docs/threat-model.md",
        anchor: m[1],
      })),
    ];
    expect(citations("lib").length).toBeGreaterThan(0);
    expect(cited.filter((c) => !known.has(c.anchor))).toEqual([]);
  });

  test("is cited by every rule file, with the threats the coverage mapping gives the rule", () => {
    const byRule = new Map<string, Set<string>>();
    for (const [t, ids] of Object.entries(COVERAGE))
      for (const id of ids) byRule.set(id, (byRule.get(id) ?? new Set()).add(t.toLowerCase()));
    const wrong: string[] = [];
    for (const rule of ALL_RULES) {
      const files = citations("lib/rules").filter((c) =>
        new RegExp(`\\* ${rule.id} \\(`).test(fs.readFileSync(path.join(ROOT, c.file), "utf8")),
      );
      const cited = new Set(files.map((c) => c.anchor));
      const expected = byRule.get(rule.id) ?? new Set();
      if ([...expected].sort().join() !== [...cited].sort().join())
        wrong.push(
          `${rule.id}: cites ${[...cited].join(",")}, mapped to ${[...expected].join(",")}`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
