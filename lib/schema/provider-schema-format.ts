/**
 * The JSON format printed by `terraform providers schema -json`, which the
 * files in `provider-schemas/` follow. Only the fields the validator reads are
 * typed; descriptions and other documentation fields are allowed and ignored.
 */

/**
 * A Terraform type constraint as the schema JSON spells it: `"string"`,
 * `"number"`, `"bool"`, `"dynamic"`, `["list", T]`, `["set", T]`, `["map", T]`,
 * `["object", {attr: T}, optionalAttrs?]` or `["tuple", [T...]]`.
 */
export type TerraformTypeJson = string | readonly unknown[];

/** One attribute of a block schema. */
export interface AttributeSchemaJson {
  /** The attribute's type constraint. */
  readonly type?: TerraformTypeJson;
  /** True when the configuration must set the attribute. */
  readonly required?: boolean;
  /** True when the configuration may set the attribute. */
  readonly optional?: boolean;
  /** True when the provider may compute the value; computed and not optional means read-only. */
  readonly computed?: boolean;
  /** True when Terraform redacts the value in plan output. */
  readonly sensitive?: boolean;
  /** True when the attribute is deprecated. */
  readonly deprecated?: boolean;
  /**
   * A nested attribute type (plugin-framework providers) used instead of
   * `type`: attributes of their own, collected like a nested block.
   */
  readonly nested_type?: NestedAttributeTypeJson;
}

/** The nested attribute type of a plugin-framework attribute. */
export interface NestedAttributeTypeJson {
  /** The nested attributes, by name. */
  readonly attributes: Readonly<Record<string, AttributeSchemaJson>>;
  /** How the nested objects are collected. */
  readonly nesting_mode: "single" | "list" | "set" | "map";
}

/** How the items of a nested block type are collected. */
export type NestingModeJson = "single" | "group" | "list" | "set" | "map";

/** A nested block type of a block schema. */
export interface BlockTypeSchemaJson {
  /** How the block's items are collected. */
  readonly nesting_mode: NestingModeJson;
  /** The schema of each item. */
  readonly block: BlockSchemaJson;
  /** The fewest items allowed (0 or absent: none required). */
  readonly min_items?: number;
  /** The most items allowed (0 or absent: no limit). */
  readonly max_items?: number;
}

/** A block: attributes and nested block types. */
export interface BlockSchemaJson {
  /** The block's attributes, by name. */
  readonly attributes?: Readonly<Record<string, AttributeSchemaJson>>;
  /** The block's nested block types, by name. */
  readonly block_types?: Readonly<Record<string, BlockTypeSchemaJson>>;
}

/** The schema of a provider configuration, a resource or a data source. */
export interface SchemaJson {
  /** The schema version. */
  readonly version?: number;
  /** The top-level block. */
  readonly block: BlockSchemaJson;
}

/** Everything one provider declares. */
export interface ProviderSchemaJson {
  /** The provider configuration block. */
  readonly provider?: SchemaJson;
  /** Resource schemas, by resource type (`ibm_cloudant`). */
  readonly resource_schemas?: Readonly<Record<string, SchemaJson>>;
  /** Data source schemas, by data source type (`ibm_resource_instance`). */
  readonly data_source_schemas?: Readonly<Record<string, SchemaJson>>;
}

/** A whole `terraform providers schema -json` document. */
export interface ProviderSchemasDocument {
  /** The format version (`"1.0"`). */
  readonly format_version?: string;
  /** Provider schemas, by registry address (`registry.terraform.io/ibm-cloud/ibm`). */
  readonly provider_schemas: Readonly<Record<string, ProviderSchemaJson>>;
}
