/**
 * Flattening a module tree into one Terraform JSON document the guard can
 * judge: every resource of every loaded module, named uniquely, with the
 * values that reach it put in place. A module input lands where the module
 * uses it; a variable without an input takes its default; root variables take
 * their tfvars values. Sensitive variables are never replaced by values:
 * they stay references to (renamed) sensitive variables, so the guard can
 * follow secrets by flow. Resources whose `count` is 0 or whose `for_each`
 * is empty are not created and not judged.
 */
import { isRecord } from "../contracts";
import { TerraformReference } from "../core";
import { Replacement, rewriteValue } from "./expression-rewrite";
import { LoadedModule, NotScannedModule } from "./module-loader";

type Body = Record<string, unknown>;

/** What a judged subject is in Terraform's terms. */
export interface FlatSubject {
  /** The Terraform address (`module.events.ibm_cloudant.db`, `var.x`, `output.y`, `provider.ibm`). */
  readonly address: string;
  /** The module path (`module.events`), empty at the root. */
  readonly module: string;
  /** The file declaring it. */
  readonly file?: string;
  /** Its block header: keyword and labels (`resource`, [`ibm_cloudant`, `db`]). */
  readonly block: { readonly keyword: string; readonly labels: readonly string[] };
  /** Top-level attribute → where the values put in it came from (`var.plan default`). */
  readonly provenance: Readonly<Record<string, readonly string[]>>;
}

/** The flattened document. */
export interface FlatDocument {
  /** Terraform JSON in object form. */
  readonly json: Record<string, unknown>;
  /** Guard address (`ibm_cloudant.m-events--db`) → subject. */
  readonly subjects: Map<string, FlatSubject>;
  /** Module calls that were not scanned. */
  readonly notScanned: NotScannedModule[];
  /** Addresses of resources and modules not judged because `count` is 0 or `for_each` is empty. */
  readonly notCreated: string[];
}

/** Options of {@link flattenModules}. */
export interface FlattenOptions {
  /** Values of root variables (tfvars, var files), with the file that set each. */
  readonly rootValues?: { values: Record<string, unknown>; origins: Record<string, string> };
  /** Keep cdktf's construct paths (`//.metadata.path`) on root resources. */
  readonly keepConstructPaths?: boolean;
}

const META_ARGUMENTS = new Set([
  "source",
  "version",
  "count",
  "for_each",
  "providers",
  "depends_on",
]);

/**
 * The construct path the guard uses for a Terraform address: one segment per
 * module, per instance key and for the object (`module.a/[0]/ibm_cloudant.db`),
 * so that an acknowledgement of an address covers every address below it.
 */
