/**
 * Finding the line of a resource or attribute in its source, so that code
 * scanning annotates the right line. hcl2json gives no positions, so `.tf`
 * sources are searched for the block header (`resource "type" "name" {`)
 * and, inside the block, for the attribute (then each nested key of its
 * path). JSON sources (`.tf.json`, `cdk.tf.json`, plans) are parsed with
 * jsonc-parser, which keeps offsets. Lines are 1-based.
 */
import { findNodeAtLocation, Node, parseTree } from "jsonc-parser";

type JsonPath = (string | number)[];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lines of a `.tf` text with strings and comments blanked, for brace counting. */
function codeLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => {
    let out = "";
    let inString = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
        out += " ";
      } else if (c === '"') {
        inString = true;
        out += " ";
      } else if (c === "#" || (c === "/" && line[i + 1] === "/")) break;
      else out += c;
    }
    return out;
  });
}

/** The last line (0-based) of a block opened on `start`. */
function blockEnd(code: readonly string[], start: number): number {
  let depth = 0;
  let opened = false;
  for (let i = start; i < code.length; i++) {
    for (const c of code[i]) {
      if (c === "{" || c === "[" || c === "(") {
        depth++;
        opened = true;
      } else if (c === "}" || c === "]" || c === ")") depth--;
    }
    if (opened && depth <= 0) return i;
  }
  return code.length - 1;
}

const hclCache = new Map<
  string,
  { lines: string[]; code: string[]; headers: Map<string, number> }
>();

function hclIndex(text: string) {
  let entry = hclCache.get(text);
  if (entry) return entry;
  const lines = text.split(/\r?\n/);
  const headers = new Map<string, number>();
  const header = /^\s*([A-Za-z_][\w-]*)((?:\s+(?:"[^"]*"|[A-Za-z_][\w-]*))*)\s*\{/;
  lines.forEach((l, i) => {
    const m = header.exec(l);
    if (!m) return;
    const labels = (m[2].match(/"[^"]*"|[A-Za-z_][\w-]*/g) ?? []).map((x) =>
      x.replace(/^"|"$/g, ""),
    );
    const key = [m[1], ...labels].join(" ");
    if (!headers.has(key)) headers.set(key, i);
  });
  hclCache.set(text, (entry = { lines, code: codeLines(text), headers }));
  return entry;
}

/** Line (1-based) of an attribute path inside a `.tf` block, or of the block itself. */
export function hclLine(
  text: string,
  keyword: string,
  labels: readonly string[],
  attributePath?: string,
): number | undefined {
  const { lines, code, headers } = hclIndex(text);
  const start = headers.get([keyword, ...labels].join(" "));
  if (start === undefined) return undefined;
  let from = start;
  let to = blockEnd(code, start);
  let found = start;
  for (const key of (attributePath ?? "").split(".").filter((k) => k && !/^[0-9]+$/.test(k))) {
    const re = new RegExp(`^\\s*"?${escapeRe(key)}"?\\s*(=|:|\\{)`);
    let hit = -1;
    for (let i = from + 1; i <= to; i++)
      if (re.test(lines[i])) {
        hit = i;
        break;
      }
    if (hit < 0) break;
    found = hit;
    from = hit;
    to = blockEnd(code, hit);
    if (to < hit) to = hit;
  }
  return found + 1;
}

const parsed = new Map<string, { root: Node | undefined; starts: number[] }>();

/** Line (1-based) of the deepest node of `path` found in a JSON text. */
export function jsonLine(text: string, path: JsonPath): number | undefined {
  let entry = parsed.get(text);
  if (!entry) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    parsed.set(text, (entry = { root: parseTree(text), starts }));
  }
  const { root, starts } = entry;
  if (!root) return undefined;
  for (let n = path.length; n >= 1; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) {
      const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    }
  }
  return undefined;
}

/** An attribute path (`parameters.legacyCredentials`, `run_env_variables.0.type`) as JSON path steps. */
export function attributeSteps(attributePath: string | undefined): JsonPath {
  return (attributePath ?? "")
    .split(".")
    .filter((k) => k !== "")
    .map((k) => (/^[0-9]+$/.test(k) ? Number(k) : k));
}
