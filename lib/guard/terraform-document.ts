/**
 * A read-only view of one stack's rendered Terraform JSON (what `cdk.tf.json`
 * holds, overrides included): the model every rule checks.
 */

/** One resource or data source of the rendered JSON. */
export interface RenderedResource {
  /** `managed` for resources, `data` for data sources. */
  readonly mode: "managed" | "data";
  /** The Terraform type (`ibm_cloudant`). */
  readonly type: string;
  /** The Terraform name (`events_cloudant_1A2B3C4D`). */
  readonly name: string;
  /** The address (`ibm_cloudant.events_cloudant_1A2B3C4D`, `data.ibm_resource_instance.x`). */
  readonly address: string;
  /** The construct path from cdktf's metadata, or the address when absent. */
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
   * @param json the parsed `cdk.tf.json`
   * @param stackName the stack's name, for messages
   */
  constructor(
    public readonly json: Readonly<Record<string, unknown>>,
    public readonly stackName: string,
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
          const constructPath = typeof meta?.path === "string" ? meta.path : address;
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

/** True for a plain JSON object. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** True when a rendered value is (or contains) a Terraform `${...}` expression. */
export function isExpression(x: unknown): boolean {
  return typeof x === "string" && x.includes("${");
}
