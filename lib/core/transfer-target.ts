/**
 * Call-transfer targets and SIP URIs, one parser for props validation and
 * rules alike. A transfer target is `tel:<global number>` (RFC 3966) or
 * `sip:`/`sips:<number>@<host>` (RFC 3261), schemes case-insensitive. The
 * number is read by {@link parsePhoneNumber} after RFC 3966 visual
 * separators (`-`, `.`, parentheses) are allowed; URIs never hold spaces.
 * Parsing is anchored: the scheme is the start of the text, the user part
 * ends at the first `@` and the host at the first `;`, so a `sip:` target
 * whose parameters mention `tel:+…` or another host is a SIP target on the
 * host it names. Nothing here throws.
 */
import { canonicalIpAddress, ipFamily } from "./ip-address";
import { ParsedPhoneNumber, parsePhoneNumber } from "./phone-number";

/** URI parameters, names lowercased, in the order given; a flag has the value `""`. */
export type UriParameters = Readonly<Record<string, string>>;

/** A SIP or SIPS URI that parsed. */
export interface ParsedSipUri {
  /** Always true. */
  readonly ok: true;
  /** `sip` or `sips`, lowercased. */
  readonly scheme: "sip" | "sips";
  /** The user part, %-escapes decoded and its own parameters left out; undefined when there is none. */
  readonly user?: string;
  /** Parameters of the user part (`;isub=…` of a telephone-subscriber), names lowercased. */
  readonly userParams: UriParameters;
  /** The user part as a phone number, when it is a valid global number (`+1-888-333-4444`). */
  readonly number?: ParsedPhoneNumber;
  /** The host, lowercased, without a trailing dot; an IPv6 address compressed and without brackets. */
  readonly host: string;
  /** Whether the host is a name or an IPv4 or IPv6 address. */
  readonly hostKind: "name" | "ipv4" | "ipv6";
  /** The port, when one is given. */
  readonly port?: number;
  /** The URI parameters (`transport`, `user`, `maddr`…); the `transport` value is lowercased. */
  readonly params: UriParameters;
  /** True for `sips:` and for `;transport=tls` (or `tls-sctp`): signalling protected by TLS. */
  readonly tls: boolean;
}

/** A transfer target that parsed: always a phone number, reached directly or through a SIP host. */
export interface ParsedTransferTarget {
  /** Always true. */
  readonly ok: true;
  /** `tel` or `sip` (for both `sip:` and `sips:`). */
  readonly kind: "tel" | "sip";
  /** The scheme, lowercased. */
  readonly scheme: "tel" | "sip" | "sips";
  /** The number the call is transferred to. */
  readonly number: ParsedPhoneNumber;
  /** The SIP host the transfer goes through (see {@link ParsedSipUri.host}); undefined for `tel:`. */
  readonly host?: string;
  /** The SIP port, when one is given. */
  readonly port?: number;
  /** The URI parameters: `tel:` parameters (`ext`, `isub`…) or the SIP URI's parameters. */
  readonly params: UriParameters;
  /** True for `sips:` and `;transport=tls`; false for `tel:`, whose transport the provider decides. */
  readonly tls: boolean;
}

/** Text that did not parse. */
export interface UriProblem {
  /** Always false. */
  readonly ok: false;
  /** What is wrong, lowercase, to follow the prop name. */
  readonly reason: string;
}

/** How to write a transfer target, for the fix part of an error. */
export const TRANSFER_TARGET_FIX =
  "use tel:+<number> or sip:+<number>@<termination host>, the number in international form (a business number, never a personal one)";

