/** Jest: TypeScript through ts-jest (transpile only; `tsc --noEmit` type-checks in `npm test`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }],
  },
  setupFiles: ["<rootDir>/test/setup-env.js"],
  testTimeout: 60000,
};
