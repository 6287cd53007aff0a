import { SchemaValidator } from "../../lib/schema";
import { EXAMPLE_SCHEMAS, exampleValidator, minimalThing } from "./example-schema";
import { synthesizedVoiceAgentStack } from "./voice-agent-stack";

const validator = SchemaValidator.load();

function codes(doc: unknown, v: SchemaValidator = validator): string[] {
  return v.validate(doc).problems.map((p) => `${p.code} ${p.address} ${p.path}`.trim());
}

describe("top-level keys", () => {
  test("accepts every key cdktf renders, with its metadata comments", () => {
    const doc = synthesizedVoiceAgentStack();
    Object.assign(doc, {
      "//": { metadata: { version: "0.21.0", stackName: "voice-agent" } },
      locals: { region: "us-south" },
      module: { vpc: { source: "./vpc" } },
      moved: [{ from: "ibm_cloudant.old", to: "ibm_cloudant.events" }],
      import: [{ to: "ibm_cloudant.events", id: "crn" }],
    });
    doc.resource.ibm_cloudant.events["//"] = { metadata: { path: "voice-agent/events" } };
    expect(validator.validate(doc).problems).toEqual([]);
  });

  test("reports an unknown top-level key", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resources = doc.resource;
    expect(validator.validate(doc).problems).toEqual([
      expect.objectContaining({
        address: "resources",
        path: "",
        code: "unknown-top-level-key",
        message: expect.stringMatching(/^unknown top-level key "resources"; use one of \/\/, /),
      }),
    ]);
  });

  test("reports sections and bodies that are not objects", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.locals = [1];
    doc.resource.ibm_resource_key = "x";
    doc.data.ibm_resource_instance.assistant = [];
    expect(codes(doc)).toEqual([
      "invalid-structure locals",
      "invalid-structure ibm_resource_key",
      "invalid-structure data.ibm_resource_instance.assistant",
    ]);
  });
});

describe("provider configurations", () => {
  test("checks each configuration against the provider block, allowing alias", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.provider.ibm.push({ alias: "eu", region: "eu-de", ibmcloud_timeout: "60", regon: "x" });
    expect(codes(doc)).toEqual([
      "wrong-type provider.ibm[1] ibmcloud_timeout",
      "unknown-attribute provider.ibm[1] regon",
    ]);
  });

  test("accepts a configuration rendered as a single object", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.provider.ibm = doc.provider.ibm[0];
    expect(codes(doc)).toEqual([]);
  });

  test("reports missing required provider arguments", () => {
    const v = exampleValidator();
    const doc = {
      terraform: { required_providers: { example: { source: "example/example" } } },
      provider: { example: [{ retries: 2 }] },
    };
    expect(v.validate(doc).problems).toEqual([
      expect.objectContaining({
        address: "provider.example[0]",
        path: "token",
        code: "missing-required",
      }),
    ]);
  });

  test("reports a provider configuration with no loaded schema", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.terraform.required_providers.random = { source: "hashicorp/random" };
    doc.provider.random = [{}];
    expect(validator.validate(doc).problems).toEqual([
      expect.objectContaining({
        address: "provider.random[0]",
        code: "unknown-provider",
        message: expect.stringContaining("registry.terraform.io/hashicorp/random"),
      }),
    ]);
  });
});

describe("required providers", () => {
  test("reports a used provider missing from required_providers once, at its first user", () => {
    const doc = synthesizedVoiceAgentStack();
    delete doc.terraform.required_providers.ibm;
    const { problems } = validator.validate(doc);
    expect(problems).toEqual([
      {
        address: "provider.ibm[0]",
        path: "",
        code: "undeclared-provider",
        message:
          'provider "ibm" is not declared in terraform.required_providers (so terraform init looks for ' +
          'hashicorp/ibm), got 5 uses; add required_providers.ibm with source "registry.terraform.io/ibm-cloud/ibm"',
      },
    ]);
  });

  test("needs no declaration for terraform_data", () => {
    const doc = { resource: { terraform_data: { m: { input: { a: 1 } } } } };
    expect(validator.validate(doc)).toEqual({ problems: [], resourcesChecked: 1 });
  });

  test("matches sources case-insensitively and with the registry host defaulted", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.terraform.required_providers.ibm = { source: "registry.terraform.io/IBM-Cloud/ibm" };
    expect(codes(doc)).toEqual([]);
  });

  test("resolves an aliased provider meta-argument to its local name", () => {
    const v = exampleValidator();
    const doc = {
      terraform: { required_providers: { ex: { source: "example/example" } } },
      resource: { example_thing: { t: minimalThing({ provider: "ex.secondary" }) } },
    };
    expect(codes(doc, v)).toEqual([]);
  });

  test("reports a provider declared with a source that does not define its types, once", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.terraform.required_providers.ibm = { source: "hashicorp/ibm" };
    doc.provider = {};
    const { problems } = validator.validate(doc);
    expect(problems.map((p) => `${p.code} ${p.address}`)).toEqual([
      "provider-mismatch ibm_cloudant.events",
    ]);
    expect(problems[0].message).toContain(
      'change required_providers.ibm.source to "registry.terraform.io/ibm-cloud/ibm"',
    );
  });

  test("says when a declared provider's schema is not loaded", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.terraform.required_providers.random = { source: "hashicorp/random" };
    doc.resource.random_id = { suffix: { byte_length: 4 } };
    expect(validator.validate(doc).problems).toEqual([
      expect.objectContaining({
        address: "random_id.suffix",
        code: "unknown-type",
        message: expect.stringContaining(
          "belongs to provider registry.terraform.io/hashicorp/random, whose schema is not loaded",
        ),
      }),
    ]);
  });
});

describe("extra schemas", () => {
  test("adds providers passed programmatically next to the bundled ones", () => {
    const v = SchemaValidator.load({ schemas: [EXAMPLE_SCHEMAS] });
    expect(v.providerAddresses).toEqual([
      "registry.terraform.io/example/example",
      "registry.terraform.io/ibm-cloud/ibm",
      "registry.terraform.io/twilio/twilio",
      "terraform.io/builtin/terraform",
    ]);
    const doc = synthesizedVoiceAgentStack();
    doc.terraform.required_providers.example = { source: "example/example" };
    doc.resource.example_thing = { t: minimalThing() };
    expect(v.validate(doc)).toEqual({ problems: [], resourcesChecked: 6 });
  });

  test("lets an extra schema override a bundled type", () => {
    const override = {
      provider_schemas: {
        "registry.terraform.io/ibm-cloud/ibm": {
          resource_schemas: {
            ibm_cloudant_database: {
              block: { attributes: { db: { type: "string", required: true } } },
            },
          },
        },
      },
    };
    const v = SchemaValidator.load({ schemas: [override] });
    const doc = synthesizedVoiceAgentStack();
    expect(codes(doc, v)).toEqual([
      "unknown-attribute ibm_cloudant_database.events_db instance_crn",
    ]);
  });
});
