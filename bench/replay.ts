/**
 * The baseline of the agent workloads: the Terraform a user would write by
 * hand for the same deployment, with the generated bindings and no guard.
 *
 * It is built from the guarded program's own cdk.tf.json (parsed before the
 * clock starts): every variable, provider, resource and data source is
 * created again with its generated binding class (`terraform_data` with
 * `TerraformDataRecord`, the same manifest as `input`), at the same construct
 * path, in dependency order. Every `${address.attribute}` reference is
 * written as a user would, with the referenced construct's attribute token
 * (`instance.getStringAttribute("guid")` inside a template string, each
 * attribute's token made once and reused, as a careful user hoists
 * `instance.guid`), so the baseline pays cdktf's token resolution like the
 * library does. The
 * synthesized blocks are identical to the guarded ones (the runner checks it).
 */
import {
  App,
  TerraformElement,
  TerraformStack,
  TerraformOutput,
  TerraformVariable,
  TerraformVariableConfig,
} from "cdktf";
import { Construct } from "constructs";
import type { TerraformDataRecord as TerraformDataRecordClass } from "../lib/core/terraform-data";
import { fromDist } from "./workloads";

type Json = Record<string, unknown>;
type BindingClass = (new (scope: Construct, id: string, config: Json) => TerraformElement) & {
  readonly tfResourceType?: string;
};

/** A reference inside a string: the address of the referenced block and the attribute. */
interface Reference {
  readonly address: string;
  readonly attribute: string;
}

/** A rendered value with its references parsed out (strings with `${...}` become templates). */
type Template =
  | { readonly kind: "literal"; readonly value: unknown }
  | { readonly kind: "string"; readonly parts: readonly (string | Reference)[] }
  | { readonly kind: "list"; readonly items: readonly Template[] }
  | { readonly kind: "map"; readonly entries: readonly (readonly [string, Template])[] };

interface Block {
  readonly address: string;
  readonly cls: BindingClass;
  readonly path: readonly string[];
  readonly id: string;
  readonly config: Template;
  readonly references: readonly string[];
}

