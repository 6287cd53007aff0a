import { TerraformProvider, Token } from "cdktf";
import { IConstruct } from "constructs";
import { closestName } from "./closest-name";
import { describeValue, PropProblem, propsError } from "./errors";

/**
 * Every key of a props interface, each mapped to `true`: the one list of the
 * names a validator knows. Declare it `as const satisfies PropKeys<Props>` so
 * that the compiler refuses a list that misses or invents a name.
 */
export type PropKeys<T> = { readonly [K in keyof Required<T>]: true };

/** True when `value` is (or contains, for strings) an unresolved cdktf token. */
export function isToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string" || typeof value === "number" || Array.isArray(value)) {
    return Token.isUnresolved(value);
  }
  return typeof value === "object" && Token.isUnresolved(value);
}

/**
 * True for an unresolved string or number token: a value that stands for one
 * string or number. A list or map token never does (a check of a single value
 * reports it instead of letting it through to synth).
 */
export function isScalarToken(value: unknown): boolean {
  return (typeof value === "string" || typeof value === "number") && Token.isUnresolved(value);
}

/**
 * Collects every problem in one construct's props, then throws them all at
 * once. Checks skip unresolved tokens: a value known only at apply time passes
 * where a literal would be checked. Checks never throw themselves, whatever
 * the input (wrong types are reported as problems).
 */
export class PropsChecker {
  private readonly problems: PropProblem[] = [];

  /**
   * @param constructName the class name shown in messages (`VoiceAgent`)
   * @param scope the construct whose path is shown
   */
  constructor(
    private readonly constructName: string,
    private readonly scope: IConstruct,
  ) {}

  /** Records a problem. */
  add(prop: string, problem: string, value: unknown, fix: string, secret = false): this {
    this.problems.push({ prop, problem, received: describeValue(value, secret), fix });
    return this;
  }

  /** Problems recorded so far. */
  get count(): number {
    return this.problems.length;
  }

  /** Requires a value to be present. Returns false when it was missing. */
  required(prop: string, value: unknown, fix: string): boolean {
    if (value === undefined || value === null) {
      this.add(prop, "is required", value, fix);
      return false;
    }
    return true;
  }

  /** A string (or token) of at most `max` (and at least `min`) characters. */
  string(
    prop: string,
    value: unknown,
    opts: { min?: number; max?: number; pattern?: RegExp; patternText?: string } = {},
  ): void {
    // A string token passes; a number, list or map token is never a string.
    if (value === undefined || (isToken(value) && typeof value === "string")) return;
    if (typeof value !== "string") {
      this.add(prop, "must be a string", value, "pass a string");
      return;
    }
    const min = opts.min ?? 0;
    if (value.length < min) {
      this.add(
        prop,
        min === 1 ? "must not be empty" : `must be at least ${min} characters`,
        value,
        `give ${min} to ${opts.max ?? "any number of"} characters`,
      );
    }
    if (opts.max !== undefined && value.length > opts.max) {
      this.add(
        prop,
        `must be at most ${opts.max} characters`,
        value,
        `shorten it to ${opts.max} characters or fewer`,
      );
    }
    if (opts.pattern && !opts.pattern.test(value)) {
      this.add(
        prop,
        "has the wrong format",
        value,
        opts.patternText ?? `match ${opts.pattern.source}`,
      );
    }
  }

  /** A whole number in [min, max]. */
  integer(prop: string, value: unknown, min: number, max: number, unit = ""): void {
    if (value === undefined || isScalarToken(value)) return;
    const u = unit ? ` ${unit}` : "";
    if (typeof value !== "number" || !Number.isFinite(value) || !Number.isInteger(value)) {
      this.add(
        prop,
        "must be a whole number",
        value,
        `give a whole number from ${min} to ${max}${u}`,
      );
    } else if (value < min || value > max) {
      this.add(
        prop,
        `must be from ${min} to ${max}${u}`,
        value,
        `give a whole number from ${min} to ${max}${u}`,
      );
    }
  }

