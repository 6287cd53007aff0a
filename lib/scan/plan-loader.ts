/**
 * Reading `terraform show -json` output (Terraform's documented JSON output
 * format): a plan (`planned_values`, `resource_changes`, `configuration`)
 * or a state (`values`). Modules are already expanded and values known at
 * plan time are resolved, so this is the accurate input for module-heavy
 * code. A value unknown until apply (`after_unknown`) becomes a reference to
 * what the configuration says it comes from, or an opaque expression: never
 * "absent". A value the plan marks sensitive (`sensitive_values`,
 * `after_sensitive`) becomes a reference to a sensitive variable, so the
 * guard follows it as a secret and never reads it as a literal.
 */
import { isRecord } from "../contracts";
import { addressPath, FlatSubject } from "./flatten";

type Body = Record<string, unknown>;
type JsonPath = (string | number)[];

/** The variable that stands for a value the plan marks sensitive. */
export const PLAN_SENSITIVE_VARIABLE = "terraform_plan_sensitive_value";

/** A plan or state in the guard's object form. */
export interface PlanDocument {
  /** Terraform JSON in object form. */
  readonly json: Record<string, unknown>;
  /** Guard address → subject. */
  readonly subjects: Map<string, FlatSubject>;
  /** Guard address → where the object is in the plan file (for line numbers). */
  readonly jsonPaths: Map<string, JsonPath>;
  /** Module calls whose source the configuration records (for reports; every module is expanded in a plan). */
  readonly format: "plan" | "state";
}

/** True when a parsed JSON file is `terraform show -json` output. */
export function isPlanJson(json: unknown): boolean {
  return (
    isRecord(json) &&
    typeof json.format_version === "string" &&
    (isRecord(json.planned_values) || isRecord(json.values) || Array.isArray(json.resource_changes))
  );
}

interface ConfigResource {
  readonly expressions: Body;
  readonly moduleAddress: string;
}

/** Configuration resources by `<module address>|<address without index>`, for references of unknown values. */
function configIndex(config: unknown): Map<string, ConfigResource> {
  const out = new Map<string, ConfigResource>();
  const walk = (mod: unknown, moduleAddress: string) => {
    if (!isRecord(mod)) return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : [])
      if (isRecord(r) && typeof r.address === "string")
        out.set(`${moduleAddress}|${r.address}`, {
          expressions: isRecord(r.expressions) ? r.expressions : {},
          moduleAddress,
        });
    const calls = isRecord(mod.module_calls) ? mod.module_calls : {};
    for (const name of Object.keys(calls)) {
      const call = calls[name];
      if (isRecord(call))
        walk(call.module, moduleAddress ? `${moduleAddress}.module.${name}` : `module.${name}`);
    }
  };
  walk(isRecord(config) ? config.root_module : undefined, "");
  return out;
}

