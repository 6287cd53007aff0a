/** Jest: TypeScript through ts-jest (transpile only; `tsc --noEmit` type-checks in `npm test`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  setupFiles: ["<rootDir>/test/setup-env.js"],
  // The package's own name resolves to the sources, as tsconfig.json "paths" does for tsc and ts-node.
  moduleNameMapper: {
    "^cdktf-ibm-voice-agent$": "<rootDir>/lib/index.ts",
    "^cdktf-ibm-voice-agent/testing$": "<rootDir>/lib/testing/index.ts",
    "^cdktf-ibm-voice-agent/testing/setup$": "<rootDir>/lib/testing/setup.ts",
    "^cdktf-ibm-voice-agent/providers/(ibm|twilio)$": "<rootDir>/.gen/providers/$1/index.ts",
    "^cdktf-ibm-voice-agent/providers/(ibm|twilio)/(.+)$": "<rootDir>/.gen/providers/$1/$2/index.ts",
  },
  testTimeout: 60000,
};
