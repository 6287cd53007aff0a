/**
 * The structured problems the schema validator reports, and the functions
 * that build their messages. Messages follow the library's shape: lowercase,
 * `<what is wrong>, got <value>; <how to fix>`, no trailing period. String
 * values are never echoed (they may be secrets); only their kind is shown.
 */

/** What kind of problem was found. */
export type SchemaProblemCode =
  /** A top-level key of the document that Terraform does not know. */
  | "unknown-top-level-key"
  /** A section, resource body or block that is not shaped as Terraform JSON requires. */
  | "invalid-structure"
  /** A resource or data source type that no loaded provider schema defines. */
  | "unknown-type"
  /** A provider configuration for a provider with no loaded schema. */
  | "unknown-provider"
  /** A provider that is used but not declared in `terraform.required_providers`. */
  | "undeclared-provider"
  /** A provider declared with a source that does not define the resource type using it. */
  | "provider-mismatch"
  /** An argument or block the schema does not define. */
  | "unknown-attribute"
  /** A computed-only (read-only) attribute that the configuration sets. */
  | "computed-set"
  /** A required argument or block that is missing. */
  | "missing-required"
  /** A value of the wrong type. */
  | "wrong-type"
  /** More blocks than `max_items` allows. */
  | "too-many-items"
  /** Fewer blocks than `min_items` requires. */
  | "too-few-items";

/** One problem found in a synthesized Terraform JSON document. */
export interface SchemaProblem {
  /**
   * The Terraform address the problem is in: `ibm_cloudant.events`,
   * `data.ibm_resource_instance.x`, `provider.ibm[0]`, or a top-level key
   * (`terraform.required_providers`, `resources`) for document-level problems.
   */
  readonly address: string;
  /**
   * The attribute path inside that address (`cors_config[0].origins`,
   * `addresses[1].type`); empty when the problem concerns the whole address.
   */
  readonly path: string;
  /** What is wrong and how to fix it, lowercase, without the address or path. */
  readonly message: string;
  /** The kind of problem, stable for tooling. */
  readonly code: SchemaProblemCode;
}

/**
 * Describes a value for a message without revealing string contents:
 * `a string`, `true`, `42`, `null`, `a list of 2`, `an object`.
 */
export function describeKind(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return "a string";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return "an object";
}

const suggestion = (didYouMean: string | undefined, otherwise: string): string =>
  didYouMean ? `did you mean "${didYouMean}"?` : otherwise;

/** Message builders, one per problem kind. */
export const schemaMessages = {
  unknownTopLevelKey: (key: string, allowed: readonly string[]): string =>
    `unknown top-level key "${key}"; use one of ${allowed.join(", ")}`,
  notAnObject: (what: string, value: unknown): string =>
    `${what} must be an object, got ${describeKind(value)}; render it as a JSON object`,
  unknownType: (kind: string, type: string, didYouMean: string | undefined): string =>
    `unknown ${kind} type "${type}", not defined by any loaded provider schema; ` +
    suggestion(didYouMean, "check the spelling or load the provider's schema"),
  noSchemaForProvider: (kind: string, type: string, address: string): string =>
    `${kind} type "${type}" belongs to provider ${address}, whose schema is not loaded; ` +
    "load it (terraform providers schema -json) to validate this address",
  unknownProvider: (name: string, address: string): string =>
    `no schema loaded for provider "${name}" (${address}); ` +
    "declare its source in terraform.required_providers or load its schema",
  undeclaredProvider: (name: string, users: number, address: string): string =>
    `provider "${name}" is not declared in terraform.required_providers (so terraform init ` +
    `looks for hashicorp/${name}), got ${users} ${users === 1 ? "use" : "uses"}; ` +
    `add required_providers.${name} with source "${address}"`,
  providerMismatch: (name: string, declared: string, type: string, actual: string): string =>
    `provider "${name}" is declared with source ${declared}, but "${type}" belongs to ${actual}; ` +
    `change required_providers.${name}.source to "${actual}"`,
  unknownAttribute: (name: string, didYouMean: string | undefined): string =>
    `unsupported argument or block "${name}"; ` +
    suggestion(didYouMean, "remove it or check the provider schema"),
  computedSet: (name: string, value: unknown): string =>
    `"${name}" is computed by the provider and cannot be set, got ${describeKind(value)}; remove it`,
  missingAttribute: (name: string): string =>
    `required argument "${name}" is missing, got nothing; set it`,
  missingBlock: (name: string, min: number): string =>
    `at least ${min} "${name}" ${min === 1 ? "block is" : "blocks are"} required, got none; add ${min === 1 ? "one" : min}`,
  wrongType: (expected: string, value: unknown): string =>
    `must be ${expected}, got ${describeKind(value)}; ` +
    "use a value of that type or a ${...} expression",
  wrongLength: (expected: number, value: readonly unknown[]): string =>
    `must be a tuple of ${expected} ${expected === 1 ? "element" : "elements"}, got ${describeKind(value)}; ` +
    `give exactly ${expected}`,
  notABlock: (name: string, value: unknown): string =>
    `"${name}" is a block and must be an object or a list of objects, got ${describeKind(value)}; ` +
    "use a dynamic block to generate blocks from an expression",
  tooManyItems: (name: string, max: number, got: number): string =>
    `at most ${max} "${name}" ${max === 1 ? "block is" : "blocks are"} allowed, got ${got}; remove the extra ones`,
  tooFewItems: (name: string, min: number, got: number): string =>
    `at least ${min} "${name}" ${min === 1 ? "block is" : "blocks are"} required, got ${got}; add the missing ones`,
};
