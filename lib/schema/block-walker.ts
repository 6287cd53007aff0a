/**
 * Walking a rendered block body (a resource, a data source, a provider
 * configuration or a nested block) against its compiled schema.
 */
import { closestName } from "../core";
import { CompiledBlock, CompiledBlockType, isRecord } from "./compiled-schema";
import { AddressReporter, childPath, indexPath, keyPath } from "./problem-sink";
import { schemaMessages } from "./schema-problem";
import { checkAttribute } from "./type-checker";

/** Keys of a `dynamic` block specification besides `content`. */
const DYNAMIC_KEYS = new Set(["for_each", "iterator", "labels", "content", "//"]);

/**
 * Checks a block body: every key an argument or block of the schema (or one
 * of `metaArguments`, left alone), every value of its type, computed-only
 * attributes unset, required arguments and blocks present, block counts
 * within `min_items`/`max_items`. `//` comments are skipped at any depth.
 */
export function walkBlock(
  body: Record<string, unknown>,
  block: CompiledBlock,
  path: string,
  report: AddressReporter,
  metaArguments?: ReadonlySet<string>,
): void {
  let dynamicNames: Set<string> | undefined;
  for (const key of Object.keys(body)) {
    if (key === "//" || metaArguments?.has(key)) continue;
    const value = body[key];
    const attr = block.attributes.get(key);
    if (attr) {
      checkAttribute(value, attr, key, childPath(path, key), report);
      continue;
    }
    const blockType = block.blockTypes.get(key);
    if (blockType) {
      walkBlockType(value, blockType, key, childPath(path, key), report);
      continue;
    }
    if (key === "dynamic" && isRecord(value)) {
      dynamicNames = walkDynamic(value, block, childPath(path, key), report);
      continue;
    }
    report(childPath(path, key), "unknown-attribute", unknownMessage(key, block));
  }
  for (const name of block.requiredAttributes) {
    if (body[name] === undefined || body[name] === null) {
      report(childPath(path, name), "missing-required", schemaMessages.missingAttribute(name));
    }
  }
  for (const name of block.requiredBlocks) {
    if ((body[name] === undefined || body[name] === null) && !dynamicNames?.has(name)) {
      const min = block.blockTypes.get(name)!.minItems;
      report(childPath(path, name), "missing-required", schemaMessages.missingBlock(name, min));
    }
  }
}

function unknownMessage(key: string, block: CompiledBlock): string {
  return schemaMessages.unknownAttribute(key, closestName(key, block.names));
}

/** Checks the items of one nested block type, given as an object or a list of objects. */
function walkBlockType(
  value: unknown,
  type: CompiledBlockType,
  name: string,
  path: string,
  report: AddressReporter,
): void {
  if (value === null) return;
  if (type.nesting === "map") return walkMapBlock(value, type, name, path, report);
  if (!isRecord(value) && !Array.isArray(value)) {
    report(path, "wrong-type", schemaMessages.notABlock(name, value));
    return;
  }
  const single = type.nesting === "single" || type.nesting === "group";
  const items = Array.isArray(value) ? value : [value];
  const max = single ? 1 : type.maxItems;
  if (max > 0 && items.length > max) {
    report(path, "too-many-items", schemaMessages.tooManyItems(name, max, items.length));
  } else if (!single && type.minItems > 0 && items.length < type.minItems) {
    report(path, "too-few-items", schemaMessages.tooFewItems(name, type.minItems, items.length));
  }
  // A single block given as an object has no index; a list block always does.
  const indexed = Array.isArray(value) || !single;
  items.forEach((item, i) =>
    walkItem(item, type, name, indexed ? indexPath(path, i) : path, report),
  );
}

function walkMapBlock(
  value: unknown,
  type: CompiledBlockType,
  name: string,
  path: string,
  report: AddressReporter,
): void {
  if (!isRecord(value)) {
    report(path, "wrong-type", schemaMessages.notABlock(name, value));
    return;
  }
  for (const label of Object.keys(value)) {
    const entry = value[label];
    const itemPath = keyPath(path, label);
    if (Array.isArray(entry) && entry.length === 1)
      walkItem(entry[0], type, name, itemPath, report);
    else walkItem(entry, type, name, itemPath, report);
  }
}

function walkItem(
  item: unknown,
  type: CompiledBlockType,
  name: string,
  path: string,
  report: AddressReporter,
): void {
  if (!isRecord(item)) {
    report(path, "wrong-type", schemaMessages.notABlock(name, item));
    return;
  }
  walkBlock(item, type.block, path, report);
}

/**
 * Checks `"dynamic": {"<block>": {"for_each": ..., "content": {...}}}`: the
 * block type exists and its content matches the schema. Item counts are
 * unknown until apply, so they are not checked.
 * @returns the names of the block types generated dynamically
 */
function walkDynamic(
  spec: Record<string, unknown>,
  block: CompiledBlock,
  path: string,
  report: AddressReporter,
): Set<string> {
  const names = new Set<string>();
  for (const name of Object.keys(spec)) {
    const type = block.blockTypes.get(name);
    const namePath = childPath(path, name);
    if (!type) {
      const hint = closestName(name, [...block.blockTypes.keys()]);
      report(namePath, "unknown-attribute", schemaMessages.unknownAttribute(name, hint));
      continue;
    }
    names.add(name);
    const entries = Array.isArray(spec[name]) ? (spec[name] as unknown[]) : [spec[name]];
    entries.forEach((entry, i) => {
      const entryPath = Array.isArray(spec[name]) ? indexPath(namePath, i) : namePath;
      walkDynamicEntry(entry, type, entryPath, report);
    });
  }
  return names;
}

function walkDynamicEntry(
  entry: unknown,
  type: CompiledBlockType,
  path: string,
  report: AddressReporter,
): void {
  if (!isRecord(entry)) {
    report(path, "invalid-structure", schemaMessages.notAnObject("a dynamic block", entry));
    return;
  }
  for (const key of Object.keys(entry)) {
    if (!DYNAMIC_KEYS.has(key)) {
      const hint = closestName(key, [...DYNAMIC_KEYS]);
      report(childPath(path, key), "unknown-attribute", schemaMessages.unknownAttribute(key, hint));
    }
  }
  if (entry.for_each === undefined) {
    report(
      childPath(path, "for_each"),
      "missing-required",
      schemaMessages.missingAttribute("for_each"),
    );
  }
  const content = entry.content;
  const contentPath = childPath(path, "content");
  if (content === undefined) {
    report(contentPath, "missing-required", schemaMessages.missingAttribute("content"));
  } else if (!isRecord(content)) {
    report(contentPath, "invalid-structure", schemaMessages.notAnObject("content", content));
  } else {
    walkBlock(content, type.block, contentPath, report);
  }
}
