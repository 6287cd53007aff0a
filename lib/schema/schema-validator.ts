import { BUILTIN_SCHEMAS } from "./builtin-schemas";
import { isRecord } from "./compiled-schema";
import { DocumentWalker } from "./document-walker";
import { ProblemSink } from "./problem-sink";
import { ProviderSchemasDocument } from "./provider-schema-format";
import { findSchemaDirectory, readSchemaDirectory, readSchemaFile } from "./schema-loader";
import { SchemaProblem, schemaMessages } from "./schema-problem";
import { SchemaRegistry } from "./schema-registry";

/** Where {@link SchemaValidator.load} takes provider schemas from. */
export interface SchemaValidatorOptions {
  /**
   * Load the provider schemas shipped with this package
   * (`provider-schemas/*.json`: IBM Cloud and Twilio).
   * @default true
   */
  readonly includeBundledSchemas?: boolean;
  /**
   * A folder whose `*.json` files are loaded instead of the bundled ones.
   * @default - the package's own `provider-schemas` folder
   */
  readonly schemaDirectory?: string;
  /**
   * Extra schema files (each saved from `terraform providers schema -json`),
   * loaded after the folder; they add providers or override types.
   * @default - none
   */
  readonly schemaFiles?: readonly string[];
  /**
   * Extra schema documents, in `terraform providers schema -json` format,
   * loaded last; they add providers or override types.
   * @default - none
   */
  readonly schemas?: readonly ProviderSchemasDocument[];
}

/** What {@link SchemaValidator.validate} found. */
export interface SchemaValidationResult {
  /** Every problem, in document order; empty when the document is valid. */
  readonly problems: readonly SchemaProblem[];
  /** How many resources and data sources were checked. */
  readonly resourcesChecked: number;
}

/**
 * Validates synthesized Terraform JSON (`cdk.tf.json`) offline against
 * provider schemas: unknown types, attributes and blocks; computed-only
 * attributes set; missing required arguments and blocks; wrong value types;
 * block counts; provider configurations; providers used but not declared in
 * `terraform.required_providers`. Terraform's built-in `terraform_data` is
 * always known. Schemas are compiled into lookup maps once, in `load`; one
 * validator can check any number of documents.
 *
 * @example
 * ```ts
 * const result = SchemaValidator.load().validate(JSON.parse(Testing.synth(stack)));
 * if (result.problems.length > 0) console.error(formatSchemaProblems(result));
 * ```
 */
export class SchemaValidator {
  /**
   * Loads and compiles provider schemas (see {@link SchemaValidatorOptions}).
   * @throws InvalidSchemaError when a schema file is unreadable or malformed,
   * or when the bundled folder cannot be found
   */
  public static load(options: SchemaValidatorOptions = {}): SchemaValidator {
    const registry = new SchemaRegistry();
    registry.add(BUILTIN_SCHEMAS, "built-in terraform provider");
    if (options.includeBundledSchemas !== false || options.schemaDirectory !== undefined) {
      const dir = options.schemaDirectory ?? findSchemaDirectory();
      if (dir === undefined) {
        throw new Error("cannot find the provider-schemas folder of cdktf-ibm-voice-agent");
      }
      for (const f of readSchemaDirectory(dir)) registry.add(f.document, f.file);
    }
    for (const file of options.schemaFiles ?? []) {
      const f = readSchemaFile(file);
      registry.add(f.document, f.file);
    }
    (options.schemas ?? []).forEach((doc, i) => registry.add(doc, `schemas[${i}]`));
    return new SchemaValidator(registry);
  }

  private constructor(private readonly registry: SchemaRegistry) {}

  /** The registry addresses of every loaded provider (`registry.terraform.io/ibm-cloud/ibm`), sorted. */
  public get providerAddresses(): readonly string[] {
    return this.registry.providerAddresses;
  }

  /**
   * Validates one parsed document. Never throws for bad input: a document
   * that is not an object is reported as a problem.
   * @param json - the parsed `cdk.tf.json`
   */
  public validate(json: unknown): SchemaValidationResult {
    const sink = new ProblemSink();
    if (!isRecord(json)) {
      const message = schemaMessages.notAnObject("the document", json);
      sink.report("(document)", "", "invalid-structure", message);
      return { problems: sink.problems, resourcesChecked: 0 };
    }
    const walker = new DocumentWalker(this.registry, sink);
    walker.walk(json);
    return { problems: sink.problems, resourcesChecked: walker.resources };
  }
}
