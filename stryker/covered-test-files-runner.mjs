// A Stryker test runner that runs, for each mutant, only the jest test FILES that hold the tests
// covering it (issue 14). Stryker's jest runner filters covering tests by name only, so every
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

/** Where the dry run leaves the test-id-to-file map, relative to the sandbox. */
const TEST_FILES_MAP = ".stryker-test-files.json";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function coveredTestFilesRunnerFactory(injector) {
  const inner = injector.injectFunction(createJestTestRunnerFactory());
  let fileOf;
  let filesForThisRun;
  const adapter = inner.jestTestAdapter;
  const run = adapter.run.bind(adapter);
  adapter.run = (settings) =>
    run(filesForThisRun ? { ...settings, fileNamesUnderTest: undefined, testFiles: filesForThisRun } : settings);

  const load = () => {
    if (!fileOf) fileOf = new Map(Object.entries(JSON.parse(fs.readFileSync(TEST_FILES_MAP, "utf8"))));
    return fileOf;
  };
  return {
    capabilities: () => inner.capabilities(),
    init: () => inner.init(),
    dispose: () => inner.dispose?.(),
    async dryRun(options) {
      const result = await inner.dryRun(options);
      if (result.status === "complete") {
        const map = {};
        for (const test of result.tests) if (test.fileName) map[test.id] = test.fileName;
        fs.writeFileSync(TEST_FILES_MAP, JSON.stringify(map));
      }
      return result;
    },
    async mutantRun(options) {
      const files = options.testFilter?.map((id) => load().get(id));
      // A static mutant (no covering tests known) or a test missing from the map: all tests run.
      filesForThisRun =
        files && files.length > 0 && files.every(Boolean) ? [...new Set(files)].map((f) => `^${escapeRegExp(f)}$`) : undefined;
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
