/**
 * A read-only view of one stack's rendered Terraform JSON (what `cdk.tf.json`
 * holds, overrides included): the model every rule checks.
 */

/**
 * One resource or data source of the rendered JSON; also used for the other
 * top-level blocks a rule may judge (outputs, variables, provider blocks).
 */
export interface RenderedResource {
  /**
   * `managed` for resources, `data` for data sources; `output`, `variable` and
   * `provider` for the blocks listed by {@link TerraformDocument.outputBlocks},
   * {@link TerraformDocument.variableBlocks} and {@link TerraformDocument.providerBlocks}
   * (never in {@link TerraformDocument.all}).
   */
  readonly mode: "managed" | "data" | "output" | "variable" | "provider";
  /** The Terraform type (`ibm_cloudant`); `output` / `variable` for those blocks, the provider name (`ibm`) for provider blocks. */
  readonly type: string;
  /** The Terraform name (`events_cloudant_1A2B3C4D`); a provider block's alias, or `default`. */
  readonly name: string;
  /** The address (`ibm_cloudant.events_cloudant_1A2B3C4D`, `data.ibm_resource_instance.x`, `output.x`, `var.x`, `provider.ibm`, `provider.ibm.alias`). */
  readonly address: string;
  /** The construct path from cdktf's metadata (or the `constructPaths` hint given to the document), or the address when absent. */
  readonly constructPath: string;
  /** The rendered body (arguments, blocks, meta-arguments; `//` metadata included). */
  readonly body: Readonly<Record<string, unknown>>;
}

const REFERENCE = /\$\{\s*(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)(?:\.[^}]*)?\}/;

/** The rendered Terraform JSON of one stack, indexed for rules. */
export class TerraformDocument {
  /** Every resource and data source, in the JSON's order. */
  public readonly all: readonly RenderedResource[];
  private readonly byType = new Map<string, RenderedResource[]>();
  private readonly byAddr = new Map<string, RenderedResource>();

  /**
   * @param json - the parsed `cdk.tf.json`
   * @param stackName - the stack's name, for messages
   * @param constructPaths - construct paths of blocks that carry no `//` metadata
   *   (variables, outputs, provider blocks), by address (`var.x`, `output.y`,
   *   `provider.ibm`); the guard fills it from the construct tree when it has one
   */
  constructor(
    /** The parsed `cdk.tf.json`. */
    public readonly json: Readonly<Record<string, unknown>>,
    /** The stack's name. */
    public readonly stackName: string,
    private readonly constructPaths: Readonly<Record<string, string>> = {},
  ) {
    const all: RenderedResource[] = [];
    const collect = (mode: "managed" | "data", section: unknown) => {
      if (!isRecord(section)) return;
      for (const type of Object.keys(section)) {
        const byName = section[type];
        if (!isRecord(byName)) continue;
        for (const name of Object.keys(byName)) {
          const body = byName[name];
          if (!isRecord(body)) continue;
          const address = mode === "data" ? `data.${type}.${name}` : `${type}.${name}`;
          const meta =
            isRecord(body["//"]) && isRecord(body["//"].metadata) ? body["//"].metadata : undefined;
          const constructPath =
            typeof meta?.path === "string" ? meta.path : (constructPaths[address] ?? address);
          const r: RenderedResource = { mode, type, name, address, constructPath, body };
          all.push(r);
          const key = mode === "data" ? `data.${type}` : type;
          let list = this.byType.get(key);
          if (!list) this.byType.set(key, (list = []));
          list.push(r);
          this.byAddr.set(address, r);
        }
      }
    };
    collect("managed", json.resource);
    collect("data", json.data);
    this.all = all;
  }

  /** Resources of a type (`ibm_cloudant`), or data sources (`data.ibm_resource_instance`). */
  public ofType(type: string): readonly RenderedResource[] {
    return this.byType.get(type) ?? [];
  }

  /** The resource at an address (`ibm_cloudant.x`, `data.ibm_resource_instance.y`). */
  public at(address: string): RenderedResource | undefined {
    return this.byAddr.get(address);
  }

