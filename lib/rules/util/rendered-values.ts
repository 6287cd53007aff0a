/**
 * Reading rendered Terraform values that may be literals, expressions or
 * absent, and showing them in findings. Pure; never throws.
 */
import { isTerraformExpression } from "../../core";
import { isRecord, TerraformDocument } from "../../contracts";
import { RuleContext, RuleOutcome } from "../rule";
import { cannotVerify, compliant, nonCompliant, outcome } from "./verdicts";

/** What a rendered boolean argument is: a literal, an expression, or absent. */
export type RenderedBoolean = true | false | "expression" | "absent";

/** Reads a rendered boolean (`true`, `"false"`, `"${var.x}"`, absent). */
export function renderedBoolean(value: unknown): RenderedBoolean {
  if (value === undefined || value === null) return "absent";
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return "expression";
}

/** Describes a rendered value for a detail message (expressions shown as written; callers never pass secrets). */
export function shown(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Calls `visit` for every string inside `value` (objects and lists), with its dotted path; skips `//` metadata. */
export function forEachString(
  value: unknown,
  visit: (s: string, attributePath: string) => void,
  prefix = "",
): void {
  if (typeof value === "string") visit(value, prefix);
  else if (Array.isArray(value))
    value.forEach((v, i) => forEachString(v, visit, prefix ? `${prefix}.${i}` : String(i)));
  else if (isRecord(value))
    for (const key of Object.keys(value))
      if (key !== "//") forEachString(value[key], visit, prefix ? `${prefix}.${key}` : key);
}

/** True when a string is a non-empty literal (no `${...}` expression in it). */
export function isLiteralString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && !isTerraformExpression(value);
}

/**
 * Judges one string attribute of every resource of `type`: compliant when it
 * equals `expected`, cannot verify when it is an expression, otherwise
 * non-compliant with the detail `problem(value)` (value undefined when absent).
 */
export function expectLiteralAttribute(
  context: RuleContext,
  type: string,
  attribute: string,
  expected: string,
  problem: (value: unknown) => string,
): RuleOutcome[] {
  return context.document.ofType(type).map((r) => {
    const rendered = r.body[attribute] ?? undefined;
    const resolved = resolveValue(context.document, rendered);
    const value = resolved.value;
    if (value !== undefined && !isLiteralString(value))
      return outcome(
        r,
        cannotVerify(attribute, `${attribute} is an expression, got ${shown(rendered)}`),
      );
    if (value === expected) return outcome(r, compliant(attribute));
    return outcome(r, nonCompliant(attribute, problem(value) + judgedByDefault(resolved)));
  });
}

/**
 * A rendered value with the root-module variables and locals that hold
 * literals put in: what a rule judges.
 *
 * A cdktf document is a root module: its variables are set only by their
 * `default` or at apply time (`-var`, `TF_VAR_<name>`, a tfvars file), which
 * the document does not show. A `${var.x}` whose variable has a literal
 * default is therefore judged by that default, and findings say so
 * ({@link judgedByDefault}); a variable without a default stays an expression.
 */
export interface ResolvedValue {
  /** The literal (the variable's default or the local's value put in), or the value as rendered when an expression remains. */
  readonly value: unknown;
  /** The variables whose defaults decided the value (`var.role`), in order of appearance. */
  readonly defaults: readonly string[];
}

const WHOLE_REFERENCE = /^\$\{\s*((?:var|local)\.[A-Za-z_][\w-]*)\s*\}$/;
const ANY_INTERPOLATION = /\$\{([^}]*)\}/g;
const SIMPLE_REFERENCE = /^\s*((?:var|local)\.[A-Za-z_][\w-]*)\s*$/;
const MAX_DEPTH = 8;

/** True for a value that holds no expression anywhere (strings, numbers, booleans, lists and maps of them). */
function isLiteralTree(x: unknown): boolean {
  if (typeof x === "string") return !isTerraformExpression(x);
  if (typeof x === "number" || typeof x === "boolean") return true;
  if (Array.isArray(x)) return x.every(isLiteralTree);
  if (isRecord(x)) return Object.keys(x).every((k) => isLiteralTree(x[k]));
  return false;
}

/** The value of `var.x` (its default) or `local.y`, resolved in turn; undefined when it is not a literal. */
function referenceValue(
  document: TerraformDocument,
  ref: string,
  depth: number,
): ResolvedValue | undefined {
  const [kind, name] = ref.split(".");
  if (kind === "var") {
    const variable = document.variables[name];
    if (!isRecord(variable) || !("default" in variable)) return undefined;
    const inner = resolveAt(document, variable.default, depth + 1);
    return isLiteralTree(inner.value)
      ? { value: inner.value, defaults: [`var.${name}`, ...inner.defaults] }
      : undefined;
  }
  if (!(name in document.locals)) return undefined;
  const inner = resolveAt(document, document.locals[name], depth + 1);
  return isLiteralTree(inner.value) ? inner : undefined;
}

function resolveAt(document: TerraformDocument, value: unknown, depth: number): ResolvedValue {
  const unresolved = { value, defaults: [] };
  if (Array.isArray(value) && depth <= MAX_DEPTH) {
    const items = value.map((v) => resolveAt(document, v, depth + 1));
    return { value: items.map((i) => i.value), defaults: items.flatMap((i) => i.defaults) };
  }
  if (typeof value !== "string" || !isTerraformExpression(value) || depth > MAX_DEPTH)
    return unresolved;
  const whole = WHOLE_REFERENCE.exec(value);
  if (whole) return referenceValue(document, whole[1], depth) ?? unresolved;
  const defaults: string[] = [];
  let complete = true;
  const text = value.replace(ANY_INTERPOLATION, (all, inner: string) => {
    const ref = SIMPLE_REFERENCE.exec(inner);
    const resolved = ref ? referenceValue(document, ref[1], depth) : undefined;
    const v = resolved?.value;
    if (resolved === undefined || !["string", "number", "boolean"].includes(typeof v)) {
      complete = false;
      return all;
    }
    defaults.push(...resolved.defaults);
    return String(v);
  });
  return complete ? { value: text, defaults } : unresolved;
}

/**
 * Resolves `${var.x}` (by the variable's literal default) and `${local.y}`
 * (by the local's literal value), whole or interpolated in a string, also
 * as items of a list; any other expression leaves the value as rendered.
 * Never throws.
 */
export function resolveValue(document: TerraformDocument, value: unknown): ResolvedValue {
  return resolveAt(document, value, 0);
}

/** `; judged by the default of var.x` for a value a default decided, else empty: appended to details. */
export function judgedByDefault(resolved: ResolvedValue): string {
  return resolved.defaults.length > 0
    ? `; judged by the default of ${[...new Set(resolved.defaults)].join(", ")} (a value set at apply time is not seen)`
    : "";
}

/** {@link renderedBoolean} of a resolved value, with the {@link judgedByDefault} note. */
export function resolvedBoolean(
  document: TerraformDocument,
  value: unknown,
): { readonly value: RenderedBoolean; readonly note: string } {
  const r = resolveValue(document, value);
  return { value: renderedBoolean(r.value), note: judgedByDefault(r) };
}
