// Mutation testing of the security logic (issue 14): `npm run test:mutation`.
// Equivalent mutants that cannot be killed are listed, with the reason, in
// stryker-equivalent-mutants.md next to this file; nothing else is excluded
// except log text (marked in the source with `// Stryker disable` comments).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  packageManager: "npm",
  // Each mutant runs only the tests that reached it in the dry run (per-test coverage), and only
  // the files holding them (stryker/covered-test-files-runner.mjs).
  plugins: ["@stryker-mutator/jest-runner", "./stryker/covered-test-files-runner.mjs"],
  testRunner: "jest-covered-files",
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  mutate: ["lib/rules/**/*.ts", "lib/guard/**/*.ts", "lib/secrets/**/*.ts", "lib/schema/**/*.ts"],
  // The sandbox needs the sources, tests, fixtures, schemas, the generated bindings and dist/ (the
  // tests that run programs by the package name load the build); not reports.
  ignorePatterns: ["reports", "coverage", "**/cdktf.out", "bench/results", "*.tgz", ".stryker-tmp"],
  checkers: [],
  // ts-jest type-checks nothing here (diagnostics off): no `// @ts-nocheck` is written into the
  // sandbox, so tests that compare generated files or report source lines see them as they are.
  disableTypeChecks: false,
  concurrency: 2,
  timeoutMS: 60000,
  dryRunTimeoutMinutes: 30,
  timeoutFactor: 2,
  thresholds: { high: 90, low: 85, break: null },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

// MUTATION_AREA=<folder of lib/> npm run test:mutation: that folder's mutants against that
// folder's own tests (test/<folder>) only. Fewer tests can only kill fewer mutants, so its score is
// a lower bound of the full run's; it takes minutes instead of hours.
const area = process.env.MUTATION_AREA;
if (area !== undefined) {
  if (!/^[a-z][a-z-]*$/.test(area))
    throw new Error(`MUTATION_AREA must name a folder of lib/, got ${JSON.stringify(area)}`);
  // MUTATION_FILES=a.ts,b.ts narrows the area to some of its files (the report then covers those).
  const files = process.env.MUTATION_FILES;
  if (
    files !== undefined &&
    (files.includes("..") || !/^[a-z0-9][a-z0-9./-]*\.ts(,[a-z0-9][a-z0-9./-]*\.ts)*$/.test(files))
  )
    throw new Error(`MUTATION_FILES must list files of lib/${area}/, got ${JSON.stringify(files)}`);
  config.mutate = files ? files.split(",").map((f) => `lib/${area}/${f}`) : [`lib/${area}/**/*.ts`];
  config.jest = { ...config.jest, config: { testMatch: [`**/test/${area}/**/*.test.ts`] } };
  config.htmlReporter = { fileName: `reports/mutation/${area}.html` };
  config.jsonReporter = { fileName: `reports/mutation/${area}.json` };
}

export default config;
