/**
 * Phone numbers as numbers, not strings: one parser, built on
 * libphonenumber-js with its full ("max") metadata, which knows which number
 * ranges each country has assigned and of what type (fixed line, mobile,
 * toll free, pager…).
 *
 * A number is accepted when it is written in international form: `+`, the
 * country calling code and the national number, 8 to 15 digits in all, and
 * libphonenumber says it is valid (an assigned range of the right length,
 * not merely a plausible length). Spaces, `-`, `.` and parentheses are
 * formatting and ignored; a `(0)` trunk prefix (`+44 (0)20 7946 0018`) is
 * dropped as it is when dialling from abroad, unless only the number that
 * keeps the digit is valid (`+39 (0)6 …`, where the 0 is part of the number).
 * Letters, extensions and other characters are refused, so what is accepted
 * is exactly what a caller would dial.
 */
import type * as Libphonenumber from "libphonenumber-js/max";
import { matchRange } from "./phone-number-ranges";

let loaded: typeof Libphonenumber | undefined;

/**
 * libphonenumber-js with its full metadata, loaded on first use: loading it
 * costs about a fifth of loading cdktf, which `require` of this package
 * should not pay before a number is read (bench: package load).
 */
export function libphonenumber(): typeof Libphonenumber {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require("libphonenumber-js/max") as typeof Libphonenumber;
  return loaded;
}

/** A number's type as libphonenumber-js tells it from its range. */
export type PhoneNumberType =
  | "FIXED_LINE"
  | "MOBILE"
  | "FIXED_LINE_OR_MOBILE"
  | "TOLL_FREE"
  | "PREMIUM_RATE"
  | "SHARED_COST"
  | "VOIP"
  | "PERSONAL_NUMBER"
  | "PAGER"
  | "UAN"
  | "VOICEMAIL";

/** A number that parsed. */
export interface ParsedPhoneNumber {
  /** Always true. */
  readonly ok: true;
  /** The number in E.164 form (`+442079460018`): two spellings of one number have the same one. */
  readonly e164: string;
  /** The country calling code without `+` (`44`). */
  readonly countryCallingCode: string;
  /** The ISO 3166-1 alpha-2 country (`GB`); undefined for non-geographic numbers such as `+800`. */
  readonly country?: string;
  /** The number's type; undefined when the metadata cannot tell it. */
  readonly type?: PhoneNumberType;
  /** The number in international format for messages (`+44 20 7946 0018`). */
  readonly international: string;
}

/** A number that did not parse. */
export interface PhoneNumberProblem {
  /** Always false. */
  readonly ok: false;
  /** What is wrong, lowercase, to follow the prop name (`has no country code: …`). */
  readonly reason: string;
}

/** The result of {@link parsePhoneNumber}. */
export type PhoneNumberResult = ParsedPhoneNumber | PhoneNumberProblem;

/** How to write a number, for the fix part of an error. */
export const PHONE_NUMBER_FIX =
  "write it in international form: + and the country code, then the number (e.g. +1 888 333 4444); spaces, - . and parentheses are allowed";

const ALLOWED = /^[0-9+\s().-]$/;
const TRUNK_PREFIX = /\(\s*0\s*\)/g;

/**
 * Parses a phone number written in international form. Never throws; a
 * value that is not a string is a problem. Callers skip unresolved tokens
 * and Terraform expressions before calling this.
 */
export function parsePhoneNumber(text: unknown): PhoneNumberResult {
  if (typeof text !== "string") return problem("must be a string");
  let result = parsed.get(text);
  if (result === undefined) {
    // The same number is read several times in one synth (its prop check, its
    // uniqueness key, the instance-wide registry): parse each spelling once.
    if (parsed.size >= PARSED_CACHE_LIMIT) parsed.clear();
    result = Object.freeze(parseText(text));
    parsed.set(text, result);
  }
  return result;
}

/** Results by the text they were parsed from; cleared when it holds this many. */
const PARSED_CACHE_LIMIT = 20_000;
const parsed = new Map<string, PhoneNumberResult>();

