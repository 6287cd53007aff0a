import { ProviderSchemasDocument } from "./provider-schema-format";

/** The registry address of Terraform's built-in provider. */
export const BUILTIN_TERRAFORM_PROVIDER = "terraform.io/builtin/terraform";

/**
 * The schema of Terraform's built-in `terraform_data` resource (cdktf's
 * `DataResource`), which no provider schema file carries. The library renders
 * each agent manifest as a `terraform_data` resource whose `input` is an
 * arbitrary object, so `input` and `triggers_replace` are `dynamic`.
 */
export const BUILTIN_SCHEMAS: ProviderSchemasDocument = {
  format_version: "1.0",
  provider_schemas: {
    [BUILTIN_TERRAFORM_PROVIDER]: {
      provider: { version: 0, block: {} },
      resource_schemas: {
        terraform_data: {
          version: 0,
          block: {
            attributes: {
              id: { type: "string", computed: true },
              input: { type: "dynamic", optional: true },
              output: { type: "dynamic", computed: true },
              triggers_replace: { type: "dynamic", optional: true },
            },
          },
        },
      },
    },
  },
};
