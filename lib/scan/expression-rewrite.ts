/**
 * Rewriting Terraform templates: each reference replaced by what it stands
 * for (a value, or a renamed reference), then interpolations of plain
 * literals folded into the text, so that `"https://${var.host}/x"` with
 * `host = "a.example"` reads `"https://a.example/x"`, and
 * `"${var.on ? 1 : 0}"` with `on = false` reads `0`. What cannot be decided
 * stays an expression.
 */
import {
  ExpressionToken,
  referenceSpans,
  scanTemplate,
  TerraformReference,
  isTerraformExpression,
} from "../core";
import { isRecord } from "../contracts";

/** What a reference stands for: a value (any JSON), or another reference (its new spelling, no `${}`). */
export type Replacement = { readonly value: unknown } | { readonly rename: string } | undefined;

/** Decides what a reference stands for; undefined keeps it as written. */
export type Resolver = (reference: TerraformReference) => Replacement;

/** A value written as an HCL expression (for splicing into an expression). */
export function hclLiteral(value: unknown): string {
  if (typeof value === "string") {
    const whole = /^\$\{([\s\S]*)\}$/.exec(value);
    if (whole && scanTemplate(value).expressions.length === 1 && !value.startsWith("$${"))
      return `(${whole[1]})`;
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(hclLiteral).join(", ")}]`;
  if (isRecord(value))
    return `{ ${Object.keys(value)
      .map((k) => `${JSON.stringify(k)} = ${hclLiteral(value[k])}`)
      .join(", ")} }`;
  return value === undefined ? "null" : String(value);
}

/** The value at a static attribute path inside a literal value; undefined when it is not there. */
function descend(value: unknown, attributes: readonly string[]): { found: unknown } | undefined {
  let v = value;
  for (const a of attributes) {
    if (Array.isArray(v) && /^[0-9]+$/.test(a)) v = v[Number(a)];
    else if (isRecord(v) && a in v) v = v[a];
    else return undefined;
  }
  return { found: v };
}

function attributesOf(ref: TerraformReference): readonly string[] {
  return ref.attributes;
}

/** Rewrites every reference of a template; returns the new value (not always a string). */
export function rewriteTemplate(template: string, resolve: Resolver): unknown {
  const spans = referenceSpans(template);
  if (spans.length === 0) return template;
  if (spans.length === 1 && spans[0].whole) {
    const ref = spans[0].reference;
    const r = resolve(ref);
    if (r && "value" in r) {
      const inner = descend(r.value, attributesOf(ref));
      if (inner) return inner.found;
    }
  }
  let out = template;
  let changed = false;
  for (const span of [...spans].reverse()) {
    const ref = span.reference;
    const r = resolve(ref);
    if (!r) continue;
    let text: string;
    if ("rename" in r) text = r.rename + ref.traversal.slice(ref.address.length);
    else {
      const inner = descend(r.value, attributesOf(ref));
      if (inner) text = hclLiteral(inner.found);
      else if (ref.instance === undefined && ref.attributes.length === 0)
        text = hclLiteral(r.value);
      else continue;
    }
    out = out.slice(0, span.start) + text + out.slice(span.end);
    changed = true;
  }
  return changed ? foldTemplate(out) : template;
}

const LITERAL_NAMES: Record<string, unknown> = { true: true, false: false, null: null };

/** Text as a template literal: `${` and `%{` escaped (replacer functions: in a replacement string `$$` is one `$`). */
function escapeLiteral(text: string): string {
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/**
 * Folds interpolations whose body evaluates to a literal into the template
 * text; a template that is one such interpolation becomes the value itself.
 */
export function foldTemplate(template: string): unknown {
  const { literal, expressions } = scanTemplate(template);
  const top = expressions.filter((e) => !e.nested && e.kind === "interpolation");
  if (top.length === 0) return template;
  if (literal === "" && expressions.length === 1 && template.startsWith("${")) {
    const v = evaluate(top[0].tokens);
    if (v) return v.value;
    return template;
  }
  let out = template;
  for (const e of [...top].reverse()) {
    if (expressions.some((n) => n.nested && n.at > e.at && n.at < e.end)) continue;
    const v = evaluate(e.tokens);
    if (!v || isRecord(v.value) || Array.isArray(v.value)) continue;
    const text = v.value === null ? "" : String(v.value);
    out = out.slice(0, e.at) + escapeLiteral(text) + out.slice(e.end);
  }
  return out;
}

/**
 * Evaluates an expression made only of literals, parentheses, `!`, `==`,
 * `!=`, `&&`, `||` and `? :`; undefined for anything else.
 */
export function evaluate(tokens: readonly ExpressionToken[]): { value: unknown } | undefined {
  let i = 0;
  const peek = () => tokens[i]?.text;
  const fail = Symbol("fail");
  type V = unknown | typeof fail;
  const primary = (): V => {
    const t = tokens[i++];
    if (!t) return fail;
    if (t.kind === "string") return t.literal ? t.text : fail;
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "name" && t.text in LITERAL_NAMES) return LITERAL_NAMES[t.text];
    if (t.text === "!") {
      const v = primary();
      return typeof v === "boolean" ? !v : fail;
    }
    if (t.text === "(") {
      const v = ternary();
      return tokens[i++]?.text === ")" ? v : fail;
    }
    return fail;
  };
  const equality = (): V => {
    let left = primary();
    while (peek() === "==" || peek() === "!=") {
      const op = tokens[i++].text;
      const right = primary();
      if (left === fail || right === fail) return fail;
      left = op === "==" ? left === right : left !== right;
    }
    return left;
  };
  const logic = (): V => {
    let left = equality();
    while (peek() === "&&" || peek() === "||") {
      const op = tokens[i++].text;
      const right = equality();
      if (typeof left !== "boolean" || typeof right !== "boolean") return fail;
      left = op === "&&" ? left && right : left || right;
    }
    return left;
  };
  const ternary = (): V => {
    const cond = logic();
    if (peek() !== "?") return cond;
    i++;
    const a = ternary();
    if (tokens[i++]?.text !== ":") return fail;
    const b = ternary();
    if (typeof cond !== "boolean" || a === fail || b === fail) return fail;
    return cond ? a : b;
  };
  const v = ternary();
  return v === fail || i !== tokens.length ? undefined : { value: v };
}

/** Rewrites every string inside a value (lists and objects; `//` metadata left as it is). */
export function rewriteValue(value: unknown, resolve: Resolver): unknown {
  if (typeof value === "string")
    return isTerraformExpression(value) ? rewriteTemplate(value, resolve) : value;
  if (Array.isArray(value)) return value.map((v) => rewriteValue(v, resolve));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value))
      out[k] = k === "//" ? value[k] : rewriteValue(value[k], resolve);
    return out;
  }
  return value;
}