/** Strips instance keys from a module address (`module.a[0].module.b["x"]` → `module.a.module.b`). */
function moduleCallPath(moduleAddress: string): string {
  return moduleAddress.replace(/\[(?:"[^"]*"|[^\]]*)\]/g, "");
}

function flatName(moduleAddress: string, name: string, index: unknown): string {
  const key = index === undefined ? "" : `-i-${String(index).replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const mod = moduleAddress
    ? `m-${moduleAddress
        .replace(/^module\./, "")
        .replace(/\.module\./g, "-m-")
        .replace(/[^A-Za-z0-9_-]/g, "_")}--`
    : "";
  return `${mod}${name}${key}`;
}

/** A reference expression for a configuration expression's references, renamed into the flat document. */
function referenceExpression(expr: unknown, moduleAddress: string, known: Set<string>): string {
  const refs = isRecord(expr) && Array.isArray(expr.references) ? expr.references : [];
  const ref = refs.find((r): r is string => typeof r === "string" && r.split(".").length >= 2);
  if (!ref) return "${terraform_plan_unknown_value}";
  const parts = ref.split(".");
  const mode = parts[0] === "data" ? "data." : "";
  const [type, name] = mode ? parts.slice(1, 3) : parts.slice(0, 2);
  const resourceKey = `${mode}${type}.${flatName(moduleAddress, name, undefined)}`;
  if (known.has(resourceKey))
    return `\${${resourceKey}${ref.slice(`${mode}${type}.${name}`.length)}}`;
  return `\${${ref}}`;
}

/** Puts unknown and sensitive markers into planned values. */
function mark(
  values: unknown,
  unknown: unknown,
  sensitive: unknown,
  expr: unknown,
  ref: () => string,
): unknown {
  if (sensitive === true) return `\${var.${PLAN_SENSITIVE_VARIABLE}}`;
  if (unknown === true) return ref();
  if (Array.isArray(values) || Array.isArray(unknown)) {
    const v = Array.isArray(values) ? values : [];
    const u = Array.isArray(unknown) ? unknown : [];
    const s = Array.isArray(sensitive) ? sensitive : [];
    const e = Array.isArray(expr) ? expr : [];
    return Array.from({ length: Math.max(v.length, u.length) }, (_, i) =>
      mark(v[i], u[i], s[i], e[i], ref),
    );
  }
  if (isRecord(values) || isRecord(unknown)) {
    const v = isRecord(values) ? values : {};
    const u = isRecord(unknown) ? unknown : {};
    const s = isRecord(sensitive) ? sensitive : {};
    const e = isRecord(expr) ? expr : {};
    const out: Body = {};
    for (const k of new Set([...Object.keys(v), ...Object.keys(u)])) {
      const inner = mark(v[k], u[k], s[k], e[k], () => referenceExpression(e[k], "", new Set()));
      if (inner !== undefined && inner !== null) out[k] = inner;
    }
    return out;
  }
  return values;
}

/** Reads plan or state JSON into the guard's object form. */
export function loadPlan(plan: Body, file: string): PlanDocument {
  const planned = isRecord(plan.planned_values) ? plan.planned_values : undefined;
  const state = isRecord(plan.values) ? plan.values : undefined;
  const root = planned ?? state;
  const section = planned ? "planned_values" : "values";
  const changes = new Map<string, Body>();
  for (const c of Array.isArray(plan.resource_changes) ? plan.resource_changes : [])
    if (isRecord(c) && typeof c.address === "string" && isRecord(c.change))
      changes.set(c.address, c.change);
  const config = configIndex(plan.configuration);
  const resources: { r: Body; path: JsonPath; moduleAddress: string }[] = [];
  const walk = (mod: unknown, path: JsonPath, moduleAddress: string) => {
    if (!isRecord(mod)) return;
    (Array.isArray(mod.resources) ? mod.resources : []).forEach((r, i) => {
      if (isRecord(r)) resources.push({ r, path: [...path, "resources", i], moduleAddress });
    });
    (Array.isArray(mod.child_modules) ? mod.child_modules : []).forEach((c, i) => {
      if (isRecord(c) && typeof c.address === "string")
        walk(c, [...path, "child_modules", i], c.address);
    });
  };
  walk(isRecord(root) ? root.root_module : undefined, [section, "root_module"], "");
  const json: {
    resource: Record<string, Record<string, Body>>;
    data: Record<string, Record<string, Body>>;
  } = { resource: {}, data: {} };
  const subjects = new Map<string, FlatSubject>();
  const jsonPaths = new Map<string, JsonPath>();
  const known = new Set(
    resources.map(
      ({ r, moduleAddress }) =>
        `${r.mode === "data" ? "data." : ""}${String(r.type)}.${flatName(moduleAddress, String(r.name), undefined)}`,
    ),
  );
  for (const { r, path, moduleAddress } of resources) {
    if (typeof r.type !== "string" || typeof r.name !== "string" || typeof r.address !== "string")
      continue;
    const mode = r.mode === "data" ? "data" : "resource";
    const change = changes.get(r.address) ?? {};
    const cfg = config.get(
      `${moduleCallPath(moduleAddress)}|${mode === "data" ? "data." : ""}${r.type}.${r.name}`,
    );
    const expressions = cfg?.expressions ?? {};
    const values = mark(
      r.values,
      change.after_unknown,
      r.sensitive_values ?? change.after_sensitive,
      expressions,
      () => "${terraform_plan_unknown_value}",
    );
    const body: Body = isRecord(values) ? { ...values } : {};
    for (const k of Object.keys(isRecord(change.after_unknown) ? change.after_unknown : {}))
      if (body[k] === "${terraform_plan_unknown_value}")
        body[k] = referenceExpression(expressions[k], moduleCallPath(moduleAddress), known);
    body["//"] = { metadata: { path: addressPath(r.address) } };
    const flat = flatName(moduleAddress, r.name, r.index);
    (json[mode][r.type] ??= {})[flat] = body;
    const guardAddress = `${mode === "data" ? "data." : ""}${r.type}.${flat}`;
    subjects.set(guardAddress, {
      address: r.address,
      module: moduleAddress,
      file,
      block: { keyword: mode, labels: [r.type, r.name] },
      provenance: {},
    });
    jsonPaths.set(guardAddress, path);
  }
  const out: Body = {};
  const variables = planVariables(plan);
  if (Object.keys(variables).length) out.variable = variables;
  if (Object.keys(json.data).length) out.data = json.data;
  if (Object.keys(json.resource).length) out.resource = json.resource;
  const outputs = planOutputs(root, plan.configuration);
  if (Object.keys(outputs).length) out.output = outputs;
  for (const name of Object.keys(outputs)) {
    subjects.set(`output.${name}`, {
      address: `output.${name}`,
      module: "",
      file,
      block: { keyword: "output", labels: [name] },
      provenance: {},
    });
    jsonPaths.set(`output.${name}`, [section, "outputs", name]);
  }
  for (const name of Object.keys(variables))
    subjects.set(`var.${name}`, {
      address: `var.${name}`,
      module: "",
      file,
      block: { keyword: "variable", labels: [name] },
      provenance: {},
    });
  return { json: out, subjects, jsonPaths, format: planned ? "plan" : "state" };
}

/** Root variables as declared in the configuration (sensitive flags, defaults), plus the sensitive stand-in. */
function planVariables(plan: Body): Record<string, Body> {
  const config =
    isRecord(plan.configuration) && isRecord(plan.configuration.root_module)
      ? plan.configuration.root_module
      : {};
  const declared = isRecord(config.variables) ? config.variables : {};
  const out: Record<string, Body> = {};
  for (const name of Object.keys(declared)) {
    const d = declared[name];
    if (!isRecord(d)) continue;
    const body: Body = {};
    if (d.sensitive === true) body.sensitive = true;
    if (d.default !== undefined && d.sensitive !== true) body.default = d.default;
    if (typeof d.description === "string") body.description = d.description;
    out[name] = body;
  }
  out[PLAN_SENSITIVE_VARIABLE] = {
    sensitive: true,
    description: "a value the plan marks sensitive",
  };
  return out;
}

/** Root outputs: planned value (or a reference to what the configuration names), with their sensitive flag. */
function planOutputs(root: Body | undefined, configuration: unknown): Record<string, Body> {
  const planned = isRecord(root?.outputs) ? root.outputs : {};
  const cfgRoot =
    isRecord(configuration) && isRecord(configuration.root_module) ? configuration.root_module : {};
  const declared = isRecord(cfgRoot.outputs) ? cfgRoot.outputs : {};
  const out: Record<string, Body> = {};
  for (const name of new Set([...Object.keys(planned), ...Object.keys(declared)])) {
    const p = isRecord(planned[name]) ? planned[name] : {};
    const d = isRecord(declared[name]) ? declared[name] : {};
    const sensitive = p.sensitive === true || d.sensitive === true;
    const expr = isRecord(d.expression) ? d.expression : undefined;
    const value =
      expr && Array.isArray(expr.references)
        ? referenceExpression(expr, "", new Set())
        : sensitive
          ? `\${var.${PLAN_SENSITIVE_VARIABLE}}`
          : p.value;
    out[name] = { value: value ?? null, ...(sensitive ? { sensitive: true } : {}) };
  }
  return out;
}
