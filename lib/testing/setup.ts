/**
 * Registers the guard matchers on jest's global `expect`. Add
 * `"cdktf-ibm-voice-agent/testing/setup"` to jest's `setupFilesAfterEnv` and,
 * for TypeScript, to `compilerOptions.types` in the tsconfig.json your tests
 * compile with (next to `"jest"`), so `expect(stack).toPassGuard()` type-checks;
 * or import this module at the top of a test file.
 */
import { matcherSetupError } from "../core";
import { guardMatchers } from "./guard-matchers";

// Re-exported so that this module's declarations (setup.d.ts) import
// guard-matchers.d.ts and with it the `jest.Matchers` augmentation: without it
// the setup-file route compiles to an empty `export {}` and ts-jest reports
// TS2339 "Property 'toPassGuard' does not exist".
export type { GuardMatcherResult } from "./guard-matchers";

const host = globalThis as { expect?: { extend?: (matchers: object) => void } };
if (typeof host.expect?.extend !== "function") throw matcherSetupError();
host.expect.extend(guardMatchers);
