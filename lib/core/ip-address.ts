/**
 * IP addresses, subnets and ranges read with Node's own parser
 * (`net.isIP`, `net.BlockList`, `net.SocketAddress`) instead of regular
 * expressions. Addresses are global: an IPv6 zone id (`fe80::1%eth0`) only
 * means something on one host, so no allow-list or CBR zone can hold one.
 * Nothing here throws.
 */
import { BlockList, isIP, SocketAddress } from "node:net";

/** An IP version. */
export type IpFamily = 4 | 6;

const LAST_ADDRESS: Readonly<Record<IpFamily, string>> = Object.freeze({
  4: "255.255.255.255",
  6: "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
});

/**
 * The version of one IP address (`203.0.113.10` → 4, `2001:db8::1` → 6);
 * undefined for anything else: ranges, subnets, host names, addresses with
 * a zone id or surrounding spaces, IPv4 with leading zeros.
 */
export function ipFamily(text: unknown): IpFamily | undefined {
  if (typeof text !== "string" || text.includes("%")) return undefined;
  const family = isIP(text);
  return family === 4 || family === 6 ? family : undefined;
}

/** True for one IPv4 or IPv6 address without a zone id (see {@link ipFamily}). */
export function isIpAddress(text: unknown): boolean {
  return ipFamily(text) !== undefined;
}

/**
 * One spelling per address, for comparing: IPv6 lowercased and compressed
 * (`2001:DB8:0::1` → `2001:db8::1`), IPv4 as given; undefined when the text
 * is not an address.
 */
export function canonicalIpAddress(text: unknown): string | undefined {
  const family = ipFamily(text);
  if (family === undefined) return undefined;
  return new SocketAddress({ address: text as string, family: `ipv${family}` }).address;
}

/** The three kinds of address a CBR network zone takes (the values of the provider's `type`). */
export type CbrAddressKind = "ipAddress" | "subnet" | "ipRange";

/** An address of a CBR network zone, its kind told from the text. */
export interface ParsedCbrAddress {
  /** Always true. */
  readonly ok: true;
  /** `ipAddress` (`169.61.56.226`), `subnet` (`10.0.0.0/24`) or `ipRange` (`1.2.3.4-1.2.3.9`). */
  readonly type: CbrAddressKind;
  /** The address as given. */
  readonly value: string;
  /** The IP version. */
  readonly family: IpFamily;
}

/** Text that is not an address a CBR zone takes. */
export interface CbrAddressProblem {
  /** Always false. */
  readonly ok: false;
  /** What is wrong, lowercase, to follow the prop name. */
  readonly reason: string;
}

/** The result of {@link parseCbrAddress}. */
export type CbrAddressResult = ParsedCbrAddress | CbrAddressProblem;

/**
 * Reads an address of a CBR network zone: one IPv4 or IPv6 address, a CIDR
 * subnet with a prefix of at least 1 (`/0` would admit every address), or
 * an inclusive range `start-end` of one IP version whose start is not after
 * its end. Zone ids are refused, and so (as before the parser moved here)
 * IPv6 written with an embedded IPv4 part (`::ffff:1.2.3.4`) in a subnet or
 * range. Never throws.
 */
export function parseCbrAddress(text: unknown): CbrAddressResult {
  if (typeof text !== "string") return problem("must be a string");
  if (text === "") return problem("is empty");
  if (/\s/.test(text)) return problem("must not contain spaces");
  if (text.includes("%"))
    return problem("has an ipv6 zone id (%…), which only means something on one host");
  if (/[-/]/.test(text) && /:.*\./.test(text))
    return problem("writes an ipv6 address with an embedded ipv4 part in a subnet or range");
  if (text.includes("-")) return range(text);
  if (text.includes("/")) return subnet(text);
  const family = ipFamily(text);
  return family
    ? { ok: true, type: "ipAddress", value: text, family }
    : problem("is not an ip address, cidr subnet or ip range");
}

function range(text: string): CbrAddressResult {
  const parts = text.split("-");
  if (parts.length !== 2) return problem("is not a range of two addresses, start-end");
  const [start, end] = parts.map(ipFamily);
  if (start === undefined || end === undefined)
    return problem(`has ${start === undefined ? "a start" : "an end"} that is not an ip address`);
  if (start !== end) return problem("mixes an ipv4 and an ipv6 address in one range");
  const fromStart = new BlockList();
  fromStart.addRange(parts[0], LAST_ADDRESS[start], `ipv${start}`);
  if (!fromStart.check(parts[1], `ipv${start}`))
    return problem("is a range that ends before it starts");
  return { ok: true, type: "ipRange", value: text, family: start };
}

function subnet(text: string): CbrAddressResult {
  const parts = text.split("/");
  const family = parts.length === 2 ? ipFamily(parts[0]) : undefined;
  if (family === undefined) return problem("is not a cidr subnet (address/prefix)");
  const max = family === 4 ? 32 : 128;
  const bits = /^[0-9]{1,3}$/.test(parts[1]) ? Number(parts[1]) : NaN;
  if (bits === 0) return problem("has prefix /0, which admits every address");
  if (!(bits >= 1 && bits <= max))
    return problem(`has prefix /${parts[1]}, but an ipv${family} subnet's prefix is 1 to ${max}`);
  return { ok: true, type: "subnet", value: text, family };
}

function problem(reason: string): CbrAddressProblem {
  return { ok: false, reason };
}
