/**
 * Following secrets through the rendered Terraform JSON. A value is secret
 * when it reads a sensitive variable (`var.x` with `sensitive = true`), a
 * secret-holding attribute of a resource or data source (schema-marked or by
 * purpose, see contracts' secret-attributes), or a whole resource that has
 * one; a local built from a secret is secret. Any reference anywhere in an
 * expression counts (`base64encode(var.x)`, `"${var.a}-${var.b}"`), as
 * Terraform's own sensitivity marks do. The library's `Secret` values render
 * as exactly these references, so they are covered too. Pure; never throws.
 */
import {
  isRecord,
  RenderedResource,
  secretAttributePaths,
  TerraformDocument,
} from "../../contracts";
import { isTerraformExpression, referencesIn, TerraformReference } from "../../core";

/** Where a secret value comes from. */
export interface SecretOrigin {
  /** What is read: `var.db_password`, `ibm_resource_key.k.credentials`, `ibm_resource_key.k` (the whole object). */
  readonly source: string;
  /** The locals it passed through on the way, outermost first (`local.conn`). */
  readonly via: readonly string[];
}

/** A variable (sensitive or not) read by a value, with the locals it passed through. */
export interface VariableUse {
  /** The variable's name (`db_password` for `var.db_password`). */
  readonly name: string;
  /** The locals it passed through, outermost first. */
  readonly via: readonly string[];
}

/** Top-level keys of a block that are meta-arguments or connection settings, not stored attributes. */
const NOT_ATTRIBUTES = new Set([
  "//",
  "connection",
  "count",
  "depends_on",
  "for_each",
  "lifecycle",
  "provider",
  "provisioner",
]);

interface Leaf {
  readonly ref: TerraformReference;
  readonly via: readonly string[];
}

/**
 * The references a value ends in, following locals (into an object local's
 * key when the reference names one: `local.cfg.name` reads only
 * `local.cfg["name"]`); a local that refers back to itself ends the chain.
 */
function leaves(d: TerraformDocument, value: unknown, via: readonly string[] = []): Leaf[] {
  if (typeof value === "string" && via.length === 0) return stringLeaves(d, value);
  return referencesIn(value).flatMap((ref) => {
    if (ref.kind !== "local") return [{ ref, via }];
    if (via.includes(ref.address)) return [];
    const name = ref.address.slice("local.".length);
    if (!Object.prototype.hasOwnProperty.call(d.locals, name)) return [];
    return leaves(d, localValue(d.locals[name], ref.attributes), [...via, ref.address]);
  });
}

/** Leaves of one top-level string, memoized per document (rendered stacks repeat the same references many times). */
const LEAVES = new WeakMap<TerraformDocument, Map<string, Leaf[]>>();

function stringLeaves(d: TerraformDocument, value: string): Leaf[] {
  if (!isTerraformExpression(value)) return [];
  let memo = LEAVES.get(d);
  if (!memo) LEAVES.set(d, (memo = new Map()));
  let found = memo.get(value);
  if (!found) memo.set(value, (found = leaves(d, [value])));
  return found;
}

function localValue(value: unknown, attributes: readonly string[]): unknown {
  let v = value;
  for (const a of attributes) {
    if (isRecord(v) && Object.prototype.hasOwnProperty.call(v, a)) v = v[a];
    else if (Array.isArray(v) && /^[0-9]+$/.test(a) && Number(a) < v.length) v = v[Number(a)];
    else break;
  }
  return v;
}

/** The secret a reference reads, or undefined. */
function secretSource(d: TerraformDocument, ref: TerraformReference): string | undefined {
  if (ref.kind === "variable") {
    const name = ref.address.slice("var.".length);
    return isRecord(d.variables[name]) && d.variables[name].sensitive === true
      ? ref.address
      : undefined;
  }
  if (ref.kind !== "resource" && ref.kind !== "data") return undefined;
  const kind =
    ref.kind === "data" ? `data.${ref.address.split(".")[1]}` : ref.address.split(".")[0];
  const secrets = secretAttributePaths(kind);
  if (secrets.length === 0) return undefined;
  const attrs = ref.attributes.filter((a, i) => !(a === "*" && i === 0));
  if (attrs.length === 0) return ref.address;
  for (let n = 1; n <= attrs.length; n++) {
    const path = attrs.slice(0, n).join(".");
    if (secrets.includes(path)) return `${ref.address}.${path}`;
  }
  return secrets.some((s) => s.startsWith(`${attrs.join(".")}.`))
    ? `${ref.address}.${attrs.join(".")}`
    : undefined;
}

/** Every secret a rendered value reads (through locals), each source once, in document order. */
export function secretOrigins(d: TerraformDocument, value: unknown): SecretOrigin[] {
  const seen = new Set<string>();
  const out: SecretOrigin[] = [];
  for (const { ref, via } of leaves(d, value)) {
    const source = secretSource(d, ref);
    if (source === undefined || seen.has(source)) continue;
    seen.add(source);
    out.push({ source, via });
  }
  return out;
}

/** Every variable a rendered value reads (through locals), each once, in document order. */
export function variableUses(d: TerraformDocument, value: unknown): VariableUse[] {
  const seen = new Set<string>();
  return leaves(d, value)
    .filter(({ ref }) => ref.kind === "variable")
    .map(({ ref, via }) => ({ name: ref.address.slice("var.".length), via }))
    .filter((u) => !seen.has(u.name) && seen.add(u.name) !== undefined);
}

/** An origin for a message: `var.x`, or `var.x (through local.a, local.b)`. */
export function describeOrigin(o: SecretOrigin | VariableUse): string {
  const what = "source" in o ? o.source : `var.${o.name}`;
  return o.via.length ? `${what} (through ${o.via.join(", ")})` : what;
}

/** One string of a block's body, with its attribute path. */
export interface BlockString {
  /** The dotted path (`tags.0`, `run_env_variables.2.value`, `input.description`). */
  readonly attributePath: string;
  /** The string as rendered. */
  readonly value: string;
}

/**
 * Every string of a block's stored attributes that holds a Terraform
 * expression (literals cannot carry a secret's value), with its path;
 * meta-arguments, `//` metadata and connection settings left out, and a
 * dynamic block's `for_each`.
 */
export function blockStrings(r: RenderedResource): readonly BlockString[] {
  const cached = BLOCK_STRINGS.get(r);
  if (cached) return cached;
  const out: BlockString[] = [];
  const trail: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === "string") {
      if ((v.includes("${") || v.includes("%{")) && isTerraformExpression(v))
        out.push({ attributePath: trail.join("."), value: v });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        trail.push(String(i));
        visit(x);
        trail.pop();
      });
    } else if (isRecord(v)) {
      for (const key of Object.keys(v)) {
        if (key === "//" || (trail.length === 0 && NOT_ATTRIBUTES.has(key))) continue;
        if (trail.length === 2 && trail[0] === "dynamic" && key === "for_each") continue;
        trail.push(key);
        visit(v[key]);
        trail.pop();
      }
    }
  };
  visit(r.body);
  BLOCK_STRINGS.set(r, out);
  return out;
}

/** {@link blockStrings} per block, kept while the rendered block lives (the rules of one run share them). */
const BLOCK_STRINGS = new WeakMap<RenderedResource, readonly BlockString[]>();
