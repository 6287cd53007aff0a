/**
 * Checking attribute values against Terraform type constraints, as Terraform
 * converts JSON values: a `${...}` expression stands for any type, `null`
 * means unset, a number is accepted where a string is expected (Terraform
 * converts it), a bool is not (it is almost always a mistake).
 */
import { closestName, isTerraformExpression } from "../core";
import { CompiledAttribute, CompiledBlock, CompiledType, isRecord } from "./compiled-schema";
import { AddressReporter, childPath, indexPath, keyPath } from "./problem-sink";
import { schemaMessages } from "./schema-problem";

/** How a type is named in messages: `a string`, `a list of string`, `an object`. */
export function describeType(type: CompiledType): string {
  switch (type.kind) {
    case "list":
    case "set":
    case "map":
      return `a ${type.kind} of ${typeName(type.element)}`;
    case "object":
      return "an object";
    case "tuple":
      return `a tuple of ${type.elements.length}`;
    case "nested":
      return type.nesting === "single" ? "an object" : `a ${type.nesting} of objects`;
    default:
      return `a ${type.kind}`;
  }
}

function typeName(type: CompiledType): string {
  return describeType(type).replace(/^an? /, "");
}

/**
 * Checks one argument: not read-only, and of its type.
 * @param name the argument's name
 * @param path the argument's path
 */
export function checkAttribute(
  value: unknown,
  attr: CompiledAttribute,
  name: string,
  path: string,
  report: AddressReporter,
): void {
  if (value === null) return;
  if (attr.readOnly) {
    report(path, "computed-set", schemaMessages.computedSet(name, value));
    return;
  }
  checkValue(value, attr.type, path, report);
}

/** Checks a value (recursively) against a type; `null` and expressions always pass. */
export function checkValue(
  value: unknown,
  type: CompiledType,
  path: string,
  report: AddressReporter,
): void {
  if (value === null || type.kind === "dynamic" || isTerraformExpression(value)) return;
  const wrong = () =>
    report(path, "wrong-type", schemaMessages.wrongType(describeType(type), value));
  switch (type.kind) {
    case "string":
      if (typeof value !== "string" && typeof value !== "number") wrong();
      return;
    case "number":
      if (typeof value !== "number") wrong();
      return;
    case "bool":
      if (typeof value !== "boolean") wrong();
      return;
    case "list":
    case "set":
      if (!Array.isArray(value)) return wrong();
      value.forEach((v, i) => checkValue(v, type.element, indexPath(path, i), report));
      return;
    case "map":
      if (!isRecord(value)) return wrong();
      for (const k of Object.keys(value))
        checkValue(value[k], type.element, keyPath(path, k), report);
      return;
    case "tuple":
      if (!Array.isArray(value)) return wrong();
      if (value.length !== type.elements.length) {
        report(path, "wrong-type", schemaMessages.wrongLength(type.elements.length, value));
        return;
      }
      value.forEach((v, i) => checkValue(v, type.elements[i], indexPath(path, i), report));
      return;
    case "object":
      if (!isRecord(value)) return wrong();
      return checkObject(value, type, path, report);
    case "nested":
      return checkNested(value, type, path, report, wrong);
  }
}

function checkObject(
  value: Record<string, unknown>,
  type: Extract<CompiledType, { kind: "object" }>,
  path: string,
  report: AddressReporter,
): void {
  for (const k of Object.keys(value)) {
    const attrType = type.attributes.get(k);
    if (attrType) checkValue(value[k], attrType, childPath(path, k), report);
    else {
      const hint = closestName(k, [...type.attributes.keys()]);
      report(childPath(path, k), "unknown-attribute", schemaMessages.unknownAttribute(k, hint));
    }
  }
  for (const [k] of type.attributes) {
    if (value[k] === undefined && !type.optional.has(k)) {
      report(childPath(path, k), "missing-required", schemaMessages.missingAttribute(k));
    }
  }
}

function checkNested(
  value: unknown,
  type: Extract<CompiledType, { kind: "nested" }>,
  path: string,
  report: AddressReporter,
  wrong: () => void,
): void {
  if (type.nesting === "single") {
    if (!isRecord(value)) return wrong();
    return checkAttributes(value, type.block, path, report);
  }
  if (type.nesting === "map") {
    if (!isRecord(value)) return wrong();
    for (const k of Object.keys(value)) checkNestedItem(value[k], type, keyPath(path, k), report);
    return;
  }
  if (!Array.isArray(value)) return wrong();
  value.forEach((v, i) => checkNestedItem(v, type, indexPath(path, i), report));
}

function checkNestedItem(
  item: unknown,
  type: Extract<CompiledType, { kind: "nested" }>,
  path: string,
  report: AddressReporter,
): void {
  if (item === null || isTerraformExpression(item)) return;
  if (!isRecord(item)) {
    report(path, "wrong-type", schemaMessages.wrongType("an object", item));
    return;
  }
  checkAttributes(item, type.block, path, report);
}

/** Checks an object whose keys must all be attributes of `block` (nested attribute types). */
function checkAttributes(
  value: Record<string, unknown>,
  block: CompiledBlock,
  path: string,
  report: AddressReporter,
): void {
  for (const k of Object.keys(value)) {
    const attr = block.attributes.get(k);
    if (attr) checkAttribute(value[k], attr, k, childPath(path, k), report);
    else {
      const hint = closestName(k, block.names);
      report(childPath(path, k), "unknown-attribute", schemaMessages.unknownAttribute(k, hint));
    }
  }
  for (const k of block.requiredAttributes) {
    if (value[k] === undefined || value[k] === null) {
      report(childPath(path, k), "missing-required", schemaMessages.missingAttribute(k));
    }
  }
}
