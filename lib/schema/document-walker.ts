/**
 * Walking a whole synthesized document: top-level keys, required providers,
 * provider configurations, resources and data sources.
 */
import { walkBlock } from "./block-walker";
import { BUILTIN_TERRAFORM_PROVIDER } from "./builtin-schemas";
import { closestName } from "../core";
import { isRecord } from "./compiled-schema";
import { localProviderName, normalizeProviderSource } from "./provider-address";
import { ProblemSink } from "./problem-sink";
import { SchemaKind, SchemaRegistry } from "./schema-registry";
import { schemaMessages } from "./schema-problem";

/** Every top-level key Terraform JSON (and cdktf's output) may hold. */
export const TOP_LEVEL_KEYS: readonly string[] = [
  "//",
  "check",
  "data",
  "import",
  "locals",
  "module",
  "moved",
  "output",
  "provider",
  "removed",
  "resource",
  "terraform",
  "variable",
];
const TOP_LEVEL = new Set(TOP_LEVEL_KEYS);
/** Top-level blocks without labels, which Terraform JSON writes as lists of objects. */
const LIST_KEYS = new Set(["import", "moved", "removed"]);

/** Meta-arguments of resources and data sources, left to Terraform. */
const RESOURCE_META = new Set([
  "count",
  "for_each",
  "depends_on",
  "lifecycle",
  "provider",
  "provisioner",
  "connection",
]);
/** Meta-arguments of a provider configuration. */
const PROVIDER_META = new Set(["alias", "version"]);

/** The local name of Terraform's built-in provider, which needs no declaration. */
const BUILTIN_LOCAL_NAME = "terraform";

/** Walks one document, reporting into `sink`. */
export class DocumentWalker {
  /** Local provider name → normalized source, from `terraform.required_providers`. */
  private readonly declared = new Map<string, string>();
  /** Undeclared local provider name → first address using it, and how many did. */
  private readonly undeclared = new Map<
    string,
    { address: string; uses: number; source: string }
  >();
  private readonly mismatches = new Set<string>();
  /** Resources and data sources visited. */
  public resources = 0;

  constructor(
    private readonly registry: SchemaRegistry,
    private readonly sink: ProblemSink,
  ) {}

  /** Walks the document. */
  public walk(doc: Record<string, unknown>): void {
    for (const key of Object.keys(doc)) {
      if (!TOP_LEVEL.has(key)) {
        this.sink.report(
          key,
          "",
          "unknown-top-level-key",
          schemaMessages.unknownTopLevelKey(key, TOP_LEVEL_KEYS),
        );
      } else if (
        key !== "//" &&
        !isRecord(doc[key]) &&
        !(LIST_KEYS.has(key) && Array.isArray(doc[key]))
      ) {
        this.sink.report(
          key,
          "",
          "invalid-structure",
          schemaMessages.notAnObject(`"${key}"`, doc[key]),
        );
      }
    }
    this.readRequiredProviders(doc.terraform);
    if (isRecord(doc.provider)) this.walkProviders(doc.provider);
    if (isRecord(doc.resource)) this.walkSection("resource", doc.resource);
    if (isRecord(doc.data)) this.walkSection("data", doc.data);
    for (const [name, u] of this.undeclared) {
      const message = schemaMessages.undeclaredProvider(name, u.uses, u.source);
      this.sink.report(u.address, "", "undeclared-provider", message);
    }
  }

  private readRequiredProviders(terraform: unknown): void {
    if (!isRecord(terraform) || terraform.required_providers === undefined) return;
    const required = terraform.required_providers;
    const address = "terraform.required_providers";
    if (!isRecord(required)) {
      this.sink.report(
        address,
        "",
        "invalid-structure",
        schemaMessages.notAnObject(address, required),
      );
      return;
    }
    for (const name of Object.keys(required)) {
      const entry = required[name];
      if (typeof entry === "string") this.declared.set(name, normalizeProviderSource(name));
      else if (isRecord(entry)) {
        const source = typeof entry.source === "string" ? entry.source : name;
        this.declared.set(name, normalizeProviderSource(source));
      } else {
        this.sink.report(
          address,
          name,
          "invalid-structure",
          schemaMessages.notAnObject(name, entry),
        );
      }
    }
  }

