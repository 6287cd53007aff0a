/**
 * Terraform configuration in the object form the guard reads (the form
 * cdktf writes: `resource.<type>.<name>` is the block body, a block that
 * holds at most one is an object). Terraform's JSON syntax allows, at every
 * label level and for every block, either an object or a list of objects;
 * HCL-to-JSON converters (such as @cdktf/hcl2json) always write the list.
 * Both are accepted here, files are merged as Terraform merges a module's
 * files, and override files (`override.tf`, `*_override.tf`) are applied
 * last, attribute by attribute.
 */
import { isRecord } from "../contracts";
import { blockShape, BlockShape } from "./block-shapes";

type Body = Record<string, unknown>;

/** One module's configuration in object form. */
export interface ModuleJson {
  /** `resource.<type>.<name>` → body. */
  readonly resource: Record<string, Record<string, Body>>;
  /** `data.<type>.<name>` → body. */
  readonly data: Record<string, Record<string, Body>>;
  /** Variable name → body (`type`, `default`, `sensitive`, …). */
  readonly variable: Record<string, Body>;
  /** Output name → body. */
  readonly output: Record<string, Body>;
  /** Module call name → body (`source`, `version`, inputs). */
  readonly module: Record<string, Body>;
  /** Local name → value. */
  readonly locals: Record<string, unknown>;
  /** Provider name → its configurations (default first as written, aliases). */
  readonly provider: Record<string, Body[]>;
  /** The `terraform` block, merged. */
  readonly terraform: Body;
  /** The top-level `//` comment (cdktf metadata), when present. */
  comment?: unknown;
}

/** Where each block came from: `resource.ibm_cloudant.db`, `variable.x`, `locals.y`, `module.m` → file. */
export type BlockFiles = Map<string, string>;

/** A module's configuration, with the file of each block and what could not be read. */
export interface NormalisedModule {
  /** The configuration. */
  readonly json: ModuleJson;
  /** File of each block. */
  readonly files: BlockFiles;
  /** Problems that make the configuration unreadable (duplicate blocks, wrong shapes). */
  readonly problems: string[];
}

/** A new, empty module configuration. */
export function emptyModule(): NormalisedModule {
  return {
    json: {
      resource: {},
      data: {},
      variable: {},
      output: {},
      module: {},
      locals: {},
      provider: {},
      terraform: {},
    },
    files: new Map(),
    problems: [],
  };
}

/** True for Terraform's override file names (`override.tf`, `x_override.tf`, and their `.tf.json`). */
export function isOverrideFile(file: string): boolean {
  return /(^|[/\\_])override\.tf(\.json)?$/.test(file);
}

/** Objects of a value that is an object or a list of objects (anything else is a shape problem). */
function objects(value: unknown, where: string, problems: string[]): Body[] {
  if (isRecord(value)) return [value];
  if (Array.isArray(value) && value.every(isRecord)) return value;
  problems.push(`${where} must be an object or a list of objects, got ${describe(value)}`);
  return [];
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list holding other values";
  return value === null ? "null" : typeof value === "string" ? "a string" : typeof value;
}

/** Walks `depth` label levels; calls `visit` with the labels and each block body found. */
function labeled(
  value: unknown,
  depth: number,
  where: string,
  problems: string[],
  visit: (labels: string[], body: Body) => void,
  labels: string[] = [],
): void {
  for (const obj of objects(value, where, problems)) {
    if (depth === 0) {
      visit(labels, obj);
      continue;
    }
    for (const key of Object.keys(obj)) {
      if (key === "//") continue;
      labeled(obj[key], depth - 1, `${where}.${key}`, problems, visit, [...labels, key]);
    }
  }
}

/** A block body in object form: nested blocks by the type's schema, `dynamic` blocks as cdktf writes them. */
export function normaliseBody(body: Body, shape: BlockShape): Body {
  const out: Body = {};
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (key === "dynamic") out.dynamic = normaliseDynamic(value, shape);
    else if (shape[key] && (isRecord(value) || (Array.isArray(value) && value.every(isRecord)))) {
      const blocks = (Array.isArray(value) ? value : [value]) as Body[];
      const list = blocks.map((b) => normaliseBody(b, shape[key].nested));
      out[key] = shape[key].single && list.length === 1 ? list[0] : list;
    } else out[key] = value;
  }
  return out;
}