function parseText(text: string): PhoneNumberResult {
  const s = text.trim();
  if (s === "") return problem("is empty");
  const bad = [...s].find((ch) => !ALLOWED.test(ch));
  if (bad !== undefined)
    return problem(
      /[A-Za-z]/.test(bad)
        ? "must hold digits only: letters, extensions and vanity words are not accepted"
        : `holds ${JSON.stringify(bad)}, which is not part of a phone number`,
    );
  if (!s.startsWith("+"))
    return problem(
      s.startsWith("00")
        ? "has no country code after a +: write + instead of the international prefix 00"
        : "has no country code: it must start with + and the country code",
    );
  if (s.indexOf("+", 1) >= 0) return problem("has a + that is not at the start");
  const parens = parenthesesProblem(s);
  if (parens) return problem(parens);
  const dropped = digitsOf(s.replace(TRUNK_PREFIX, ""));
  const kept = digitsOf(s);
  const first = judgeDigits(dropped);
  if (first.ok || dropped === kept) return first;
  const second = judgeDigits(kept);
  return second.ok ? second : first;
}

/**
 * A key under which two spellings of one number are equal: the E.164 form
 * when the number parses, otherwise its digits (after `+` when it starts
 * with one, `(0)` dropped), so repeated malformed entries still compare
 * equal. Empty for text without digits.
 */
export function phoneNumberKey(text: string): string {
  const parsed = parsePhoneNumber(text);
  if (parsed.ok) return parsed.e164;
  const digits = digitsOf(text.replace(TRUNK_PREFIX, ""));
  if (digits === "") return "";
  return text.trim().startsWith("+") ? `+${digits}` : digits;
}

/** True when two texts are one phone number (`+44 (0)20 7946 0018` and `+442079460018`). */
export function samePhoneNumber(a: string, b: string): boolean {
  const key = phoneNumberKey(a);
  return key !== "" && key === phoneNumberKey(b);
}

/** Whether a number may take transferred callers: see {@link transferTargetNumberRisk}. */
export type TransferTargetNumberRisk = "business" | "personal" | "undetermined";

const RISK: Readonly<Record<PhoneNumberType, TransferTargetNumberRisk>> = Object.freeze({
  FIXED_LINE: "business",
  TOLL_FREE: "business",
  SHARED_COST: "business",
  PREMIUM_RATE: "business",
  UAN: "business",
  MOBILE: "personal",
  PERSONAL_NUMBER: "personal",
  PAGER: "personal",
  VOICEMAIL: "personal",
  FIXED_LINE_OR_MOBILE: "undetermined",
  VOIP: "undetermined",
});

/**
 * What a number's type says about it as a call-transfer target. IBM's
 * Voice Agent documentation says never to transfer callers to a personal
 * number: a transferred caller, and what they say next, reaches whoever
 * holds the phone.
 *
 * - `personal` (a transfer target of this type is an error): `MOBILE`,
 *   `PERSONAL_NUMBER` (follow-me numbers such as UK 070 and NANP 500/533),
 *   `PAGER`, and `VOICEMAIL` (a subscriber's mailbox access number).
 * - `business` (acceptable): `FIXED_LINE`, `TOLL_FREE`, `SHARED_COST`,
 *   `PREMIUM_RATE` and `UAN` (universal access numbers a company rents).
 * - `undetermined` (cannot tell from the number; a warning unless the
 *   agent declares the number a business number): `FIXED_LINE_OR_MOBILE`
 *   (all of North America, and other plans where mobile and fixed ranges
 *   overlap), `VOIP` (used by companies and by individuals alike), and an
 *   unknown type.
 */
export function transferTargetNumberRisk(
  type: PhoneNumberType | undefined,
): TransferTargetNumberRisk {
  return type !== undefined && Object.hasOwn(RISK, type) ? RISK[type] : "undetermined";
}

const TYPE_LABELS: Readonly<Record<PhoneNumberType, string>> = Object.freeze({
  FIXED_LINE: "fixed-line",
  MOBILE: "mobile",
  FIXED_LINE_OR_MOBILE: "fixed-line-or-mobile",
  TOLL_FREE: "toll-free",
  PREMIUM_RATE: "premium-rate",
  SHARED_COST: "shared-cost",
  VOIP: "voip",
  PERSONAL_NUMBER: "personal (follow-me)",
  PAGER: "pager",
  UAN: "universal access",
  VOICEMAIL: "voicemail access",
});

