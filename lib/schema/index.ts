export { SchemaValidator } from "./schema-validator";
export type { SchemaValidatorOptions, SchemaValidationResult } from "./schema-validator";
export type { SchemaProblem, SchemaProblemCode } from "./schema-problem";
export { InvalidSchemaError } from "./compiled-schema";
export { BUILTIN_SCHEMAS, BUILTIN_TERRAFORM_PROVIDER } from "./builtin-schemas";
export type * from "./provider-schema-format";
export type * as ProviderSchemaFormat from "./provider-schema-format";
export {
  formatSchemaProblem,
  formatSchemaProblems,
  formatSchemaSummary,
} from "./format-schema-problems";
