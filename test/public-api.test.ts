import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import * as root from "../lib";

// The package root is a curated list (lib/index.ts), recorded in the API report that
// `npm run api:check` keeps current. These tests hold the list to its rules: explicit
// names only, at most 150 of them, no internals, and the same names as the report.

const ROOT = path.join(__dirname, "..");
const INDEX = path.join(ROOT, "lib", "index.ts");
const REPORT = path.join(ROOT, "etc", "cdktf-ibm-voice-agent.api.md");
const MAX_ROOT_NAMES = 150;

/** The names lib/index.ts exports, each with whether it is type-only, read from its syntax. */
function indexExports(): { names: Map<string, { typeOnly: boolean }>; problems: string[] } {
  const source = ts.createSourceFile(
    INDEX,
    fs.readFileSync(INDEX, "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
  const names = new Map<string, { typeOnly: boolean }>();
  const problems: string[] = [];
  for (const statement of source.statements) {
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    if (!ts.isExportDeclaration(statement)) {
      problems.push(`line ${line}: not a re-export (lib/index.ts only re-exports)`);
      continue;
    }
    const clause = statement.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause)) {
      problems.push(`line ${line}: \`export *\` (name each export)`);
      continue;
    }
    for (const element of clause.elements) {
      const name = element.name.text;
      if (names.has(name)) problems.push(`line ${line}: ${name} exported twice`);
      names.set(name, { typeOnly: statement.isTypeOnly || element.isTypeOnly });
    }
  }
  return { names, problems };
}

/** The top-level names the API report declares as exported. */
function reportNames(report: string): string[] {
  const names: string[] = [];
  const declaration =
    /^(?:export (?:declare )?(?:abstract )?(?:class|interface|enum|type|function|const|let|var|namespace)|declare namespace) (\w+)/gm;
  for (const m of report.matchAll(declaration)) names.push(m[1]);
  return names;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe("the package root", () => {
  const { names, problems } = indexExports();

  test("names every export explicitly, each once, and only re-exports", () => {
    expect(problems).toEqual([]);
  });

  test(`exports at most ${MAX_ROOT_NAMES} names`, () => {
    expect(names.size).toBeGreaterThan(0);
    expect(names.size).toBeLessThanOrEqual(MAX_ROOT_NAMES);
  });

  test("exports at run time exactly its value names (types are `export type`)", () => {
    const values = [...names].filter(([, n]) => !n.typeOnly).map(([name]) => name);
    expect(Object.keys(root).sort(byName)).toEqual(values.sort(byName));
  });

  test("exports none of the internals", () => {
    const internals = [
      // error factories and message parts
      "guardFailure",
      "propsError",
      "secretSourceError",
      "matcherSetupError",
      "formatProblem",
      "describeValue",
      "guardFindingLine",
      "VOICE_AGENT_ERROR",
      // the guard's wiring and engine
      "ensureGuard",
      "runGuard",
      "renderedAgents",
      "blockingLines",
      "coversPath",
      "GUARD_METADATA_KEY",
      // helpers, validators and the agent/instance handshake
      "isRecord",
      "isExpression",
      "PropsChecker",
      "TerraformDataRecord",
      "checkSameLanguage",
      "findLanguageMismatches",
      "checkWatsonService",
      "AgentRegistration",
      "AgentConflict",
      "phoneNumberKey",
      "manifestCredential",
      "parseCbrAddress",
    ];
    expect(internals.filter((n) => names.has(n))).toEqual([]);
    // fix texts and construct defaults are internal too
    expect([...names.keys()].filter((n) => /_(FIX|DEFAULTS|LIMITS)$/.test(n))).toEqual([]);
  });

  describe("and the API report", () => {
    const report = fs.readFileSync(REPORT, "utf8");

    test("declare the same names: every name in the report is exported, and the reverse", () => {
      expect(reportNames(report).sort(byName)).toEqual([...names.keys()].sort(byName));
    });

    test("no public type names an internal one, nor the agent/instance handshake", () => {
      for (const internal of [
        "TerraformDataRecord",
        "PropsChecker",
        "checkAgent",
        "registerAgent",
        "AgentRegistration",
        "ae-forgotten-export",
      ]) {
        expect({ internal, found: report.includes(internal) }).toEqual({ internal, found: false });
      }
    });

    test("imports only packages, by name, and holds no path of this machine", () => {
      const specifiers = [...report.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      expect(specifiers.length).toBeGreaterThan(0);
      expect(specifiers.filter((s) => s.startsWith(".") || path.isAbsolute(s))).toEqual([]);
      expect(report).not.toContain(ROOT);
    });
  });
});