  /** The provider address a local name resolves to, and whether it was declared. */
  private resolveLocal(name: string): { address: string; declared: boolean } {
    if (name === BUILTIN_LOCAL_NAME) return { address: BUILTIN_TERRAFORM_PROVIDER, declared: true };
    const declared = this.declared.get(name);
    if (declared) return { address: declared, declared: true };
    const byName = this.registry.providerAddresses.find((a) => a.endsWith(`/${name}`));
    return { address: byName ?? normalizeProviderSource(name), declared: false };
  }

  private noteUndeclared(name: string, address: string, source: string): void {
    const u = this.undeclared.get(name);
    if (u) u.uses++;
    else this.undeclared.set(name, { address, uses: 1, source });
  }

  private walkProviders(section: Record<string, unknown>): void {
    for (const name of Object.keys(section)) {
      const value = section[name];
      const configs = Array.isArray(value) ? value : [value];
      configs.forEach((config, i) => {
        const address = `provider.${name}[${i}]`;
        if (!isRecord(config)) {
          this.sink.report(
            address,
            "",
            "invalid-structure",
            schemaMessages.notAnObject("a provider configuration", config),
          );
          return;
        }
        const resolved = this.resolveLocal(name);
        const block = this.registry.providerBlock(resolved.address);
        if (!resolved.declared && block) this.noteUndeclared(name, address, resolved.address);
        if (!block) {
          this.sink.report(
            address,
            "",
            "unknown-provider",
            schemaMessages.unknownProvider(name, resolved.address),
          );
          return;
        }
        walkBlock(config, block, "", this.sink.at(address), PROVIDER_META);
      });
    }
  }

  private walkSection(kind: SchemaKind, section: Record<string, unknown>): void {
    const prefix = kind === "data" ? "data." : "";
    for (const type of Object.keys(section)) {
      const byName = section[type];
      if (!isRecord(byName)) {
        const what = `"${prefix}${type}"`;
        this.sink.report(
          `${prefix}${type}`,
          "",
          "invalid-structure",
          schemaMessages.notAnObject(what, byName),
        );
        continue;
      }
      for (const name of Object.keys(byName)) {
        this.walkResource(kind, type, `${prefix}${type}.${name}`, byName[name]);
      }
    }
  }

  private walkResource(kind: SchemaKind, type: string, address: string, body: unknown): void {
    this.resources++;
    if (!isRecord(body)) {
      this.sink.report(
        address,
        "",
        "invalid-structure",
        schemaMessages.notAnObject("the body", body),
      );
      return;
    }
    const label = kind === "data" ? "data source" : "resource";
    const local = localProviderName(type, body.provider);
    const resolved = this.resolveLocal(local);
    let owner = resolved.address;
    let block = this.registry.typeBlock(kind, owner, type);
    if (!block) {
      const owners = this.registry.ownersOf(kind, type);
      if (owners.length === 0) {
        const problem =
          this.registry.hasProvider(owner) || !resolved.declared
            ? schemaMessages.unknownType(
                label,
                type,
                closestName(type, this.registry.typeNames(kind)),
              )
            : schemaMessages.noSchemaForProvider(label, type, owner);
        this.sink.report(address, "", "unknown-type", problem);
        return;
      }
      owner = owners[0];
      block = this.registry.typeBlock(kind, owner, type)!;
      if (resolved.declared) this.reportMismatch(local, resolved.address, type, owner, address);
    }
    if (!resolved.declared) this.noteUndeclared(local, address, owner);
    walkBlock(body, block, "", this.sink.at(address), RESOURCE_META);
  }

  private reportMismatch(
    local: string,
    declared: string,
    type: string,
    actual: string,
    address: string,
  ): void {
    const key = `${local} ${actual}`;
    if (this.mismatches.has(key)) return;
    this.mismatches.add(key);
    this.sink.report(
      address,
      "",
      "provider-mismatch",
      schemaMessages.providerMismatch(local, declared, type, actual),
    );
  }
}
