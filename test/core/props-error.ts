import { PropProblem, VoiceAgentPropsError } from "../../lib/core/errors";

/** Runs `fn`, expects one VoiceAgentPropsError, and returns it. */
export function propsErrorOf(fn: () => unknown): VoiceAgentPropsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof VoiceAgentPropsError) return e;
    throw e;
  }
  throw new Error("expected a VoiceAgentPropsError, nothing was thrown");
}

/** The props named in the problems of the error `fn` throws. */
export function problemProps(fn: () => unknown): string[] {
  return propsErrorOf(fn).problems.map((p: PropProblem) => p.prop);
}
