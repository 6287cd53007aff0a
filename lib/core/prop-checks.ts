import { isIpAddress } from "./ip-address";
import { ParsedPhoneNumber, parsePhoneNumber, PHONE_NUMBER_FIX } from "./phone-number";
import { ParsedTransferTarget, parseTransferTarget, TRANSFER_TARGET_FIX } from "./transfer-target";
import { isScalarToken, isToken, PropKeys, PropsChecker } from "./validation";

/**
 * Checks shared by the voice agent, SIP trunk and SOE validators. Like the
 * core checks they skip unresolved tokens and never throw.
 */

/** An IBM Cloud region name such as `us-south` or `eu-de`. */
export const IBM_REGION = /^[a-z]{2}-[a-z]+$/;

/** Reads a props object, reporting a missing or non-object value (and, with `keys`, unknown names) as problems. */
export function objectProps<T>(
  c: PropsChecker,
  props: unknown,
  typeName: string,
  prop = "props",
  keys?: PropKeys<T>,
): Partial<T> | undefined {
  if (props === undefined || props === null) {
    c.add(prop, "are required", props, `pass a ${typeName} object`);
    return undefined;
  }
  return c.object(prop, props, keys) as Partial<T> | undefined;
}

/**
 * Checks one IP address (IPv4 or IPv6, no CIDR: the docs do not say that
 * VA's IP allow-list takes ranges).
 */
export function checkIpAddress(c: PropsChecker, prop: string, value: unknown): void {
  if (value === undefined || isScalarToken(value)) return;
  if (typeof value !== "string") {
    c.add(prop, "must be a string", value, "give an ip address such as 203.0.113.10");
    return;
  }
  if (value.includes("/")) {
    c.add(
      prop,
      "must be a single ip address, not a range",
      value,
      "list each address separately; the voice agent docs do not say that cidr ranges are accepted",
    );
  } else if (!isIpAddress(value)) {
    c.add(prop, "is not an ip address", value, "give an ipv4 or ipv6 address such as 203.0.113.10");
  }
}

/**
 * Checks a URL's format: absolute, `http:` or `https:`, no credentials in it.
 * Whether `http:` is acceptable is the guard's decision, not a props error.
 */
export function checkHttpUrl(c: PropsChecker, prop: string, value: unknown, max: number): void {
  if (value === undefined || isScalarToken(value)) return;
  const before = c.count;
  c.string(prop, value, { min: 1, max });
  if (typeof value !== "string" || c.count > before) return;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    c.add(prop, "is not a valid url", value, "give an absolute https:// url");
    return;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    c.add(prop, "must be an http(s) url", value, "give an absolute https:// url");
  }
  if (url.username || url.password) {
    c.add(
      prop,
      "must not carry credentials in the url",
      "(url with user info, not shown)",
      "pass credentials as separate props (secrets as Secret), not inside the url",
    );
  }
}

/** Checks that a list has no repeated literal values; `key` normalises values before comparing. */
export function checkUnique(
  c: PropsChecker,
  prop: string,
  list: readonly unknown[] | undefined,
  key: (v: string) => string = (v) => v,
  fix = "list each value once",
): void {
  const seen = new Set<string>();
  list?.forEach((v, i) => {
    if (typeof v !== "string" || isToken(v)) return;
    const k = key(v);
    if (k === "") return;
    if (seen.has(k)) c.add(`${prop}[${i}]`, "is listed twice", v, fix);
    seen.add(k);
  });
}

/** Checks a whole number of at least `min` (no upper bound is documented). */
export function checkAtLeast(
  c: PropsChecker,
  prop: string,
  value: unknown,
  min: number,
  unit: string,
): void {
  if (value === undefined || isScalarToken(value)) return;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    c.add(prop, "must be a whole number", value, `give a whole number of ${unit}, at least ${min}`);
  } else if (value < min) {
    c.add(
      prop,
      `must be at least ${min} ${unit}`,
      value,
      `give a whole number of ${unit}, at least ${min}`,
    );
  }
}

/**
 * Checks a phone number written in international form (`+`, country code,
 * 8 to 15 digits, a valid number range; see core's phone-number parser) of
 * at most `max` characters. Returns the parsed number, or undefined when it
 * is absent, a token or refused.
 */
export function checkPhoneNumber(
  c: PropsChecker,
  prop: string,
  value: unknown,
  max: number,
): ParsedPhoneNumber | undefined {
  if (value === undefined || isScalarToken(value)) return undefined;
  const before = c.count;
  c.string(prop, value, { min: 1, max });
  if (typeof value !== "string" || c.count > before) return undefined;
  const parsed = parsePhoneNumber(value);
  if (parsed.ok) return parsed;
  c.add(prop, parsed.reason, value, PHONE_NUMBER_FIX);
  return undefined;
}

/**
 * Checks a call-transfer target (`tel:+<number>`, `sip:`/`sips:+<number>@<host>`)
 * of at most `max` characters with core's transfer-target parser, the one
 * the guard's rules use. Returns the parsed target, or undefined when it is
 * absent, a token or refused.
 */
export function checkTransferTarget(
  c: PropsChecker,
  prop: string,
  value: unknown,
  max: number,
): ParsedTransferTarget | undefined {
  if (value === undefined || isScalarToken(value)) return undefined;
  const before = c.count;
  c.string(prop, value, { min: 1, max });
  if (typeof value !== "string" || c.count > before) return undefined;
  const parsed = parseTransferTarget(value);
  if (parsed.ok) return parsed;
  c.add(prop, parsed.reason, value, TRANSFER_TARGET_FIX);
  return undefined;
}
