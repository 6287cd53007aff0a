import { CompiledBlock, InvalidSchemaError, compileBlock, isObject } from "./compiled-schema";
import { normalizeProviderSource } from "./provider-address";
import { ProviderSchemasDocument, SchemaJson } from "./provider-schema-format";

/** One provider's compiled schemas. */
interface CompiledProvider {
  provider: CompiledBlock | undefined;
  readonly resources: Map<string, CompiledBlock>;
  readonly dataSources: Map<string, CompiledBlock>;
}

/** The two kinds of addressable objects a provider defines. */
export type SchemaKind = "resource" | "data";

/**
 * Every loaded provider schema, compiled once into maps: provider address →
 * compiled provider, and type → the providers defining it.
 */
export class SchemaRegistry {
  private readonly providers = new Map<string, CompiledProvider>();
  private readonly typeIndex: Record<SchemaKind, Map<string, string[]>> = {
    resource: new Map(),
    data: new Map(),
  };

  /**
   * Adds (or merges into an already loaded provider) every provider of a
   * schema document; later documents override types they redefine.
   * @param origin where the document came from, for error messages
   */
  public add(doc: ProviderSchemasDocument, origin: string): void {
    if (!isObject(doc) || !isObject(doc.provider_schemas)) {
      throw new InvalidSchemaError(origin, "no provider_schemas object");
    }
    for (const rawAddress of Object.keys(doc.provider_schemas)) {
      const address = normalizeProviderSource(rawAddress);
      const where = `${origin} ${rawAddress}`;
      const schemas = doc.provider_schemas[rawAddress];
      if (!isObject(schemas))
        throw new InvalidSchemaError(where, "provider entry is not an object");
      let entry = this.providers.get(address);
      if (!entry) {
        entry = { provider: undefined, resources: new Map(), dataSources: new Map() };
        this.providers.set(address, entry);
      }
      if (schemas.provider !== undefined) {
        entry.provider = compileSchema(schemas.provider, `${where} provider`);
      }
      this.addTypes(entry.resources, "resource", address, schemas.resource_schemas, where);
      this.addTypes(entry.dataSources, "data", address, schemas.data_source_schemas, where);
    }
  }

  private addTypes(
    target: Map<string, CompiledBlock>,
    kind: SchemaKind,
    address: string,
    schemas: Readonly<Record<string, SchemaJson>> | undefined,
    where: string,
  ): void {
    if (schemas === undefined) return;
    if (!isObject(schemas))
      throw new InvalidSchemaError(where, `${kind} schemas are not an object`);
    const index = this.typeIndex[kind];
    for (const type of Object.keys(schemas)) {
      target.set(type, compileSchema(schemas[type], `${where} ${type}`));
      const owners = index.get(type);
      if (!owners) index.set(type, [address]);
      else if (!owners.includes(address)) owners.push(address);
    }
  }

  /** The normalized addresses of every loaded provider, sorted. */
  public get providerAddresses(): readonly string[] {
    return [...this.providers.keys()].sort();
  }

  /** True when a provider with this normalized address is loaded. */
  public hasProvider(address: string): boolean {
    return this.providers.has(address);
  }

  /** The provider configuration block of a loaded provider. */
  public providerBlock(address: string): CompiledBlock | undefined {
    return this.providers.get(address)?.provider;
  }

  /** The schema of a resource or data source type of one provider. */
  public typeBlock(kind: SchemaKind, address: string, type: string): CompiledBlock | undefined {
    const p = this.providers.get(address);
    return kind === "resource" ? p?.resources.get(type) : p?.dataSources.get(type);
  }

  /** The providers defining a resource or data source type, in load order. */
  public ownersOf(kind: SchemaKind, type: string): readonly string[] {
    return this.typeIndex[kind].get(type) ?? [];
  }

  /** Every known type of a kind, for suggestions. */
  public typeNames(kind: SchemaKind): readonly string[] {
    return [...this.typeIndex[kind].keys()];
  }
}

function compileSchema(schema: SchemaJson, where: string): CompiledBlock {
  if (!isObject(schema)) throw new InvalidSchemaError(where, "schema is not an object");
  return compileBlock(schema.block, where);
}
