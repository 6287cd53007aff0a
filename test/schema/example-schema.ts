// A small hand-written provider schema exercising every type and nesting mode.
import { ProviderSchemasDocument, SchemaValidator } from "../../lib/schema";

export const EXAMPLE_SCHEMAS: ProviderSchemasDocument = {
  format_version: "1.0",
  provider_schemas: {
    "registry.terraform.io/example/example": {
      provider: {
        version: 0,
        block: {
          attributes: {
            token: { type: "string", required: true, sensitive: true },
            retries: { type: "number", optional: true },
          },
        },
      },
      resource_schemas: {
        example_thing: {
          version: 0,
          block: {
            attributes: {
              id: { type: "string", optional: true, computed: true },
              name: { type: "string", required: true },
              count_limit: { type: "number", optional: true },
              enabled: { type: "bool", optional: true },
              labels: { type: ["map", "string"], optional: true },
              ports: { type: ["set", "number"], optional: true },
              endpoint: {
                type: ["object", { host: "string", port: "number", tls: "bool" }, ["tls"]],
                optional: true,
              },
              pair: { type: ["tuple", ["string", "number"]], optional: true },
              anything: { type: "dynamic", optional: true },
              status: { type: "string", computed: true },
              settings: {
                nested_type: {
                  nesting_mode: "list",
                  attributes: {
                    key: { type: "string", required: true },
                    value: { type: "string", optional: true },
                    revision: { type: "number", computed: true },
                  },
                },
                optional: true,
              },
            },
            block_types: {
              rule: {
                nesting_mode: "list",
                min_items: 1,
                max_items: 3,
                block: {
                  attributes: { action: { type: "string", required: true } },
                  block_types: {
                    match: {
                      nesting_mode: "set",
                      block: { attributes: { cidr: { type: "string", required: true } } },
                    },
                  },
                },
              },
              settings_block: {
                nesting_mode: "single",
                block: { attributes: { mode: { type: "string", optional: true } } },
              },
              zone: {
                nesting_mode: "map",
                block: { attributes: { weight: { type: "number", required: true } } },
              },
            },
          },
        },
      },
    },
  },
};

/** A validator knowing only the example provider (and terraform_data). */
export function exampleValidator(): SchemaValidator {
  return SchemaValidator.load({ includeBundledSchemas: false, schemas: [EXAMPLE_SCHEMAS] });
}

/** A document holding one example_thing named `t` with the given body. */
export function exampleDocument(body: Record<string, unknown>): any {
  return {
    terraform: { required_providers: { example: { source: "example/example" } } },
    resource: { example_thing: { t: body } },
  };
}

/** The smallest valid example_thing body. */
export function minimalThing(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: "n", rule: [{ action: "allow" }], ...extra };
}
