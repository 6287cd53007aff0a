/**
 * Registers the guard matchers on jest's global `expect`. Add
 * `"cdktf-ibm-voice-agent/lib/testing/setup"` to jest's `setupFilesAfterEnv`
 * (or import it at the top of a test file).
 */
import { matcherSetupError } from "../core";
import { guardMatchers } from "./guard-matchers";

const host = globalThis as { expect?: { extend?: (matchers: object) => void } };
if (typeof host.expect?.extend !== "function") throw matcherSetupError();
host.expect.extend(guardMatchers);
