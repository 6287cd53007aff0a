#!/usr/bin/env node
/**
 * The API report and the API reference docs (see CONTRIBUTING.md, "The API report").
 *
 *   node scripts/api.js update   regenerate etc/cdktf-ibm-voice-agent.api.md      (npm run api:update)
 *   node scripts/api.js check    fail when the report or docs/api is stale        (npm run api:check)
 *   node scripts/api.js docs     regenerate docs/api from the report's API model  (npm run docs:api)
 *
 * Each mode first writes the declarations of the package root alone (tsconfig.api.json, into
 * temp/api-input; the provider bindings are not rebuilt) and names the generated bindings the
 * way a user imports them: `../../.gen/providers/ibm/cloudant` becomes
 * `cdktf-ibm-voice-agent/providers/ibm/cloudant`, one of the package's own entry points. API
 * Extractor then treats them as external, like `cdktf` and `constructs`, and the report holds
 * no path of this machine.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { Extractor, ExtractorConfig } = require("@microsoft/api-extractor");

const ROOT = path.join(__dirname, "..");
const PACKAGE = require(path.join(ROOT, "package.json")).name;
const TEMP = path.join(ROOT, "temp");
const INPUT = path.join(TEMP, "api-input");
const MODEL = path.join(TEMP, "api-model");
const DOCS = path.join(ROOT, "docs", "api");
const GEN_IMPORT = /(["'])(?:\.\.\/)+\.gen\/providers\//g;

function declarations() {
  fs.rmSync(INPUT, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.api.json")],
    { cwd: ROOT, stdio: "inherit" },
  );
  // Only lib's declarations are API Extractor's input; the bindings are an external import.
  fs.rmSync(path.join(INPUT, ".gen"), { recursive: true, force: true });
  for (const file of walk(path.join(INPUT, "lib"))) {
    if (!file.endsWith(".d.ts")) continue;
    const text = fs.readFileSync(file, "utf8");
    const named = text.replace(GEN_IMPORT, `$1${PACKAGE}/providers/`);
    if (/["'](?:\.\.\/)+\.gen\//.test(named)) {
      throw new Error(`${path.relative(ROOT, file)} imports .gen outside providers/`);
    }
    if (named !== text) fs.writeFileSync(file, named);
  }
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort(byName)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function extract(localBuild) {
  const config = ExtractorConfig.loadFileAndPrepare(path.join(ROOT, "api-extractor.json"));
  const result = Extractor.invoke(config, { localBuild, showVerboseMessages: false });
  if (result.succeeded) return;
  if (result.apiReportChanged && !localBuild) {
    console.error(
      "The public API changed and etc/" +
        `${PACKAGE}.api.md does not say so. If the change is intended, run ` +
        "`npm run api:update && npm run docs:api` and commit etc/ and docs/api (CONTRIBUTING.md, " +
        '"The API report").',
    );
  } else {
    console.error(
      `API Extractor: ${result.errorCount} errors, ${result.warningCount} warnings (see above)`,
    );
  }
  process.exit(1);
}

function documentTo(outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      path.join(
        path.dirname(require.resolve("@microsoft/api-documenter/package.json")),
        "bin",
        "api-documenter",
      ),
      "markdown",
      "--input-folder",
      MODEL,
      "--output-folder",
      outDir,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
}

/** Files that differ between two folders of markdown: missing, extra or changed. */
function differences(expectedDir, actualDir) {
  const list = (dir) =>
    fs.existsSync(dir) ? [...walk(dir)].map((f) => path.relative(dir, f)) : [];
  const expected = new Set(list(expectedDir));
  const actual = new Set(list(actualDir));
  const out = [];
  for (const f of expected) {
    if (!actual.has(f)) out.push(`missing ${f}`);
    else if (
      fs.readFileSync(path.join(expectedDir, f), "utf8") !==
      fs.readFileSync(path.join(actualDir, f), "utf8")
    )
      out.push(`changed ${f}`);
  }
  for (const f of actual) if (!expected.has(f)) out.push(`extra ${f}`);
  return out;
}

const mode = process.argv[2];
if (mode === "update") {
  declarations();
  extract(true);
} else if (mode === "check") {
  declarations();
  extract(false);
  const fresh = path.join(TEMP, "api-docs");
  documentTo(fresh);
  const stale = differences(fresh, DOCS);
  if (stale.length > 0) {
    console.error(
      `docs/api is not what the API report gives (${stale.length} files): ` +
        `${stale.slice(0, 10).join(", ")}${stale.length > 10 ? ", …" : ""}. ` +
        "Run `npm run docs:api` and commit docs/api.",
    );
    process.exit(1);
  }
  console.log("API report and docs/api are current");
} else if (mode === "docs") {
  declarations();
  extract(false);
  documentTo(DOCS);
  console.log(`docs/api written from etc/${PACKAGE}.api.md`);
} else {
  console.error("usage: node scripts/api.js update|check|docs");
  process.exit(2);
}