function isRecord(x: unknown): x is Json {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** `resource_instance_id` → `resourceInstanceId`. */
function camel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const EXPRESSION =
  /\$\{((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)\.([^}]+)\}|\$\{var\.([A-Za-z0-9_-]+)\}/g;

/** Parses a rendered value into a template, collecting the addresses it references. */
function template(value: unknown, refs: Set<string>): Template {
  if (typeof value === "string" && value.includes("${")) {
    const parts: (string | Reference)[] = [];
    let last = 0;
    for (const m of value.matchAll(EXPRESSION)) {
      if (m.index > last) parts.push(value.slice(last, m.index));
      const ref: Reference = m[3]
        ? { address: `var.${m[3]}`, attribute: "" }
        : { address: m[1], attribute: m[2] };
      refs.add(ref.address);
      parts.push(ref);
      last = m.index + m[0].length;
    }
    if (last < value.length) parts.push(value.slice(last));
    return { kind: "string", parts };
  }
  if (Array.isArray(value)) return { kind: "list", items: value.map((v) => template(v, refs)) };
  if (isRecord(value))
    return {
      kind: "map",
      entries: Object.entries(value).map(([k, v]) => [k, template(v, refs)] as const),
    };
  return { kind: "literal", value };
}

/** The generated binding class of a Terraform type (`ibm_resource_key`, data `ibm_resource_instance`). */
function bindingClass(type: string, data: boolean): BindingClass {
  if (!data && type === "terraform_data") {
    const { TerraformDataRecord } = fromDist<{
      TerraformDataRecord: typeof TerraformDataRecordClass;
    }>("lib/core/terraform-data.js");
    return TerraformDataRecord as unknown as BindingClass;
  }
  const dir = `${data ? "data-" : ""}${type.replace(/^ibm_/, data ? "ibm-" : "").replace(/_/g, "-")}`;
  const mod = fromDist<Record<string, BindingClass>>(`.gen/providers/ibm/${dir}`);
  const found = Object.values(mod).find((c) => c?.tfResourceType === type);
  if (!found) throw new Error(`bench: no generated binding for ${data ? "data." : ""}${type}`);
  return found;
}

/** Orders blocks so that every block comes after the blocks it references. */
function dependencyOrder(blocks: readonly Block[]): Block[] {
  const byAddress = new Map(blocks.map((b) => [b.address, b]));
  const done = new Set<string>();
  const out: Block[] = [];
  const visit = (b: Block, trail: Set<string>) => {
    if (done.has(b.address)) return;
    if (trail.has(b.address)) throw new Error(`bench: reference cycle at ${b.address}`);
    trail.add(b.address);
    for (const r of b.references) {
      const dep = byAddress.get(r);
      if (dep) visit(dep, trail);
    }
    done.add(b.address);
    out.push(b);
  };
  for (const b of blocks) visit(b, new Set());
  return out;
}

/** A prepared replay of a reference `cdk.tf.json`; `build` is what the clock measures. */
export interface Replay {
  /** Builds the baseline stack into `app`. */
  build(app: App): TerraformStack;
}

/** Prepares the replay (parsing, binding lookups and ordering happen here, outside the clock). */
export function prepareReplay(reference: Json): Replay {
  const meta = isRecord(reference["//"]) ? reference["//"] : {};
  const stackName = String((isRecord(meta.metadata) ? meta.metadata : {}).stackName ?? "stack");
  const { IbmProvider } = fromDist<{ IbmProvider: BindingClass }>(".gen/providers/ibm/provider");
  const blocks: Block[] = [];
  for (const [section, data] of [
    ["resource", false],
    ["data", true],
  ] as const) {
    const byType = isRecord(reference[section]) ? reference[section] : {};
    for (const [type, byName] of Object.entries(byType)) {
      const cls = bindingClass(type, data);
      for (const [name, body] of Object.entries(byName as Json)) {
        const b = body as Json;
        const m = isRecord(b["//"]) && isRecord(b["//"].metadata) ? b["//"].metadata : {};
        const segments = String(m.path ?? `${stackName}/${name}`).split("/");
        const config: Json = {};
        if (type === "terraform_data" && !data) config.input = b.input;
        else for (const [k, v] of Object.entries(b)) if (k !== "//") config[camel(k)] = v;
        const refs = new Set<string>();
        blocks.push({
          address: `${data ? "data." : ""}${type}.${name}`,
          cls,
          path: segments.slice(1, -1),
          id: segments[segments.length - 1],
          config: template(config, refs),
          references: [...refs],
        });
      }
    }
  }
  const ordered = dependencyOrder(blocks);
  const variables = Object.entries(isRecord(reference.variable) ? reference.variable : {});
  const providers = Object.entries(isRecord(reference.provider) ? reference.provider : {}).map(
    ([type, list]) => {
      if (type !== "ibm") throw new Error(`bench: cannot replay provider ${type}`);
      return (list as Json[]).map((body) => {
        const config: Json = {};
        for (const [k, v] of Object.entries(body)) config[camel(k)] = v;
        return template(config, new Set());
      });
    },
  );

  const outputs = Object.entries(isRecord(reference.output) ? reference.output : {}).map(
    ([name, body]) => {
      const { value, ...rest } = body as Json;
      return { name, rest, value: template(value, new Set()) };
    },
  );

  return {
    build(app: App): TerraformStack {
      const stack = new TerraformStack(app, stackName);
      const elements = new Map<string, (attribute: string) => string>();
      const materialize = (t: Template): unknown => {
        switch (t.kind) {
          case "literal":
            return t.value;
          case "list":
            return t.items.map(materialize);
          case "map":
            return Object.fromEntries(t.entries.map(([k, v]) => [k, materialize(v)]));
          case "string":
            return t.parts
              .map((p) => {
                if (typeof p === "string") return p;
                const el = elements.get(p.address);
                if (!el) throw new Error(`bench: ${p.address} is referenced before it exists`);
                return el(p.attribute);
              })
              .join("");
        }
      };
      for (const [name, body] of variables) {
        const v = new TerraformVariable(stack, name, body as TerraformVariableConfig);
        elements.set(`var.${name}`, () => v.stringValue);
      }
      for (const list of providers)
        for (const config of list) new IbmProvider(stack, "ibm", materialize(config) as Json);
      for (const b of ordered) {
        let scope: Construct = stack;
        for (const id of b.path)
          scope =
            (scope.node.tryFindChild(id) as Construct | undefined) ?? new Construct(scope, id);
        const el = new b.cls(scope, b.id, materialize(b.config) as Json) as TerraformElement & {
          getStringAttribute(attribute: string): string;
        };
        const tokens = new Map<string, string>();
        elements.set(b.address, (attribute) => {
          let token = tokens.get(attribute);
          if (token === undefined)
            tokens.set(attribute, (token = el.getStringAttribute(attribute)));
          return token;
        });
      }
      for (const o of outputs)
        new TerraformOutput(stack, o.name, { ...(o.rest as object), value: materialize(o.value) });
      return stack;
    },
  };
}