const TLS_TRANSPORTS = new Set(["tls", "tls-sctp"]);
const PARAM = /^[A-Za-z0-9\-_.!~*'()%[\]/:&+$]+$/;
const USER = /^[A-Za-z0-9\-_.!~*'()%&=+$,;/]+$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Parses a call-transfer target: `tel:+1-888-333-4444`,
 * `sip:+18883334444@trunk.example.com:5061;transport=tls` or `sips:…`. The
 * number must be a valid international number; a SIP target must have one
 * as its user part, no password, no headers and no `maddr` (which would
 * send the call to another host than the one named).
 */
export function parseTransferTarget(text: unknown): ParsedTransferTarget | UriProblem {
  const basic = basicProblem(text);
  if (basic) return problem(basic);
  const s = text as string;
  const scheme = /^(tel|sips?):/i.exec(s)?.[1].toLowerCase();
  if (scheme === "tel") {
    const tel = telephoneSubscriber(s.slice(4));
    if (!tel.ok) return tel;
    return { ok: true, kind: "tel", scheme, number: tel.number, params: tel.params, tls: false };
  }
  if (scheme === undefined) return problem("must start with tel:, sip: or sips:");
  const sip = parseSipUri(s);
  if (!sip.ok) return sip;
  if (sip.user === undefined)
    return problem("has no user part: give the number before the host, sip:+<number>@<host>");
  if (!/^\+?[0-9().-]+$/.test(sip.user))
    return problem("has a user part that is not a phone number: give sip:+<number>@<host>");
  const tel = telephoneSubscriber(sip.user, sip.userParams);
  if (!tel.ok) return tel;
  if (Object.hasOwn(sip.params, "maddr"))
    return problem(
      "has a maddr parameter, which sends the call to another host than the one named",
    );
  return {
    ok: true,
    kind: "sip",
    scheme: sip.scheme,
    number: tel.number,
    host: sip.host,
    ...(sip.port !== undefined ? { port: sip.port } : {}),
    params: sip.params,
    tls: sip.tls,
  };
}

/**
 * Parses a `sip:` or `sips:` URI: `[user[;params]@]host[:port][;params]`.
 * Refuses passwords (`user:secret@`), headers (`?…`), spaces and malformed
 * hosts, ports and parameters.
 */
export function parseSipUri(text: unknown): ParsedSipUri | UriProblem {
  const basic = basicProblem(text);
  if (basic) return problem(basic);
  const s = text as string;
  const m = /^(sips?):/i.exec(s);
  if (!m) return problem("must start with sip: or sips:");
  const scheme = m[1].toLowerCase() as "sip" | "sips";
  const rest = s.slice(m[0].length);
  if (rest.includes("?")) return problem("must not carry headers (?…)");
  const at = rest.indexOf("@");
  const userInfo = at >= 0 ? rest.slice(0, at) : undefined;
  const afterUser = at >= 0 ? rest.slice(at + 1) : rest;
  if (afterUser.includes("@")) return problem("has more than one @");
  const semi = afterUser.indexOf(";");
  const hostPort = hostAndPort(semi >= 0 ? afterUser.slice(0, semi) : afterUser);
  if (!hostPort.ok) return hostPort;
  const params = parameters(semi >= 0 ? afterUser.slice(semi + 1) : "", "uri");
  if (!params.ok) return params;
  let user: string | undefined;
  let userParams: UriParameters = {};
  if (userInfo !== undefined) {
    const u = userPart(userInfo);
    if (!u.ok) return u;
    ({ user, userParams } = u);
  }
  const number = user?.startsWith("+") ? telephoneSubscriber(user, userParams) : undefined;
  const transport = params.params.transport;
  return {
    ok: true,
    scheme,
    ...(user !== undefined ? { user } : {}),
    userParams,
    ...(number?.ok ? { number: number.number } : {}),
    ...hostPort.host,
    params: params.params,
    tls: scheme === "sips" || (transport !== undefined && TLS_TRANSPORTS.has(transport)),
  };
}

/**
 * The host of a SIP URI or of a bare `host[:port]` (as a trunk's termination
 * URI is often given), normalised as in {@link ParsedSipUri.host};
 * undefined when the text is neither.
 */
export function sipHostOf(uriOrHost: unknown): string | undefined {
  if (typeof uriOrHost !== "string") return undefined;
  if (/^sips?:/i.test(uriOrHost)) {
    const uri = parseSipUri(uriOrHost);
    return uri.ok ? uri.host : undefined;
  }
  if (basicProblem(uriOrHost)) return undefined;
  const hp = hostAndPort(uriOrHost);
  return hp.ok ? hp.host.host : undefined;
}

/** True for a SIP URI that parses and asks for TLS signalling (`sips:`, `;transport=tls`). */
export function isTlsSipUri(text: unknown): boolean {
  const uri = parseSipUri(text);
  return uri.ok && uri.tls;
}

type HostPort = Pick<ParsedSipUri, "host" | "hostKind" | "port">;

function basicProblem(text: unknown): string | undefined {
  if (typeof text !== "string") return "must be a string";
  if (text === "") return "is empty";
  if (/\s/.test(text)) return "must not contain spaces";
  if (/[<>"]/.test(text)) return "must be a bare uri, without <>, quotes or a display name";
  return undefined;
}

function telephoneSubscriber(
  text: string,
  given?: UriParameters,
): { ok: true; number: ParsedPhoneNumber; params: UriParameters } | UriProblem {
  const semi = text.indexOf(";");
  const digits = semi >= 0 ? text.slice(0, semi) : text;
  let params = given ?? {};
  if (!given && semi >= 0) {
    const p = parameters(text.slice(semi + 1), "number");
    if (!p.ok) return p;
    params = p.params;
  }
  if (!digits.startsWith("+"))
    return problem(
      "has a number without a country code: it must start with + and the country code",
    );
  if (!/^\+[0-9().-]*$/.test(digits))
    return problem("has a number with characters other than digits and the separators - . ( )");
  if (Object.hasOwn(params, "phone-context"))
    return problem("has a phone-context parameter, which a global number must not carry");
  const number = parsePhoneNumber(digits);
  if (!number.ok) return problem(`has a number that ${number.reason}`);
  return { ok: true, number, params };
}

function userPart(
  text: string,
): { ok: true; user: string; userParams: UriParameters } | UriProblem {
  if (text === "") return problem("has an empty user part before the @");
  if (text.includes(":")) return problem("must not carry a password in the uri");
  if (!USER.test(text)) return problem("has characters a sip user part cannot hold");
  const semi = text.indexOf(";");
  let user: string;
  try {
    user = decodeURIComponent(semi >= 0 ? text.slice(0, semi) : text);
  } catch {
    return problem("has a malformed %-escape in its user part");
  }
  if (user === "") return problem("has an empty user part before the @");
  const p = parameters(semi >= 0 ? text.slice(semi + 1) : "", "user part");
  return p.ok ? { ok: true, user, userParams: p.params } : p;
}

function hostAndPort(text: string): { ok: true; host: HostPort } | UriProblem {
  const m = /^(\[[^\]]*\]|[^:]*)(?::([^:]*))?$/.exec(text);
  if (!m || m[1] === "") return problem("has no host");
  let port: number | undefined;
  if (m[2] !== undefined) {
    port = /^[0-9]{1,5}$/.test(m[2]) ? Number(m[2]) : NaN;
    if (!(port >= 1 && port <= 65535)) return problem("has a port that is not 1 to 65535");
  }
  const withPort = port !== undefined ? { port } : {};
  const raw = m[1];
  if (raw.startsWith("[")) {
    const inner = raw.slice(1, -1);
    const address = ipFamily(inner) === 6 ? canonicalIpAddress(inner) : undefined;
    if (!address) return problem("has a bracketed host that is not an ipv6 address");
    return { ok: true, host: { host: address, hostKind: "ipv6", ...withPort } };
  }
  if (ipFamily(raw) === 4) return { ok: true, host: { host: raw, hostKind: "ipv4", ...withPort } };
  const name = raw.toLowerCase().replace(/\.$/, "");
  const labels = name.split(".");
  const top = labels[labels.length - 1];
  if (name.length > 253 || !labels.every((l) => LABEL.test(l)) || !/^[a-z]/.test(top))
    return problem("has a host that is not a host name or ip address");
  return { ok: true, host: { host: name, hostKind: "name", ...withPort } };
}

function parameters(text: string, where: string): { ok: true; params: UriParameters } | UriProblem {
  const out: Record<string, string> = {};
  if (text === "") return { ok: true, params: out };
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    const name = (eq >= 0 ? part.slice(0, eq) : part).toLowerCase();
    const value = eq >= 0 ? part.slice(eq + 1) : "";
    if (!PARAM.test(name) || (eq >= 0 && !PARAM.test(value)))
      return problem(`has a malformed ${where} parameter ${JSON.stringify(part)}`);
    if (Object.hasOwn(out, name)) return problem(`repeats the ${where} parameter ${name}`);
    out[name] = name === "transport" ? value.toLowerCase() : value;
  }
  return { ok: true, params: out };
}

function problem(reason: string): UriProblem {
  return { ok: false, reason };
}
