/**
 * Provider schema JSON compiled into lookup structures: maps by name, the
 * required names listed once, type constraints parsed into a tree. Compiling
 * happens once per block; validating then never scans a schema.
 */
import {
  AttributeSchemaJson,
  BlockSchemaJson,
  NestedAttributeTypeJson,
  TerraformTypeJson,
} from "./provider-schema-format";

/** A Terraform type constraint, parsed. */
export type CompiledType =
  | { readonly kind: "string" | "number" | "bool" | "dynamic" }
  | { readonly kind: "list" | "set" | "map"; readonly element: CompiledType }
  | {
      readonly kind: "object";
      readonly attributes: ReadonlyMap<string, CompiledType>;
      readonly optional: ReadonlySet<string>;
    }
  | { readonly kind: "tuple"; readonly elements: readonly CompiledType[] }
  | {
      readonly kind: "nested";
      readonly nesting: NestedAttributeTypeJson["nesting_mode"];
      readonly block: CompiledBlock;
    };

/** One attribute, compiled. */
export interface CompiledAttribute {
  /** The attribute's type. */
  readonly type: CompiledType;
  /** True when the configuration must set it. */
  readonly required: boolean;
  /** True when the provider computes it and the configuration may not set it. */
  readonly readOnly: boolean;
}

/** One nested block type, compiled. */
export interface CompiledBlockType {
  /** How items are collected. */
  readonly nesting: "single" | "group" | "list" | "set" | "map";
  /** The fewest items (0: none required). */
  readonly minItems: number;
  /** The most items (0: no limit). */
  readonly maxItems: number;
  /** The schema of each item. */
  readonly block: CompiledBlock;
}

/** A block, compiled. */
export interface CompiledBlock {
  /** Attributes by name. */
  readonly attributes: ReadonlyMap<string, CompiledAttribute>;
  /** Nested block types by name. */
  readonly blockTypes: ReadonlyMap<string, CompiledBlockType>;
  /** Names of the required attributes. */
  readonly requiredAttributes: readonly string[];
  /** Names of the block types with `min_items` above 0. */
  readonly requiredBlocks: readonly string[];
  /** Every attribute and block type name, for suggestions. */
  readonly names: readonly string[];
}

const PRIMITIVES = new Set(["string", "number", "bool", "dynamic"]);
const NESTING_MODES = new Set(["single", "group", "list", "set", "map"]);

/** Thrown when a schema file holds something that is not a provider schema. */
export class InvalidSchemaError extends Error {
  constructor(where: string, what: string) {
    super(`invalid provider schema at ${where}: ${what}`);
    this.name = "InvalidSchemaError";
  }
}

/** Parses a type constraint as the schema JSON spells it. */
export function compileType(type: TerraformTypeJson | undefined, where: string): CompiledType {
  if (typeof type === "string" && PRIMITIVES.has(type)) {
    return { kind: type as "string" | "number" | "bool" | "dynamic" };
  }
  if (Array.isArray(type) && typeof type[0] === "string") {
    const [kind, arg, optional] = type as [string, unknown, unknown];
    if (kind === "list" || kind === "set" || kind === "map") {
      return { kind, element: compileType(arg as TerraformTypeJson, where) };
    }
    if (kind === "object" && isRecord(arg)) {
      const attributes = new Map<string, CompiledType>();
      for (const name of Object.keys(arg)) {
        attributes.set(name, compileType(arg[name] as TerraformTypeJson, `${where}.${name}`));
      }
      const opt = Array.isArray(optional) ? optional.map(String) : [];
      return { kind: "object", attributes, optional: new Set(opt) };
    }
    if (kind === "tuple" && Array.isArray(arg)) {
      return { kind: "tuple", elements: arg.map((t, i) => compileType(t, `${where}[${i}]`)) };
    }
  }
  throw new InvalidSchemaError(where, `unsupported type ${JSON.stringify(type)}`);
}

function compileAttribute(attr: AttributeSchemaJson, where: string): CompiledAttribute {
  if (!isObject(attr)) throw new InvalidSchemaError(where, "attribute is not an object");
  const type = attr.nested_type
    ? compileNestedType(attr.nested_type, where)
    : compileType(attr.type, where);
  return {
    type,
    required: attr.required === true,
    readOnly: attr.computed === true && attr.optional !== true && attr.required !== true,
  };
}

function compileNestedType(nested: NestedAttributeTypeJson, where: string): CompiledType {
  const block = compileBlock({ attributes: nested.attributes }, where);
  return { kind: "nested", nesting: nested.nesting_mode, block };
}

/** Compiles one block (and, recursively, its nested block types). */
export function compileBlock(block: BlockSchemaJson | undefined, where: string): CompiledBlock {
  if (block !== undefined && !isObject(block)) {
    throw new InvalidSchemaError(where, "block is not an object");
  }
  const attributes = new Map<string, CompiledAttribute>();
  const blockTypes = new Map<string, CompiledBlockType>();
  const requiredAttributes: string[] = [];
  const requiredBlocks: string[] = [];
  const attrs = block?.attributes ?? {};
  for (const name of Object.keys(attrs)) {
    const compiled = compileAttribute(attrs[name], `${where}.${name}`);
    attributes.set(name, compiled);
    if (compiled.required) requiredAttributes.push(name);
  }
  const types = block?.block_types ?? {};
  for (const name of Object.keys(types)) {
    const bt = types[name];
    if (!isObject(bt) || !NESTING_MODES.has(bt.nesting_mode)) {
      throw new InvalidSchemaError(`${where}.${name}`, "block type has no valid nesting_mode");
    }
    const compiled: CompiledBlockType = {
      nesting: bt.nesting_mode,
      minItems: typeof bt.min_items === "number" ? bt.min_items : 0,
      maxItems: typeof bt.max_items === "number" ? bt.max_items : 0,
      block: compileBlock(bt.block, `${where}.${name}`),
    };
    blockTypes.set(name, compiled);
    if (compiled.minItems > 0) requiredBlocks.push(name);
  }
  const names = [...attributes.keys(), ...blockTypes.keys()];
  return { attributes, blockTypes, requiredAttributes, requiredBlocks, names };
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** {@link isRecord} without narrowing, for values already typed as schema JSON. */
export function isObject(v: unknown): boolean {
  return isRecord(v);
}
