// A Stryker test runner that runs, for each mutant, only the jest test FILES that hold the tests
// covering it, and for a "static" mutant (one reached while test files load) only the files that
// reach it (issue 14). Stryker's jest runner filters covering tests by name only, so every
// related suite still loads (25-40 s a mutant here, since almost every suite reaches almost every
// file through the package index); loading just the covering files makes a full run fit in an hour.
//
// It wraps @stryker-mutator/jest-runner (pinned to ~9.6 in package.json, whose internal module
// layout it relies on): the dry run records which file each test lives in, in a file in the
// sandbox, because mutants run in other runner processes than the dry run.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from "@stryker-mutator/api/plugin";

const require = createRequire(import.meta.url);
const jestRunnerRoot = path.dirname(require.resolve("@stryker-mutator/jest-runner/package.json"));
const { createJestTestRunnerFactory } = await import(
  pathToFileURL(path.join(jestRunnerRoot, "dist/src/jest-test-runner.js")).href
);

/** Where the dry run leaves what it learned, relative to the sandbox. */
const DRY_RUN_MAP = ".stryker-test-files.json";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Records, while the dry run loads the test files one after another (jest runs them in band here),
 * which mutants each FILE reaches outside any test: at load time, in describe blocks, in
 * beforeAll. Stryker calls such mutants "static" and would run every test for them; a static
 * mutant can only change what the files that reach it see, so it runs those files (whole) and the
 * files of the tests that reach it.
 */
function recordStaticCoverageByFile() {
  const { state } = require(path.join(jestRunnerRoot, "dist/src/jest-plugins/messaging.cjs"));
  const byFile = new Map();
  const files = state.testFilesWithStrykerEnvironment;
  let current;
  let seen = {};
  const close = () => {
    const now = state.instrumenterContext?.mutantCoverage?.static ?? {};
    if (current !== undefined) {
      const hit = byFile.get(current) ?? new Set();
      for (const [id, count] of Object.entries(now)) if (count !== seen[id]) hit.add(id);
      byFile.set(current, hit);
    }
    seen = { ...now };
  };
  const add = files.add;
  // A test file's environment is created just before the file loads: what was reached since the
  // previous one was created belongs to the previous file.
  files.add = function (testPath) {
    close();
    current = testPath;
    return add.call(this, testPath);
  };
  return {
    finish() {
      close();
      files.add = add;
      return byFile;
    },
  };
}

function coveredTestFilesRunnerFactory(injector) {
  const inner = injector.injectFunction(createJestTestRunnerFactory());
  let map;
  let filesForThisRun;
  const adapter = inner.jestTestAdapter;
  const run = adapter.run.bind(adapter);
  adapter.run = (settings) =>
    run(filesForThisRun ? { ...settings, fileNamesUnderTest: undefined, testFiles: filesForThisRun } : settings);

  const load = () => (map ??= JSON.parse(fs.readFileSync(DRY_RUN_MAP, "utf8")));
  const filesOf = (testIds) => {
    const out = new Set();
    for (const id of testIds) {
      const files = load().tests[id];
      if (!files) return undefined;
      files.forEach((f) => out.add(f));
    }
    return out;
  };
  return {
    capabilities: () => inner.capabilities(),
    init: () => inner.init(),
    dispose: () => inner.dispose?.(),
    async dryRun(options) {
      const recorder = options.coverageAnalysis === "perTest" ? recordStaticCoverageByFile() : undefined;
      let result;
      let staticByFile;
      try {
        result = await inner.dryRun(options);
      } finally {
        staticByFile = recorder?.finish();
      }
      if (result.status === "complete") {
        // Test ids are full names, which two files may share: an id maps to every file holding it.
        const tests = {};
        for (const test of result.tests) {
          if (!test.fileName) continue;
          const files = (tests[test.id] ??= []);
          if (!files.includes(test.fileName)) files.push(test.fileName);
        }
        const staticMutants = {};
        for (const [file, ids] of staticByFile ?? [])
          for (const id of ids) (staticMutants[id] ??= []).push(file);
        // A static mutant also runs the files of the tests that reach it.
        for (const [testId, hits] of Object.entries(result.mutantCoverage?.perTest ?? {}))
          for (const id of Object.keys(hits))
            if (staticMutants[id]) for (const f of tests[testId] ?? []) if (!staticMutants[id].includes(f)) staticMutants[id].push(f);
        fs.writeFileSync(DRY_RUN_MAP, JSON.stringify({ tests, staticMutants }));
      }
      return result;
    },
    async mutantRun(options) {
      const files = options.testFilter
        ? filesOf(options.testFilter)
        : load().staticMutants[options.activeMutant.id] && new Set(load().staticMutants[options.activeMutant.id]);
      // A test or mutant missing from the map: every test runs.
      filesForThisRun = files && files.size > 0 ? [...files].map((f) => `^${escapeRegExp(f)}$`) : undefined;
      try {
        return await inner.mutantRun(options);
      } finally {
        filesForThisRun = undefined;
      }
    },
  };
}
coveredTestFilesRunnerFactory.inject = tokens(commonTokens.injector);

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.TestRunner, "jest-covered-files", coveredTestFilesRunnerFactory),
];
