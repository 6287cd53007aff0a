/**
 * Telling Terraform expressions from literals in rendered `.tf.json`
 * values, and finding what an expression refers to. In Terraform's JSON
 * syntax every string is a template: `${ … }` interpolates and `%{ … }` is
 * a directive (`%{ if … }`, `%{ for … }`), while `$${` and `%%{` are escapes
 * that stand for the literal text `${` and `%{`.
 */
import { ExpressionToken, scanTemplate } from "./terraform-template-scanner";

const TEMPLATE = /(^|[^$])\$\{|(^|[^%])%\{/;
const KEYWORDS = new Set(["for", "in", "if", "else", "endif", "endfor", "true", "false", "null"]);
const META_ROOTS = new Set(["count", "each", "path", "terraform", "self"]);
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * True when a value is a string holding an unescaped `${` or `%{`, that is
 * a Terraform interpolation or directive. `$${x}` and `%%{x}` are literal
 * text; anything that is not a string is not an expression.
 */
export function isTerraformExpression(value: unknown): boolean {
  return typeof value === "string" && TEMPLATE.test(value);
}

/**
 * The text a template stands for when it holds no expression (`$${x}`
 * reads `${x}`, `%%{x}` reads `%{x}`); undefined for expressions and
 * non-strings. Compare this, not the raw string, with literal values.
 */
export function templateLiteral(value: unknown): string | undefined {
  if (typeof value !== "string" || isTerraformExpression(value)) return undefined;
  return value.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

/** What a reference's root names. */
export type TerraformReferenceKind = "variable" | "local" | "resource" | "data" | "module" | "meta";

/** One reference (traversal) found in an expression: `ibm_resource_key.k.credentials["apikey"]`. */
export interface TerraformReference {
  /**
   * `variable` (`var.x`), `local` (`local.y`), `resource` (`ibm_cloudant.c`),
   * `data` (`data.ibm_iam_auth_token.t`), `module` (`module.m`), or `meta`
   * (`count.index`, `each.value`, `path.module`, `terraform.workspace`, `self.x`).
   */
  readonly kind: TerraformReferenceKind;
  /** The object referred to: `var.x`, `local.y`, `ibm_resource_key.k`, `data.t.n`, `module.m`, `each.value`. */
  readonly address: string;
  /** The instance key right after a resource, data source or module name (`0` in `ibm_x.y[0].id`, `"a"` in `[ "a" ]`). */
  readonly instance?: string;
  /**
   * The attribute path after the address and instance, as far as it is
   * static: names, literal keys and indexes as strings, `*` for a splat
   * (`["credentials", "apikey"]`); it stops before a computed index.
   */
  readonly attributes: readonly string[];
  /** The whole reference in one canonical spelling: `ibm_resource_key.k.credentials.apikey`, `ibm_x.y[0].id`. */
  readonly traversal: string;
}

type NameStep = { readonly name: string };
type KeyStep = { readonly key: string; readonly index: boolean };
type Step = NameStep | KeyStep;

/**
 * Every reference in a template, in the order they appear, each once (by
 * traversal). Looks inside nested strings, function arguments, index
 * brackets, conditionals and `for` expressions; function names, `for`
 * variables, object keys and literals are not references. A root that is
 * not `var`, `local`, `data`, `module` or a meta root is read as a resource
 * type (a dynamic block's iterator, such as `setting.value`, cannot be told
 * apart from one in a string alone).
 */
export function referencesInTemplate(template: string): TerraformReference[] {
  const { expressions } = scanTemplate(template);
  const bound = new Set<string>();
  for (const e of expressions) forBoundNames(e.tokens).forEach((n) => bound.add(n));
  const found: { at: number; ref: TerraformReference }[] = [];
  for (const e of expressions) {
    const t = e.tokens;
    t.forEach((tok, k) => {
      if (!isRoot(t, k) || bound.has(tok.text)) return;
      const ref = reference(tok.text, traversalSteps(t, k + 1).steps);
      if (ref) found.push({ at: tok.at, ref });
    });
  }
  found.sort((a, b) => a.at - b.at);
  return unique(found.map((f) => f.ref));
}

/**
 * Every reference in a rendered JSON value (strings, arrays, objects and
 * their keys, `//` comment keys skipped), in document order, each once.
 */
export function referencesIn(value: unknown): TerraformReference[] {
  const out: TerraformReference[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === "string") out.push(...referencesInTemplate(v));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === "object" && v !== null)
      for (const [key, inner] of Object.entries(v)) {
        if (key === "//") continue;
        visit(key);
        visit(inner);
      }
  };
  visit(value);
  return unique(out);
}

/**
 * The reference when a value is exactly one interpolation of one reference
 * and nothing else (`${var.x}`, `${ ibm_cloudant.c.crn }`); undefined for
 * literals, templates with text around the interpolation, function calls,
 * operators and directives. For judging a value by what it names.
 */
export function soleReference(value: unknown): TerraformReference | undefined {
  if (typeof value !== "string") return undefined;
  const { literal, expressions } = scanTemplate(value);
  if (literal !== "" || expressions.length !== 1) return undefined;
  const [e] = expressions;
  if (e.kind !== "interpolation" || e.tokens.length === 0 || !isRoot(e.tokens, 0)) return undefined;
  const { steps, end } = traversalSteps(e.tokens, 1);
  if (end !== e.tokens.length || forBoundNames(e.tokens).length > 0) return undefined;
  return reference(e.tokens[0].text, steps);
}

/** A reference and where it is written in its template. */
export interface TerraformReferenceSpan {
  /** The reference. */
  readonly reference: TerraformReference;
  /** Offset of its first character (the root name). */
  readonly start: number;
  /** Offset just after its last static step. */
  readonly end: number;
  /** True when the template is exactly `${ <this reference> }` and nothing else. */
  readonly whole: boolean;
}

/**
 * Every reference of a template with its position, in the order written
 * (repeats included), `for` variables left out; for rewriting references
 * (renaming a resource, putting a value in place of a variable).
 */
export function referenceSpans(template: string): TerraformReferenceSpan[] {
  const { literal, expressions } = scanTemplate(template);
  const out: TerraformReferenceSpan[] = [];
  const bound = new Set(expressions.flatMap((e) => forBoundNames(e.tokens)));
  for (const e of expressions) {
    const t = e.tokens;
    t.forEach((tok, k) => {
      if (!isRoot(t, k) || bound.has(tok.text)) return;
      const { steps, end } = traversalSteps(t, k + 1);
      const ref = reference(tok.text, steps);
      if (!ref) return;
      const whole =
        literal === "" && expressions.length === 1 && e.kind === "interpolation" && k === 0;
      out.push({
        reference: ref,
        start: tok.at,
        end: t[end - 1].end,
        whole: whole && end === t.length,
      });
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function isRoot(t: readonly ExpressionToken[], k: number): boolean {
  const tok = t[k];
  if (tok.kind !== "name" || KEYWORDS.has(tok.text)) return false;
  const prev = t[k - 1]?.text;
  const next = t[k + 1];
  if (prev === "." || prev === "::" || next?.text === "(" || next?.text === "::") return false;
  return next?.kind === "symbol" && (next.text === "." || next.text === "[");
}

function traversalSteps(
  t: readonly ExpressionToken[],
  from: number,
): { steps: Step[]; end: number } {
  const steps: Step[] = [];
  let j = from;
  for (;;) {
    const a = t[j];
    const b = t[j + 1];
    const c = t[j + 2];
    if (a?.text === "." && b && (b.kind === "name" || b.text === "*")) {
      steps.push(b.text === "*" ? { key: "*", index: true } : { name: b.text });
      j += 2;
    } else if (a?.text === "[" && b && c?.text === "]" && isStaticKey(b)) {
      steps.push({ key: b.text, index: b.kind !== "string" });
      j += 3;
    } else {
      return { steps, end: j };
    }
  }
}

function isStaticKey(tok: ExpressionToken): boolean {
  if (tok.kind === "string") return tok.literal;
  return tok.text === "*" || (tok.kind === "number" && /^[0-9]+$/.test(tok.text));
}

function reference(root: string, steps: readonly Step[]): TerraformReference | undefined {
  const names = (n: number): boolean => steps.length >= n && steps.slice(0, n).every(isName);
  const build = (kind: TerraformReferenceKind, length: number, instanced: boolean) => {
    const address = [root, ...steps.slice(0, length).map(stepText)].join(".");
    const next = steps[length];
    const keyed = instanced && next !== undefined && !isName(next) && next.key !== "*";
    const instance = keyed ? stepText(next) : undefined;
    const rest = steps.slice(length + (keyed ? 1 : 0));
    const traversal = address + (keyed ? `[${spellKey(next)}]` : "") + rest.map(spell).join("");
    const attributes = rest.map(stepText);
    return { kind, address, ...(keyed ? { instance } : {}), attributes, traversal };
  };
  if (root === "var" || root === "local")
    return names(1) ? build(root === "var" ? "variable" : "local", 1, false) : undefined;
  if (root === "data") return names(2) ? build("data", 2, true) : undefined;
  if (root === "module") return names(1) ? build("module", 1, true) : undefined;
  if (META_ROOTS.has(root)) return names(1) ? build("meta", 1, false) : undefined;
  return names(1) ? build("resource", 1, true) : undefined;
}

function isName(step: Step): step is NameStep {
  return "name" in step;
}

function stepText(step: Step): string {
  return isName(step) ? step.name : step.key;
}

/** `.name` for names and plain string keys (`a["b"]` is `a.b`), `[0]`, `[*]` or `["a.b"]` otherwise. */
function spell(step: Step): string {
  if (isName(step) && /^[0-9]+$/.test(step.name)) return `[${step.name}]`;
  if (isName(step) || (!step.index && PLAIN_NAME.test(step.key))) return `.${stepText(step)}`;
  return `[${spellKey(step)}]`;
}

function spellKey(step: Step): string {
  return isName(step) || !step.index ? JSON.stringify(stepText(step)) : step.key;
}

/** The names a `for` binds in an expression (`for k, v in …`, `%{ for x in … }`). */
function forBoundNames(t: readonly ExpressionToken[]): string[] {
  const out: string[] = [];
  t.forEach((tok, k) => {
    if (tok.kind !== "name" || tok.text !== "for" || t[k - 1]?.text === ".") return;
    for (let j = k + 1; t[j]?.kind === "name" && t[j].text !== "in"; j += 2) {
      out.push(t[j].text);
      if (t[j + 1]?.text !== ",") break;
    }
  });
  return out;
}

function unique(refs: readonly TerraformReference[]): TerraformReference[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.traversal) && seen.add(r.traversal) !== undefined);
}