/** A number's type in words for messages (`mobile`, `toll-free`); `unknown-type` when undefined. */
export function phoneNumberTypeLabel(type: PhoneNumberType | undefined): string {
  return type !== undefined && Object.hasOwn(TYPE_LABELS, type)
    ? TYPE_LABELS[type]
    : "unknown-type";
}

const JUDGED = new Map<string, PhoneNumberResult>();
const JUDGED_MAX = 10_000;

/** {@link judge}, remembered per digit string: a program reads each number several times (props, duplicates, the instance's registry). */
function judgeDigits(digits: string): PhoneNumberResult {
  const known = JUDGED.get(digits);
  if (known) return known;
  if (JUDGED.size >= JUDGED_MAX) JUDGED.clear();
  const result = Object.freeze(judge(digits));
  JUDGED.set(digits, result);
  return result;
}

function judge(digits: string): PhoneNumberResult {
  if (digits.length < 8 || digits.length > 15)
    return problem(
      `has ${digits.length} digit${digits.length === 1 ? "" : "s"}, but an international number has 8 to 15 including the country code`,
    );
  const e164 = `+${digits}`;
  // The fast path reads only libphonenumber-js's metadata; its parser loads when a number needs it.
  const fast = matchRange(digits);
  if (fast)
    return parsedNumber(
      { ...fast, type: fast.type as PhoneNumberType },
      () => libphonenumber().parsePhoneNumberFromString(e164)?.formatInternational() ?? e164,
    );
  return judgeByParsing(libphonenumber(), digits);
}

/** {@link judge} by libphonenumber-js's parser alone (also where the fast path cannot be sure). */
export function judgeByParsing(lib: typeof Libphonenumber, digits: string): PhoneNumberResult {
  const e164 = `+${digits}`;
  const { parsePhoneNumberFromString, validatePhoneNumberLength } = lib;
  const parsed = parsePhoneNumberFromString(e164);
  // With the full metadata a number is valid exactly when its range has a type
  // (libphonenumber-js's isValid() is that test), so one lookup answers both.
  const type = parsed?.getType();
  if (parsed && type !== undefined)
    return parsedNumber(
      {
        e164: parsed.number,
        countryCallingCode: parsed.countryCallingCode,
        ...(parsed.country ? { country: parsed.country } : {}),
        type,
      },
      () => parsed.formatInternational(),
    );
  // Not valid: find the first reason, in the order a reader checks a number.
  const length = validatePhoneNumberLength(e164);
  if (length === "INVALID_COUNTRY" || length === "NOT_A_NUMBER")
    return problem(`does not start with a country code (+${digits.slice(0, 3)}… is none)`);
  if (!parsed) return problem("is not a phone number");
  const where = `+${parsed.countryCallingCode}${parsed.country ? ` (${parsed.country})` : ""}`;
  if (length === "TOO_SHORT") return problem(`is too short for a ${where} number`);
  if (length === "TOO_LONG") return problem(`is too long for a ${where} number`);
  if (length === "INVALID_LENGTH" || !parsed.isPossible())
    return problem(`has a length that no ${where} number has`);
  return problem(`is not a valid ${where} number: no such number range is assigned`);
}

/** A parsed number whose international form is formatted when a message first asks for it: most numbers are only validated and compared. */
function parsedNumber(
  fields: Omit<ParsedPhoneNumber, "ok" | "international">,
  format: () => string,
): ParsedPhoneNumber {
  let international: string | undefined;
  return {
    ok: true,
    ...fields,
    get international(): string {
      international ??= format();
      return international;
    },
  };
}

function parenthesesProblem(s: string): string | undefined {
  let depth = 0;
  for (const ch of s) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0 || depth > 1)
      return depth < 0 ? "has unbalanced parentheses" : "has nested parentheses";
  }
  return depth === 0 ? undefined : "has unbalanced parentheses";
}

function digitsOf(s: string): string {
  return s.replace(/[^0-9]/g, "");
}

function problem(reason: string): PhoneNumberProblem {
  return { ok: false, reason };
}
