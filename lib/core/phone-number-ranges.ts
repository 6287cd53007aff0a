/**
 * The fast path of {@link parsePhoneNumber} for a number that is valid as
 * written: libphonenumber-js's own metadata and its own order of decisions
 * (calling code, country among those sharing it, number type), with each
 * metadata pattern compiled once.
 *
 * libphonenumber-js builds a new RegExp from the metadata's pattern text on
 * every test (helpers/matchesEntirely), and telling a NANP number's country
 * and type tests up to a dozen patterns of up to 2 KB each: about a tenth of
 * a millisecond a number, which 150 agents of 10 numbers each pay in every
 * synth. Here the same tests run on compiled patterns.
 *
 * It answers only when the answer is certain to be libphonenumber-js's: for
 * a number whose digits after the calling code could start with the
 * country's national prefix (which libphonenumber-js's parser may strip), for
 * a number it finds no type for, and whenever the metadata API it reads is
 * not there, it returns undefined and the caller asks libphonenumber-js
 * itself. test/core/phone-number-ranges.test.ts compares the two on every
 * country's example numbers and on random numbers around them.
 */
import * as path from "path";
import type * as LibphonenumberCore from "libphonenumber-js/core";
import type { MetadataJson } from "libphonenumber-js/core";

/** What the fast path found: the parts of a parsed number that do not need formatting. */
export interface RangeMatch {
  /** `+` and the digits. */
  readonly e164: string;
  /** The country calling code (`44`). */
  readonly countryCallingCode: string;
  /** The country, when the calling code's countries tell it. */
  readonly country?: string;
  /** The number type (`MOBILE`, `TOLL_FREE`, …). */
  readonly type: string;
}

/** The parts of libphonenumber-js's `Metadata` read here (present since its metadata v4, 2019). */
interface NumberType {
  pattern(): string | undefined;
  possibleLengths(): number[] | undefined;
}
interface Plan {
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  leadingDigits(): string | undefined;
  type(type: string): NumberType | undefined;
}
interface MetadataApi {
  hasCallingCode(callingCode: string): boolean | undefined;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  selectNumberingPlan(countryOrCallingCode: string): unknown;
  numberingPlan?: Plan;
}

const NON_FIXED_LINE_TYPES = [
  "MOBILE",
  "PREMIUM_RATE",
  "TOLL_FREE",
  "SHARED_COST",
  "VOIP",
  "PERSONAL_NUMBER",
  "PAGER",
  "UAN",
  "VOICEMAIL",
];

const PLAN_METHODS = [
  "nationalNumberPattern",
  "nationalPrefixForParsing",
  "leadingDigits",
  "type",
] as const;

/** Compiled patterns by their text and anchoring. */
const COMPILED = new Map<string, RegExp>();

function compiled(source: string, anchoring: "entire" | "start"): RegExp {
  const key = `${anchoring}:${source}`;
  let re = COMPILED.get(key);
  if (!re) {
    re = new RegExp(anchoring === "entire" ? `^(?:${source})$` : `^(?:${source})`);
    COMPILED.set(key, re);
  }
  return re;
}

const matchesEntirely = (text: string, pattern: string) => compiled(pattern, "entire").test(text);

let api: MetadataApi | null | undefined;
const plans = new Map<string, Plan | null>();

/**
 * libphonenumber-js's Metadata class over its full ("max") metadata, or null
 * when it is not there with every method read here (then the fast path is
 * off and every number goes to the parser).
 *
 * The class is read from its own module (`build/metadata.js`, next to the
 * package's `core/` entry) when it is there: loading it and the metadata takes
 * about a quarter of loading the package's entry point, which loads the
 * parser, the formatter, AsYouType and the number finder. The entry point's
 * export of the same class is the fallback.
 */
function metadata(): MetadataApi | null {
  if (api !== undefined) return api;
  api = null;
  for (const load of [metadataClassModule, metadataClassExport]) {
    try {
      const m = new (load())(metadataJson()) as unknown as Partial<MetadataApi>;
      if (
        typeof m.hasCallingCode === "function" &&
        typeof m.getCountryCodesForCallingCode === "function" &&
        typeof m.selectNumberingPlan === "function"
      ) {
        api = m as MetadataApi;
        break;
      }
    } catch {
      // not there: try the next way, or leave the fast path off
    }
  }
  return api;
}