function normaliseDynamic(value: unknown, shape: BlockShape): unknown {
  if (!isRecord(value) && !Array.isArray(value)) return value;
  const out: Body = {};
  for (const obj of Array.isArray(value) ? value : [value]) {
    if (!isRecord(obj)) continue;
    for (const name of Object.keys(obj)) {
      const blocks = (Array.isArray(obj[name]) ? obj[name] : [obj[name]]) as unknown[];
      const list = blocks.filter(isRecord).map((d) => {
        const content = Array.isArray(d.content) ? d.content[0] : d.content;
        const nested = shape[name]?.nested ?? {};
        return { ...d, content: isRecord(content) ? normaliseBody(content, nested) : content };
      });
      out[name] = list.length === 1 ? list[0] : list;
    }
  }
  return out;
}

/** A variable body with its `type` written as Terraform's JSON syntax writes it (`string`, not `${string}`). */
function normaliseVariable(body: Body): Body {
  const type = body.type;
  if (typeof type === "string") {
    const m = /^\$\{([\s\S]*)\}$/.exec(type);
    if (m) return { ...body, type: m[1].trim() };
  }
  return body;
}

/**
 * Adds one parsed file (`.tf` through hcl2json, or `.tf.json`) to a module.
 * Blocks of an override file replace the attributes they set; a block
 * declared twice elsewhere is a problem.
 */
export function addFile(module: NormalisedModule, file: string, parsed: unknown): void {
  const { json, files, problems } = module;
  const override = isOverrideFile(file);
  if (!isRecord(parsed)) {
    problems.push(`${file}: not a Terraform configuration (the top level must be an object)`);
    return;
  }
  const put = (
    target: Record<string, Body>,
    key: string,
    name: string,
    body: Body,
    merge = override,
  ) => {
    const existing = target[name];
    if (existing && merge) target[name] = { ...existing, ...body };
    else if (existing)
      problems.push(
        `${key} is declared twice (${files.get(key)} and ${file}); Terraform refuses that`,
      );
    else {
      target[name] = body;
      files.set(key, file);
    }
  };
  for (const section of Object.keys(parsed)) {
    const value = parsed[section];
    const where = `${file}: ${section}`;
    if (section === "//") json.comment = value;
    else if (section === "resource" || section === "data")
      labeled(value, 2, where, problems, ([type, name], body) => {
        const byName = (json[section][type] ??= {});
        const shapeKey = section === "data" ? `data.${type}` : type;
        const key = `${section === "data" ? "data." : ""}${type}.${name}`;
        put(byName, key, name, normaliseBody(body, blockShape(shapeKey)));
      });
    else if (section === "variable" || section === "output" || section === "module")
      labeled(value, 1, where, problems, ([name], body) => {
        const b = section === "variable" ? normaliseVariable(body) : body;
        const prefix = section === "variable" ? "var" : section;
        put(json[section], `${prefix}.${name}`, name, b);
      });
    else if (section === "locals")
      labeled(value, 0, where, problems, (_, body) => {
        for (const name of Object.keys(body)) {
          if (name === "//") continue;
          const key = `local.${name}`;
          if (json.locals[name] !== undefined && !override)
            problems.push(
              `${key} is declared twice (${files.get(key)} and ${file}); Terraform refuses that`,
            );
          json.locals[name] = body[name];
          if (!files.has(key)) files.set(key, file);
        }
      });
    else if (section === "provider")
      labeled(value, 1, where, problems, ([name], body) => {
        (json.provider[name] ??= []).push(body);
        if (!files.has(`provider.${name}`)) files.set(`provider.${name}`, file);
      });
    else if (section === "terraform")
      labeled(value, 0, where, problems, (_, body) => Object.assign(json.terraform, body));
    // check, import, moved and removed blocks configure no resource: nothing to judge
  }
}

/** The module as one Terraform JSON document in object form (what the guard reads). */
export function toDocument(json: ModuleJson): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (json.comment !== undefined) out["//"] = json.comment;
  for (const key of [
    "terraform",
    "provider",
    "variable",
    "locals",
    "data",
    "resource",
    "output",
    "module",
  ] as const) {
    const v = json[key];
    if (Object.keys(v).length > 0) out[key] = v;
  }
  return out;
}