  /** A boolean. */
  boolean(prop: string, value: unknown): void {
    if (value === undefined || isToken(value)) return;
    if (typeof value !== "boolean")
      this.add(prop, "must be true or false", value, "pass a boolean");
  }

  /** One of a closed set of values. */
  oneOf<T>(prop: string, value: unknown, allowed: readonly T[]): void {
    if (value === undefined || isScalarToken(value)) return;
    if (!allowed.includes(value as T)) {
      this.add(
        prop,
        "is not an allowed value",
        value,
        `use one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
      );
    }
  }

  /** A Terraform provider (for example an aliased `IbmProvider`), when given. */
  provider(prop: string, value: unknown): void {
    if (value === undefined) return;
    if (!TerraformProvider.isTerraformProvider(value))
      this.add(
        prop,
        "must be a terraform provider",
        value,
        "pass an IbmProvider instance (aliased or not)",
      );
  }

  /** A list with a length in [min, max]; returns the list when it is one (else undefined). */
  list(prop: string, value: unknown, min: number, max: number): readonly unknown[] | undefined {
    // A list token (`Token.asList`) passes; a string or number token is never a list.
    if (value === undefined || (isToken(value) && Array.isArray(value))) return undefined;
    if (!Array.isArray(value)) {
      this.add(prop, "must be a list", value, "pass an array");
      return undefined;
    }
    if (value.length < min)
      this.add(
        prop,
        `must have at least ${min} item${min === 1 ? "" : "s"}`,
        value,
        `give ${min} to ${max} items`,
      );
    if (value.length > max)
      this.add(prop, `must have at most ${max} items`, value, `give ${min} to ${max} items`);
    return value;
  }

  /** An https URL of at most `max` characters. */
  httpsUrl(prop: string, value: unknown, max = 2048): void {
    if (value === undefined || isScalarToken(value)) return;
    this.string(prop, value, { max });
    if (typeof value !== "string") return;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      this.add(prop, "is not a valid URL", value, "give an absolute https:// URL");
      return;
    }
    if (url.protocol !== "https:") {
      this.add(
        prop,
        "must use https",
        value,
        "use an https:// URL so that content and credentials are encrypted in transit",
      );
    }
    if (url.username || url.password) {
      this.add(
        prop,
        "must not carry credentials in the URL",
        "(URL with user info, not shown)",
        "pass credentials as Secret props, not inside the URL",
      );
    }
  }

  /**
   * A plain object (not an array, not null). Returns it when it is one. With
   * `keys`, every other own key is reported (value not shown: it may be a
   * misspelt secret) with the closest known name.
   */
  object<T = unknown>(
    prop: string,
    value: unknown,
    keys?: PropKeys<T>,
  ): Record<string, unknown> | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.add(prop, "must be an object", value, "pass an object literal");
      return undefined;
    }
    if (keys && !isToken(value)) this.unknownKeys(prop, value, Object.keys(keys));
    return value as Record<string, unknown>;
  }

  private unknownKeys(prop: string, value: object, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const near = closestName(key, known);
      this.problems.push({
        prop: prop === "props" ? key : `${prop}.${key}`,
        problem: "is not a known prop",
        received: "(not shown)",
        fix:
          near !== undefined
            ? `did you mean ${JSON.stringify(near)}?`
            : `remove it; the known props are ${known.map((k) => JSON.stringify(k)).join(", ")}`,
      });
    }
  }

  /** Throws one error listing every problem, if there are any. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const error = propsError(this.constructName, this.scope.node.path, this.problems);
    // The marker below keeps Node from printing this line's source above an uncaught error.
    throw error; // node-do-not-add-exception-line
  }
}

/**
 * Runs `checks` against a fresh checker and throws once with every problem.
 * Any unexpected exception inside a check (a getter that throws, a proxy…) is
 * turned into a problem instead of escaping as a raw TypeError.
 */
export function validateProps(
  constructName: string,
  scope: IConstruct,
  checks: (c: PropsChecker) => void,
): void {
  const checker = new PropsChecker(constructName, scope);
  try {
    checks(checker);
  } catch (e) {
    checker.add(
      "props",
      "could not be read",
      undefined,
      `pass plain values (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  checker.throwIfAny();
}
