import * as path from "path";

/**
 * What Node prints for an uncaught error of the library: only `stack`.
 *
 * Node prints an uncaught error as `util.inspect(error, { customInspect: false })`
 * (so a custom inspect function is ignored): the `stack` property followed by
 * every own enumerable field. The library's errors therefore keep their
 * structured fields non-enumerable ({@link defineHidden}) and replace `stack`
 * by `<name>: <message>` plus ONE frame: the first caller outside this
 * library, cdktf, constructs and Node itself (the line of the user's program
 * that created the construct or called `app.synth()`), as `at file:line:col`.
 * With no frame at all, `util.inspect` would wrap the text in brackets.
 */

/** The library's own folder (`lib` in the repository, `dist/lib` in the package). */
const LIBRARY_ROOT = path.resolve(__dirname, "..");

function isOwnOrFramework(file: string): boolean {
  return (
    file.startsWith("node:") ||
    file.startsWith("internal/") ||
    file.startsWith(LIBRARY_ROOT + path.sep) ||
    file.split(/[\\/]/).includes("node_modules")
  );
}

/** The file and position of one V8 stack frame line (`    at fn (file:1:2)` or `    at file:1:2`). */
function frameLocation(line: string): { file: string; position: string } | undefined {
  const m = /^\s+at (?:.*? \()?(.+?):(\d+:\d+)\)?$/.exec(line);
  return m ? { file: m[1], position: m[2] } : undefined;
}

/** A function or class whose frame, and the frames above it, are left out of a captured stack. */
type FrameCutoff = NonNullable<Parameters<typeof Error.captureStackTrace>[1]>;

/** The first frame of the current call stack that lies in the user's code, if any. */
export function callerFrame(below: FrameCutoff): string | undefined {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  try {
    Error.captureStackTrace(holder, below);
  } finally {
    Error.stackTraceLimit = limit;
  }
  for (const line of (holder.stack ?? "").split("\n").slice(1)) {
    const at = frameLocation(line);
    // `at file:line:col`, without the function name: source-map-support (ts-node) prints
    // the source excerpt of a frame only in the `at fn (file:line:col)` form.
    if (at && !isOwnOrFramework(at.file)) return `at ${at.file}:${at.position}`;
  }
  return undefined;
}

/** Replaces an error's `stack` by `<name>: <message>` and the user's frame (see the file comment). */
export function setShortStack(error: Error, below: FrameCutoff, fallbackFrame: string): void {
  const frame = callerFrame(below) ?? `at ${fallbackFrame}`;
  defineHidden(error, "stack", `${error.name}: ${error.message}\n    ${frame}`, true);
}

/** Defines a non-enumerable property: read like any field, left out of Node's printout. */
export function defineHidden(
  target: object,
  key: PropertyKey,
  value: unknown,
  writable = false,
): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable, configurable: true });
}
