import {
  canonicalIpAddress,
  ipFamily,
  isIpAddress,
  parseCbrAddress,
} from "../../lib/core/ip-address";

function reason(text: unknown): string {
  const r = parseCbrAddress(text);
  if (r.ok) throw new Error(`${String(text)} parsed as ${r.type}`);
  return r.reason;
}

describe("parseCbrAddress", () => {
  test.each([
    ["169.61.56.226", "ipAddress", 4],
    ["2001:db8::1", "ipAddress", 6],
    ["::ffff:192.0.2.1", "ipAddress", 6],
    ["10.0.0.0/24", "subnet", 4],
    ["10.0.0.0/32", "subnet", 4],
    ["2001:db8::/48", "subnet", 6],
    ["2001:db8::/128", "subnet", 6],
    ["1.2.3.4-1.2.3.9", "ipRange", 4],
    ["1.2.3.4-1.2.3.4", "ipRange", 4],
    ["2001:db8::1-2001:db8::ff", "ipRange", 6],
    ["2001:db8::ff-2001:db8:0:0:0:0:1:0", "ipRange", 6],
  ])("reads %s as %s", (value, type, family) => {
    expect(parseCbrAddress(value)).toEqual({ ok: true, type, value, family });
  });

  test("reads the voice agent egress candidates", () => {
    for (const a of ["169.59.10.204", "169.60.155.8/29", "169.61.70.83", "169.61.102.96/29"])
      expect(parseCbrAddress(a).ok).toBe(true);
  });

  test("refuses an ipv6 range with zone ids without throwing", () => {
    expect(() => parseCbrAddress("fe80::1%eth0-fe80::2%eth0")).not.toThrow();
    expect(reason("fe80::1%eth0-fe80::2%eth0")).toMatch(/zone id/);
  });

  test("refuses an ipv6 address or subnet with a zone id", () => {
    expect(reason("fe80::1%eth0")).toMatch(/zone id/);
    expect(reason("fe80::%25eth0/64")).toMatch(/zone id/);
  });

  test.each([
    ["0.0.0.0/0", /prefix \/0, which admits every address/],
    ["::/0", /prefix \/0/],
    ["10.0.0.0/33", /prefix \/33, but an ipv4 subnet's prefix is 1 to 32/],
    ["2001:db8::/129", /prefix \/129, but an ipv6 subnet's prefix is 1 to 128/],
    ["10.0.0.0/x", /prefix \/x/],
    ["10.0.0.0/", /prefix \//],
    ["10.0.0.0/24/8", /not a cidr subnet/],
    ["example.com/24", /not a cidr subnet/],
    ["1.2.3.9-1.2.3.4", /ends before it starts/],
    ["2001:db8::ff-2001:db8::1", /ends before it starts/],
    ["1.2.3.4-2001:db8::1", /mixes an ipv4 and an ipv6 address/],
    ["1.2.3.4-1.2.3.5-1.2.3.6", /not a range of two addresses/],
    ["1.2.3.4-", /an end that is not an ip address/],
    ["-1.2.3.4", /a start that is not an ip address/],
    ["example.com", /not an ip address, cidr subnet or ip range/],
    ["10.0.0.256", /not an ip address/],
    ["010.0.0.1", /not an ip address/],
    [" 10.0.0.1", /spaces/],
    ["10.0.0.1 - 10.0.0.9", /spaces/],
    ["::ffff:1.2.3.4-::ffff:1.2.3.9", /embedded ipv4 part/],
    ["::ffff:1.2.3.0/120", /embedded ipv4 part/],
    ["", /is empty/],
  ])("refuses %j", (value, why) => {
    expect(reason(value)).toMatch(why);
  });

  test.each([undefined, null, 42, ["10.0.0.1"]])("refuses the non-string %j", (value) => {
    expect(reason(value)).toBe("must be a string");
  });
});

describe("isIpAddress", () => {
  test.each(["203.0.113.10", "2001:db8::1", "::1", "::ffff:192.0.2.1"])("accepts %s", (a) => {
    expect(isIpAddress(a)).toBe(true);
  });

  test.each([
    "fe80::1%eth0",
    "10.0.0.0/24",
    "1.2.3.4-1.2.3.9",
    "example.com",
    " 203.0.113.10",
    "010.0.0.1",
    "",
    undefined,
    42,
  ])("refuses %j", (a) => {
    expect(isIpAddress(a)).toBe(false);
  });

  test("tells the family", () => {
    expect(ipFamily("203.0.113.10")).toBe(4);
    expect(ipFamily("2001:db8::1")).toBe(6);
    expect(ipFamily("fe80::1%eth0")).toBeUndefined();
  });
});

describe("canonicalIpAddress", () => {
  test("spells one ipv6 address one way", () => {
    expect(canonicalIpAddress("2001:DB8:0:0::1")).toBe("2001:db8::1");
    expect(canonicalIpAddress("2001:db8::1")).toBe("2001:db8::1");
  });

  test("keeps ipv4 and refuses what is not an address", () => {
    expect(canonicalIpAddress("203.0.113.10")).toBe("203.0.113.10");
    expect(canonicalIpAddress("fe80::1%eth0")).toBeUndefined();
    expect(canonicalIpAddress("nope")).toBeUndefined();
  });
});