type MetadataClass = new (json: MetadataJson) => unknown;

/* eslint-disable @typescript-eslint/no-require-imports */
function metadataJson(): MetadataJson {
  return require("libphonenumber-js/max/metadata") as MetadataJson;
}

function metadataClassModule(): MetadataClass {
  const core = path.dirname(require.resolve("libphonenumber-js/core"));
  const mod = require(path.join(core, "..", "build", "metadata.js")) as { default?: unknown };
  if (typeof mod.default !== "function") throw new Error("no Metadata class");
  return mod.default as MetadataClass;
}

function metadataClassExport(): MetadataClass {
  return (require("libphonenumber-js/core") as typeof LibphonenumberCore)
    .Metadata as unknown as MetadataClass;
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** The numbering plan of a country or calling code, or null when the metadata has none or lacks a method. */
function plan(m: MetadataApi, countryOrCallingCode: string): Plan | null {
  const known = plans.get(countryOrCallingCode);
  if (known !== undefined) return known;
  let p: Plan | null = null;
  try {
    m.selectNumberingPlan(countryOrCallingCode);
    const selected = m.numberingPlan as Partial<Plan> | undefined;
    if (selected && PLAN_METHODS.every((k) => typeof selected[k] === "function"))
      p = selected as Plan;
  } catch {
    p = null;
  }
  plans.set(countryOrCallingCode, p);
  return p;
}

function isType(nationalNumber: string, type: string, p: Plan): boolean {
  const t = p.type(type);
  const pattern = t?.pattern();
  if (!t || !pattern) return false;
  const lengths = t.possibleLengths();
  if (lengths && !lengths.includes(nationalNumber.length)) return false;
  return matchesEntirely(nationalNumber, pattern);
}

/** The number type in one plan, decided as libphonenumber-js's getNumberType decides it. */
function typeIn(nationalNumber: string, p: Plan): string | undefined {
  if (!matchesEntirely(nationalNumber, p.nationalNumberPattern())) return undefined;
  if (isType(nationalNumber, "FIXED_LINE", p)) {
    const mobile = p.type("MOBILE");
    if (!mobile || mobile.pattern() === "" || isType(nationalNumber, "MOBILE", p))
      return "FIXED_LINE_OR_MOBILE";
    return "FIXED_LINE";
  }
  return NON_FIXED_LINE_TYPES.find((t) => isType(nationalNumber, t, p));
}

/**
 * The country among those sharing a calling code, as libphonenumber-js
 * chooses it: the first whose leading digits start the number or, for one
 * without leading digits, the first in which the number has a type.
 * `null` when a plan could not be read.
 */
function countryOf(
  m: MetadataApi,
  callingCode: string,
  nationalNumber: string,
): string | undefined | null {
  const countries = m.getCountryCodesForCallingCode(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const p = plan(m, country);
    if (!p) return null;
    const leading = p.leadingDigits();
    if (leading) {
      if (nationalNumber.search(compiled(leading, "start")) === 0) return country;
    } else if (typeIn(nationalNumber, p) !== undefined) return country;
  }
  return undefined;
}

/**
 * The number `+digits` when it is valid as written and the answer is
 * certain; undefined when libphonenumber-js must be asked (see the file
 * comment). `digits` holds 8 to 15 digits.
 */
export function matchRange(digits: string): RangeMatch | undefined {
  const m = metadata();
  if (!m || digits.startsWith("0")) return undefined;
  let callingCode: string | undefined;
  for (let n = 1; n <= 3 && n < digits.length; n++)
    if (m.hasCallingCode(digits.slice(0, n))) {
      callingCode = digits.slice(0, n);
      break;
    }
  if (callingCode === undefined) return undefined;
  const nationalNumber = digits.slice(callingCode.length);
  const main = plan(m, callingCode);
  if (!main) return undefined;
  const prefix = main.nationalPrefixForParsing();
  if (prefix && compiled(prefix, "start").test(nationalNumber)) return undefined;
  const country = countryOf(m, callingCode, nationalNumber);
  if (country === null) return undefined;
  const judged = country === undefined ? main : plan(m, country);
  const type = judged ? typeIn(nationalNumber, judged) : undefined;
  if (type === undefined) return undefined;
  return {
    e164: `+${digits}`,
    countryCallingCode: callingCode,
    ...(country !== undefined ? { country } : {}),
    type,
  };
}