export function addressPath(address: string): string {
  const segments: string[] = [];
  let rest = address;
  const take = (re: RegExp): boolean => {
    const m = re.exec(rest);
    if (!m) return false;
    segments.push(m[1]);
    if (m[2]) segments.push(m[2]);
    rest = rest.slice(m[0].length).replace(/^\./, "");
    return true;
  };
  while (take(/^(module\.[^.[\s]+)(\[(?:"[^"]*"|[^\]]*)\])?/));
  if (rest && !take(/^((?:data\.)?[^.[\s]+(?:\.[^.[\s]+)?)(\[(?:"[^"]*"|[^\]]*)\])?/)) {
    segments.push(rest);
    rest = "";
  }
  // anything after the object's address (an attribute) stays on the last segment
  if (rest && segments.length) segments[segments.length - 1] += `.${rest}`;
  return segments.join("/");
}

class Flattener {
  public readonly json: {
    resource: Record<string, Record<string, Body>>;
    data: Record<string, Record<string, Body>>;
    variable: Record<string, Body>;
    output: Record<string, Body>;
    locals: Record<string, unknown>;
  } = { resource: {}, data: {}, variable: {}, output: {}, locals: {} };
  public readonly subjects = new Map<string, FlatSubject>();
  public readonly notScanned: NotScannedModule[] = [];
  public readonly notCreated: string[] = [];
  /** Where the values of the attribute being rewritten come from. */
  public trace: string[] | undefined;

  constructor(public readonly options: FlattenOptions) {}
}

class Scope {
  private readonly locals = new Map<string, { value: unknown; from: string[] } | "busy">();
  private readonly outputs = new Map<string, unknown>();
  private readonly children = new Map<string, Scope>();
  private readonly emittedVars = new Set<string>();
  public readonly moduleAddress: string;

  constructor(
    private readonly f: Flattener,
    private readonly tree: LoadedModule,
    private readonly path: readonly string[],
    private readonly inputs?: Record<string, { value: unknown; file: string; from: string[] }>,
  ) {
    this.moduleAddress = path.map((p) => `module.${p}`).join(".");
  }

  private name(local: string): string {
    return this.path.length ? `m-${this.path.join("-m-")}--${local}` : local;
  }

  private address(local: string): string {
    return this.moduleAddress ? `${this.moduleAddress}.${local}` : local;
  }

  public rewrite(value: unknown): unknown {
    return rewriteValue(value, (ref) => this.resolve(ref));
  }

  private note(text: string): void {
    this.f.trace?.push(text);
  }

  private resolve(ref: TerraformReference): Replacement {
    const json = this.tree.module.json;
    const [, first, second] = ref.address.split(".");
    if (ref.kind === "variable") return this.variable(first);
    if (ref.kind === "local") return this.local(first);
    if (ref.kind === "module") {
      const out = ref.attributes[0];
      const child = this.child(first);
      if (!child || out === undefined) return undefined;
      const value = child.output(out);
      return value === undefined ? undefined : { value: { [out]: value } };
    }
    if (ref.kind === "data")
      return json.data[first]?.[second] && this.path.length
        ? { rename: `data.${first}.${this.name(second)}` }
        : undefined;
    if (ref.kind === "resource") {
      const [type, name] = ref.address.split(".");
      return json.resource[type]?.[name] && this.path.length
        ? { rename: `${type}.${this.name(name)}` }
        : undefined;
    }
    return undefined;
  }

  private variable(name: string): Replacement {
    const decl = this.tree.module.json.variable[name];
    if (!decl) return undefined;
    const sensitive = decl.sensitive === true || decl.sensitive === "true";
    const label = `var.${name}`;
    const where = this.moduleAddress ? ` of ${this.moduleAddress}` : "";
    if (!this.inputs) {
      if (sensitive) return undefined;
      const set = this.f.options.rootValues;
      if (set && name in set.values) {
        this.note(`${label} set in ${set.origins[name]}`);
        return { value: set.values[name] };
      }
      if (decl.default === undefined) return undefined;
      this.note(`${label} (its default; nothing sets it)`);
      return { value: decl.default };
    }
    const input = this.inputs[name];
    if (sensitive || (input === undefined && decl.default === undefined))
      return { rename: `var.${this.emitVariable(name, decl, input)}` };
    if (input !== undefined) {
      this.note(`${label}${where} set by the module input in ${input.file}`);
      input.from.forEach((n) => this.note(n));
      return { value: input.value };
    }
    this.note(`${label}${where} (its default; the module call does not set it)`);
    return { value: decl.default };
  }

  /** Declares a module's variable in the document under its unique name (sensitive ones, or ones without a value). */
  private emitVariable(name: string, decl: Body, input?: { value: unknown }): string {
    const flat = this.name(name);
    if (this.emittedVars.has(name)) return flat;
    this.emittedVars.add(name);
    const literal = input && !JSON.stringify(input.value ?? null).includes("${");
    const body: Body = { ...decl };
    if (literal) body.default = input.value;
    this.f.json.variable[flat] = body;
    this.subject(`var.${flat}`, "variable", [name], this.file(`var.${name}`));
    return flat;
  }

  private local(name: string): Replacement {
    const json = this.tree.module.json;
    if (!(name in json.locals)) return undefined;
    const memo = this.locals.get(name);
    if (memo === "busy") return undefined;
    if (memo) {
      memo.from.forEach((n) => this.note(n));
      return { value: memo.value };
    }
    this.locals.set(name, "busy");
    const outer = this.f.trace;
    const from: string[] = [];
    this.f.trace = from;
    const value = this.rewrite(json.locals[name]);
    this.f.trace = outer;
    this.locals.set(name, { value, from });
    from.forEach((n) => this.note(n));
    return { value };
  }

  private child(name: string): Scope | undefined {
    const existing = this.children.get(name);
    if (existing) return existing;
    const tree = this.tree.children.get(name);
    if (!tree) return undefined;
    const call = this.tree.module.json.module[name];
    const file = this.file(`module.${name}`) ?? this.tree.dir;
    const inputs: Record<string, { value: unknown; file: string; from: string[] }> = {};
    const outer = this.f.trace;
    for (const key of Object.keys(call))
      if (!META_ARGUMENTS.has(key) && key !== "//") {
        const from: string[] = [];
        this.f.trace = from;
        inputs[key] = { value: this.rewrite(call[key]), file, from };
      }
    this.f.trace = outer;
    const scope = new Scope(this.f, tree, [...this.path, name], inputs);
    this.children.set(name, scope);
    return scope;
  }

  private output(name: string): unknown {
    if (this.outputs.has(name)) return this.outputs.get(name);
    const decl = this.tree.module.json.output[name];
    this.outputs.set(name, undefined);
    const value = decl ? this.rewrite(decl.value) : undefined;
    this.outputs.set(name, value);
    return value;
  }

  private file(key: string): string | undefined {
    return this.tree.module.files.get(key);
  }

  private subject(
    guardAddress: string,
    keyword: string,
    labels: string[],
    file: string | undefined,
    provenance: Record<string, string[]> = {},
  ): void {
    const local =
      keyword === "resource"
        ? labels.join(".")
        : `${keyword === "variable" ? "var" : keyword}.${labels.join(".")}`;
    this.f.subjects.set(guardAddress, {
      address: this.address(local),
      module: this.moduleAddress,
      ...(file ? { file } : {}),
      block: { keyword, labels },
      provenance,
    });
  }

  /** A block body with its values put in place, and where each top-level attribute's values came from. */
  private body(body: Body): { body: Body; provenance: Record<string, string[]> } {
    const out: Body = {};
    const provenance: Record<string, string[]> = {};
    for (const key of Object.keys(body)) {
      if (key === "//") {
        out[key] = body[key];
        continue;
      }
      const trace: string[] = [];
      this.f.trace = trace;
      out[key] = this.rewrite(body[key]);
      this.f.trace = undefined;
      if (trace.length) provenance[key] = [...new Set(trace)];
    }
    return { body: out, provenance };
  }

  /** True when a `count` of 0 or an empty `for_each` means nothing is created. */
  private static notCreated(body: Body): boolean {
    const c = body.count;
    const e = body.for_each;
    return (
      c === 0 ||
      c === "0" ||
      (Array.isArray(e) && e.length === 0) ||
      (isRecord(e) && Object.keys(e).length === 0)
    );
  }

  public flatten(): void {
    const json = this.tree.module.json;
    this.f.notScanned.push(...this.tree.notScanned);
    for (const mode of ["resource", "data"] as const) {
      for (const type of Object.keys(json[mode]))
        for (const name of Object.keys(json[mode][type])) {
          const { body, provenance } = this.body(json[mode][type][name]);
          const local = mode === "data" ? `data.${type}.${name}` : `${type}.${name}`;
          if (Scope.notCreated(body)) {
            this.f.notCreated.push(this.address(local));
            continue;
          }
          const flat = this.name(name);
          const meta =
            isRecord(body["//"]) && isRecord(body["//"].metadata) ? body["//"].metadata : {};
          const keep =
            this.f.options.keepConstructPaths && !this.path.length && typeof meta.path === "string";
          if (!keep)
            body["//"] = {
              ...(isRecord(body["//"]) ? body["//"] : {}),
              metadata: { ...meta, path: addressPath(this.address(local)) },
            };
          (this.f.json[mode][type] ??= {})[flat] = body;
          const guardAddress = mode === "data" ? `data.${type}.${flat}` : `${type}.${flat}`;
          this.subject(guardAddress, mode, [type, name], this.file(local), provenance);
        }
    }
    if (!this.inputs)
      for (const name of Object.keys(json.variable)) {
        this.f.json.variable[name] = json.variable[name];
        this.subject(`var.${name}`, "variable", [name], this.file(`var.${name}`));
      }
    for (const name of Object.keys(json.output)) {
      const { body, provenance } = this.body(json.output[name]);
      const flat = this.name(name);
      this.f.json.output[flat] = body;
      this.subject(`output.${flat}`, "output", [name], this.file(`output.${name}`), provenance);
    }
    for (const name of Object.keys(json.locals)) {
      const r = this.local(name);
      if (r && "value" in r) this.f.json.locals[this.name(name)] = r.value;
    }
    for (const name of [...this.tree.children.keys()].sort()) {
      const call = this.tree.module.json.module[name];
      const count = this.rewrite(call.count);
      const each = this.rewrite(call.for_each);
      if (Scope.notCreated({ count, for_each: each })) {
        this.f.notCreated.push(this.address(`module.${name}`));
        continue;
      }
      this.child(name)?.flatten();
    }
  }
}

/** Flattens a loaded module tree into one document. */
export function flattenModules(tree: LoadedModule, options: FlattenOptions = {}): FlatDocument {
  const f = new Flattener(options);
  new Scope(f, tree, []).flatten();
  const json: Record<string, unknown> = {};
  const root = tree.module.json;
  if (root.comment !== undefined) json["//"] = root.comment;
  if (Object.keys(root.terraform).length) json.terraform = root.terraform;
  if (Object.keys(root.provider).length) json.provider = root.provider;
  for (const [name, configs] of Object.entries(root.provider))
    configs.forEach((c) => {
      const alias = typeof c.alias === "string" ? `.${c.alias}` : "";
      f.subjects.set(`provider.${name}${alias}`, {
        address: `provider.${name}${alias}`,
        module: "",
        ...(tree.module.files.get(`provider.${name}`)
          ? { file: tree.module.files.get(`provider.${name}`) }
          : {}),
        block: { keyword: "provider", labels: [name] },
        provenance: {},
      });
    });
  for (const key of ["variable", "locals", "data", "resource", "output"] as const)
    if (Object.keys(f.json[key]).length) json[key] = f.json[key];
  return { json, subjects: f.subjects, notScanned: f.notScanned, notCreated: f.notCreated };
}
