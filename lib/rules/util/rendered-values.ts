/**
 * Reading rendered Terraform values that may be literals, expressions or
 * absent, and showing them in findings. Pure; never throws.
 */
import { isTerraformExpression } from "../../core";
import { isRecord } from "../../contracts";
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
    const value = r.body[attribute] ?? undefined;
    if (value !== undefined && !isLiteralString(value))
      return outcome(
        r,
        cannotVerify(attribute, `${attribute} is an expression, got ${shown(value)}`),
      );
    if (value === expected) return outcome(r, compliant(attribute));
    return outcome(r, nonCompliant(attribute, problem(value)));
  });
}