  /**
   * The resource a `${...}` expression or a plain address points at
   * (`${ibm_cloudant.x.crn}`, `ibm_resource_key.y`); undefined when it names
   * none in this document (a variable, a literal, another stack).
   */
  public resolve(expressionOrAddress: unknown): RenderedResource | undefined {
    if (typeof expressionOrAddress !== "string") return undefined;
    const direct = this.byAddr.get(expressionOrAddress);
    if (direct) return direct;
    const m = REFERENCE.exec(expressionOrAddress);
    if (!m) {
      const parts = expressionOrAddress.split(".");
      if (parts[0] === "data" && parts.length >= 3)
        return this.byAddr.get(parts.slice(0, 3).join("."));
      return parts.length >= 2 ? this.byAddr.get(parts.slice(0, 2).join(".")) : undefined;
    }
    return this.byAddr.get(`${m[1] ? "data." : ""}${m[2]}.${m[3]}`);
  }

  /** Output blocks as subjects for rules (`mode: "output"`, address `output.<name>`), in the JSON's order. */
  public get outputBlocks(): readonly RenderedResource[] {
    return this.namedBlocks("output", this.outputs, "output");
  }

  /** Variable blocks as subjects for rules (`mode: "variable"`, address `var.<name>`), in the JSON's order. */
  public get variableBlocks(): readonly RenderedResource[] {
    return this.namedBlocks("variable", this.variables, "var");
  }

  /**
   * Provider blocks as subjects for rules (`mode: "provider"`, `type` = provider
   * name, `name` = alias or `default`, address `provider.<type>[.<alias>]`).
   */
  public get providerBlocks(): readonly RenderedResource[] {
    const out: RenderedResource[] = [];
    const section = isRecord(this.json.provider) ? this.json.provider : {};
    for (const type of Object.keys(section)) {
      const raw = section[type];
      for (const body of Array.isArray(raw) ? raw : [raw]) {
        if (!isRecord(body)) continue;
        const alias = typeof body.alias === "string" ? body.alias : undefined;
        const address = alias ? `provider.${type}.${alias}` : `provider.${type}`;
        const constructPath = this.constructPaths[address] ?? address;
        out.push({
          mode: "provider",
          type,
          name: alias ?? "default",
          address,
          constructPath,
          body,
        });
      }
    }
    return out;
  }

  /** Declared locals: name → value. */
  public get locals(): Readonly<Record<string, unknown>> {
    return isRecord(this.json.locals) ? this.json.locals : {};
  }

  private namedBlocks(
    mode: "output" | "variable",
    section: Readonly<Record<string, Record<string, unknown>>>,
    prefix: string,
  ): RenderedResource[] {
    return Object.keys(section)
      .filter((name) => isRecord(section[name]))
      .map((name) => {
        const address = `${prefix}.${name}`;
        const constructPath =
          this.constructPaths[address] ?? outputPath(this.json, name, mode) ?? address;
        return { mode, type: mode, name, address, constructPath, body: section[name] };
      });
  }

  /** Declared variables: name → body. */
  public get variables(): Readonly<Record<string, Record<string, unknown>>> {
    return (isRecord(this.json.variable) ? this.json.variable : {}) as Record<
      string,
      Record<string, unknown>
    >;
  }

  /** Declared outputs: name → body. */
  public get outputs(): Readonly<Record<string, Record<string, unknown>>> {
    return (isRecord(this.json.output) ? this.json.output : {}) as Record<
      string,
      Record<string, unknown>
    >;
  }
}

/** The construct path of an output from cdktf's `//.outputs` tree (path segments → output name). */
function outputPath(
  json: Readonly<Record<string, unknown>>,
  name: string,
  mode: "output" | "variable",
): string | undefined {
  const meta = json["//"];
  if (mode !== "output" || !isRecord(meta) || !isRecord(meta.outputs)) return undefined;
  const walk = (node: Record<string, unknown>, trail: string[]): string | undefined => {
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (v === name) return [...trail, key].join("/");
      if (isRecord(v)) {
        const found = walk(v, [...trail, key]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(meta.outputs, []);
}

/** True for a plain JSON object. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** True when a rendered value is (or contains) a Terraform `${...}` expression. */
export function isExpression(x: unknown): boolean {
  return typeof x === "string" && x.includes("${");
}
