/**
 * Line numbers of values in a skill export, by path, from jsonc-parser's
 * syntax tree (offsets of every value), so that a finding names the line the
 * value is on rather than the first place its text happens to appear.
 */
import type * as JsoncParser from "jsonc-parser";
import type { Node } from "jsonc-parser";

let jsonc: typeof JsoncParser | undefined;

/** jsonc-parser, loaded when a line is first asked for: a synth that finds nothing in a skill never needs it. */
function jsoncParser(): typeof JsoncParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jsonc ??= require("jsonc-parser") as typeof JsoncParser;
  return jsonc;
}

/**
 * `fields` with the place of `path` added: its JSON pointer, and its line,
 * found when first read (an export without findings never builds the syntax
 * tree). The line reads and serializes as a plain number; do not spread the
 * result (that reads it).
 */
export function located<T extends object>(
  fields: T,
  path: SkillPath,
  lineOf: LineOf,
): T & { readonly pointer: string; readonly line: number } {
  let line: number | undefined = lineOf === NO_LINES ? 0 : undefined;
  Object.defineProperty(fields, "pointer", { value: pointerOf(path), enumerable: true });
  Object.defineProperty(fields, "line", {
    enumerable: true,
    get: () => (line ??= lineOf(path)),
  });
  return fields as T & { readonly pointer: string; readonly line: number };
}

/** A path into the export: property names and array indexes. */
export type SkillPath = readonly (string | number)[];

/** Gives the 1-based line of the value at a path (0 when unknown). */
export type LineOf = (path: SkillPath) => number;

/** For skills given as objects: no lines. */
export const NO_LINES: LineOf = () => 0;

/** The line finder for an export's text (the syntax tree is built on the first call). */
export function lineFinder(text: string): LineOf {
  let root: Node | undefined | null = null;
  let starts: number[] = [];
  return (path) => {
    if (root === null) {
      root = jsoncParser().parseTree(text, [], { disallowComments: true });
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    if (!root) return 0;
    const node = jsoncParser().findNodeAtLocation(root, [...path]);
    if (!node) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= node.offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The JSON pointer (RFC 6901) of a path. */
export function pointerOf(path: SkillPath): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
