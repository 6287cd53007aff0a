/**
 * A scanner for Terraform string templates as they appear in `.tf.json`
 * (HCL template syntax, no heredocs): literal text with `$${` and `%%{`
 * escapes, `${ … }` interpolations and `%{ … }` directives whose bodies are
 * HCL expressions. Expression bodies are cut into tokens; quoted strings
 * inside them are templates again and are scanned recursively, so
 * `${join(",", [for s in var.l : "${s}-x"])}` yields both expressions.
 * Pure, never throws: unterminated input ends at the end of the string.
 */

/** One token of an expression body. */
export interface ExpressionToken {
  /** `name` (identifiers, and digits right after a `.`), `number`, `string` or `symbol`. */
  readonly kind: "name" | "number" | "string" | "symbol";
  /** The token as written; for a `string`, its value when it is a plain literal (escapes resolved). */
  readonly text: string;
  /** For a `string`: true when it holds no interpolation or directive, so `text` is its value. */
  readonly literal: boolean;
  /** Offset of the token's first character in the scanned template. */
  readonly at: number;
  /** Offset just after the token's last character. */
  readonly end: number;
}

/** One `${ … }` or `%{ … }` found in a template. */
export interface ScannedExpression {
  /** `interpolation` for `${ … }`, `directive` for `%{ … }`. */
  readonly kind: "interpolation" | "directive";
  /** True when it sits in a quoted string inside another expression. */
  readonly nested: boolean;
  /** Offset of its `$` or `%`. */
  readonly at: number;
  /** Offset just after its closing `}` (the end of the string when unterminated). */
  readonly end: number;
  /** Its body's tokens, strip markers (`~`) and comments left out. */
  readonly tokens: readonly ExpressionToken[];
}

/** What a template is made of. */
export interface ScannedTemplate {
  /** The literal text outside expressions, escapes resolved (`$${` reads `${`). */
  readonly literal: string;
  /** Every expression, nested ones included, in the order they start. */
  readonly expressions: readonly ScannedExpression[];
}

const SYMBOLS = ["...", "::", "=>", "==", "!=", "<=", ">=", "&&", "||"];
const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
const NAME_START = /[A-Za-z_]/;
const NAME_REST = /[A-Za-z0-9_-]/;
const DIGIT = /[0-9]/;

/** Scans a whole template (a JSON string value of a Terraform document). */
export function scanTemplate(template: string): ScannedTemplate {
  const scanner = new Scanner(template);
  const literal = scanner.template(false, false);
  return { literal, expressions: scanner.expressions };
}

class Scanner {
  public readonly expressions: ScannedExpression[] = [];
  private i = 0;

  constructor(private readonly src: string) {}

  /** Reads template text up to the end (or, when quoted, the closing `"`); returns its literal part. */
  public template(quoted: boolean, nested: boolean): string {
    const s = this.src;
    let literal = "";
    while (this.i < s.length) {
      const c = s[this.i];
      if (quoted && c === '"') {
        this.i++;
        return literal;
      }
      if (quoted && c === "\\") {
        literal += this.escape();
        continue;
      }
      const two = s.slice(this.i, this.i + 2);
      const three = s.slice(this.i, this.i + 3);
      if (three === "$${" || three === "%%{") {
        literal += three.slice(1);
        this.i += 3;
      } else if (two === "${" || two === "%{") {
        this.expression(two === "${" ? "interpolation" : "directive", nested || quoted);
      } else {
        literal += c;
        this.i++;
      }
    }
    return literal;
  }

  private escape(): string {
    const s = this.src;
    const next = s[this.i + 1] ?? "";
    if (next in ESCAPES) {
      this.i += 2;
      return ESCAPES[next];
    }
    const width = next === "u" ? 4 : next === "U" ? 8 : 0;
    const hex = s.slice(this.i + 2, this.i + 2 + width);
    if (width > 0 && new RegExp(`^[0-9A-Fa-f]{${width}}$`).test(hex)) {
      const code = parseInt(hex, 16);
      this.i += 2 + width;
      return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    }
    this.i += next ? 2 : 1;
    return `\\${next}`;
  }

  private expression(kind: ScannedExpression["kind"], nested: boolean): void {
    const tokens: ExpressionToken[] = [];
    const scanned: { -readonly [K in keyof ScannedExpression]: ScannedExpression[K] } = {
      kind,
      nested,
      at: this.i,
      end: this.src.length,
      tokens,
    };
    this.expressions.push(scanned);
    this.i += 2;
    const s = this.src;
    let depth = 0;
    while (this.i < s.length) {
      const at = this.i;
      const c = s[at];
      if (/\s/.test(c) || c === "~") {
        this.i++;
      } else if (c === "#" || s.startsWith("//", at)) {
        const end = s.indexOf("\n", at);
        this.i = end < 0 ? s.length : end + 1;
      } else if (s.startsWith("/*", at)) {
        const end = s.indexOf("*/", at + 2);
        this.i = end < 0 ? s.length : end + 2;
      } else if (c === '"') {
        this.i++;
        const before = this.expressions.length;
        const text = this.template(true, true);
        const literal = this.expressions.length === before;
        tokens.push({ kind: "string", text, literal, at, end: this.i });
      } else if (c === "}" && depth === 0) {
        this.i++;
        scanned.end = this.i;
        return;
      } else if (NAME_START.test(c)) {
        const text = this.run(NAME_REST);
        tokens.push({ kind: "name", text, literal: false, at, end: this.i });
      } else if (DIGIT.test(c)) {
        const afterDot = tokens.length > 0 && tokens[tokens.length - 1].text === ".";
        const text = afterDot ? this.run(DIGIT) : this.number();
        tokens.push({ kind: afterDot ? "name" : "number", text, literal: false, at, end: this.i });
      } else {
        const text = SYMBOLS.find((sym) => s.startsWith(sym, at)) ?? c;
        if (text === "{") depth++;
        if (text === "}") depth--;
        this.i += text.length;
        tokens.push({ kind: "symbol", text, literal: false, at, end: this.i });
      }
    }
  }

  private run(chars: RegExp): string {
    const start = this.i;
    this.i++;
    while (this.i < this.src.length && chars.test(this.src[this.i])) this.i++;
    return this.src.slice(start, this.i);
  }

  private number(): string {
    const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.i));
    const text = m ? m[0] : this.src[this.i];
    this.i += text.length;
    return text;
  }
}
