/**
 * Which nested blocks of a resource type hold one block and which hold a
 * list, read from the vendored provider schemas (`provider-schemas/*.json`).
 * HCL-to-JSON converters write every block as a list; cdktf (and so the
 * guard) writes a block that holds at most one as an object. Types the
 * schemas do not describe keep their lists.
 */
import * as fs from "fs";
import * as path from "path";

/** The shape of one type's nested blocks: block name → single (object) or list, with the nested block's own shape. */
export interface BlockShape {
  readonly [block: string]: { readonly single: boolean; readonly nested: BlockShape };
}

interface SchemaBlock {
  readonly block_types?: Record<
    string,
    { nesting_mode?: string; max_items?: number; block?: SchemaBlock }
  >;
}

/** Blocks every resource may hold, whatever its schema says. */
const META_BLOCKS: BlockShape = {
  lifecycle: { single: true, nested: {} },
  timeouts: { single: true, nested: {} },
  connection: { single: true, nested: {} },
};

let shapes: Map<string, BlockShape> | undefined;

function compile(block: SchemaBlock | undefined): BlockShape {
  const out: Record<string, BlockShape[string]> = {};
  for (const [name, t] of Object.entries(block?.block_types ?? {})) {
    const single = t.nesting_mode === "single" || t.nesting_mode === "group" || t.max_items === 1;
    out[name] = { single, nested: compile(t.block) };
  }
  return out;
}

function schemaDir(): string | undefined {
  for (let dir = __dirname, i = 0; i < 6; dir = path.dirname(dir), i++) {
    const candidate = path.join(dir, "provider-schemas");
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

function load(): Map<string, BlockShape> {
  const map = new Map<string, BlockShape>();
  const dir = schemaDir();
  const files = dir ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
  for (const file of files.sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir as string, file), "utf8")) as {
      provider_schemas?: Record<string, Record<string, Record<string, { block?: SchemaBlock }>>>;
    };
    for (const provider of Object.values(doc.provider_schemas ?? {})) {
      for (const [kind, prefix] of [
        ["resource_schemas", ""],
        ["data_source_schemas", "data."],
      ] as const)
        for (const [type, schema] of Object.entries(provider[kind] ?? {}))
          map.set(`${prefix}${type}`, compile(schema.block));
    }
  }
  return map;
}

/** The nested-block shape of a resource type (`ibm_cloudant`) or data source (`data.ibm_resource_instance`). */
export function blockShape(type: string): BlockShape {
  shapes ??= load();
  return { ...(shapes.get(type) ?? {}), ...META_BLOCKS };
}
