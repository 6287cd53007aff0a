import { parseSipUri, parseTransferTarget, sipHostOf } from "../../lib/core/transfer-target";

function reason(text: unknown): string {
  const r = parseTransferTarget(text);
  if (r.ok) throw new Error(`${String(text)} parsed as ${r.kind}`);
  return r.reason;
}

describe("parseTransferTarget", () => {
  test("reads a tel target's number", () => {
    const r = parseTransferTarget("tel:+18883334444");
    expect(r).toMatchObject({ ok: true, kind: "tel", scheme: "tel", tls: false, params: {} });
    expect(r.ok && r.number).toMatchObject({ e164: "+18883334444", type: "TOLL_FREE" });
    expect(r.ok && r.host).toBeUndefined();
  });

  test.each([
    "tel:+1-888-333-4444",
    "tel:+1.888.333.4444",
    "tel:+1(888)333-4444",
    "TEL:+18883334444",
  ])("allows RFC 3966 visual separators and any scheme case in %s", (text) => {
    const r = parseTransferTarget(text);
    expect(r.ok && r.number.e164).toBe("+18883334444");
  });

  test("reads tel parameters and drops a (0) trunk prefix", () => {
    expect(parseTransferTarget("tel:+18883334444;EXT=12")).toMatchObject({
      ok: true,
      params: { ext: "12" },
    });
    const uk = parseTransferTarget("tel:+44(0)2079460018");
    expect(uk.ok && uk.number.e164).toBe("+442079460018");
  });

  test("reads a sip target's number, host, port and transport", () => {
    const r = parseTransferTarget("SIP:+18883334444@Trunk.Example.com:5061;transport=TLS");
    expect(r).toMatchObject({
      ok: true,
      kind: "sip",
      scheme: "sip",
      host: "trunk.example.com",
      port: 5061,
      params: { transport: "tls" },
      tls: true,
    });
    expect(r.ok && r.number.e164).toBe("+18883334444");
  });

  test("takes sips as tls, and sip without a tls transport as not", () => {
    expect(parseTransferTarget("sips:+18883334444@trunk.example.com")).toMatchObject({
      kind: "sip",
      scheme: "sips",
      tls: true,
    });
    expect(parseTransferTarget("sip:+18883334444@trunk.example.com;transport=udp")).toMatchObject({
      tls: false,
    });
    expect(parseTransferTarget("sip:+18883334444@trunk.example.com")).toMatchObject({
      tls: false,
    });
  });

  test("reads a sip target on another host that mentions tel: as a sip target on that host", () => {
    const r = parseTransferTarget("sip:+18883334444@evil.example.net;x=tel:+18883334444");
    expect(r).toMatchObject({ ok: true, kind: "sip", host: "evil.example.net" });
  });

  test("takes the host after the first @, not one named in a parameter", () => {
    expect(reason("sip:+18883334444@evil.example.net;x=y@trunk.example.com")).toMatch(
      /more than one @/,
    );
  });

  test("reads ip hosts and %-escaped users", () => {
    expect(parseTransferTarget("sip:+18883334444@192.0.2.10")).toMatchObject({
      host: "192.0.2.10",
    });
    expect(parseTransferTarget("sip:%2B18883334444@[2001:DB8::1]:5060")).toMatchObject({
      host: "2001:db8::1",
      port: 5060,
    });
  });

  test.each([
    ["tel:+0123", /number that has 4 digits/],
    ["tel:+1234567890123456789", /number that has 19 digits/],
    ["tel:+1 888 333 4444", /must not contain spaces/],
    [" tel:+18883334444", /must not contain spaces/],
    ["tel:18883334444", /without a country code/],
    ["tel:+1888333444x", /characters other than digits/],
    ["tel:+18883334444;phone-context=example.com", /phone-context/],
    ["tel:+18883334444;ext=1;ext=2", /repeats the number parameter ext/],
    ["tel:+44 7700 900123", /spaces/],
    ["tel:+447700900123", /number that is not a valid \+44 number/],
    ["sip:support@pbx.example.com", /user part that is not a phone number/],
    ["sip:trunk.example.com", /no user part/],
    ["sip:@trunk.example.com", /empty user part/],
    ["sip:+18883334444:secret@trunk.example.com", /password/],
    ["sip:+18883334444@trunk.example.com?Subject=hi", /headers/],
    ["sip:+18883334444@trunk.example.com;maddr=evil.example.net", /maddr/],
    ["sip:+18883334444@", /no host/],
    ["sip:+18883334444@trunk..example.com", /not a host name or ip address/],
    ["sip:+18883334444@-trunk.example.com", /not a host name/],
    ["sip:+18883334444@trunk.example.123", /not a host name/],
    ["sip:+18883334444@[192.0.2.1]", /bracketed host that is not an ipv6/],
    ["sip:+18883334444@trunk.example.com:0", /port that is not 1 to 65535/],
    ["sip:+18883334444@trunk.example.com:65536", /port/],
    ["sip:+18883334444@trunk.example.com:x", /port/],
    ["sip:%E0%A4%A@trunk.example.com", /malformed %-escape/],
    ["sip:+18883334444@trunk.example.com;transport=tls;transport=udp", /repeats/],
    ["sip:+18883334444@trunk.example.com;bad param", /spaces/],
    ["sip:+18883334444@trunk.example.com;a=b=c", /malformed uri parameter/],
    ["<sip:+18883334444@trunk.example.com>", /bare uri/],
    ["http://example.com", /must start with tel:, sip: or sips:/],
    ["+18883334444", /must start with tel:/],
    ["", /is empty/],
  ])("refuses %j", (text, why) => {
    expect(reason(text)).toMatch(why);
  });

  test.each([undefined, null, 18883334444, {}])("refuses the non-string %j", (value) => {
    expect(reason(value)).toBe("must be a string");
  });

  test("does not take inherited names for parameters", () => {
    expect(parseTransferTarget("sip:+18883334444@trunk.example.com;constructor")).toMatchObject({
      ok: true,
      params: { constructor: "" },
    });
    expect(parseTransferTarget("tel:+18883334444").ok).toBe(true);
  });

  test.each([
    "sip:+18885550100@billing.pstn.twilio.com",
    "sip:+18885550111@claims.pstn.twilio.com",
    "sip:+18883334444@example.pstn.twilio.com",
    "sip:+18005550101@sbc.example.com",
    "sip:+18885551000@fuzz.pstn.twilio.com",
    "tel:+18885550100",
    "tel:+18005550100",
    "tel:+1-800-555-0100",
    "tel:+18885561999",
    "tel:+442079460000",
  ])("accepts %s, a target the examples and tests use", (text) => {
    expect(parseTransferTarget(text).ok).toBe(true);
  });
});

describe("parseSipUri", () => {
  test("reads a user-less origination uri", () => {
    expect(parseSipUri("sip:us-south.voiceagent.cloud.ibm.com;transport=tls")).toEqual({
      ok: true,
      scheme: "sip",
      userParams: {},
      host: "us-south.voiceagent.cloud.ibm.com",
      hostKind: "name",
      params: { transport: "tls" },
      tls: true,
    });
  });

  test("gives the number only when the user is a valid phone number", () => {
    const named = parseSipUri("sip:alice@pbx.example.com");
    expect(named).toMatchObject({ ok: true, user: "alice" });
    expect(named.ok && named.number).toBeUndefined();
    const numbered = parseSipUri("sip:+1-888-333-4444;isub=12@pbx.example.com;user=phone");
    expect(numbered).toMatchObject({ userParams: { isub: "12" }, params: { user: "phone" } });
    expect(numbered.ok && numbered.number?.e164).toBe("+18883334444");
  });

  test("takes tls-sctp as tls and a trailing dot off the host", () => {
    expect(parseSipUri("sip:trunk.example.com.;transport=tls-sctp")).toMatchObject({
      host: "trunk.example.com",
      tls: true,
    });
  });

  test("refuses tel and other schemes", () => {
    expect(parseSipUri("tel:+18883334444")).toEqual({
      ok: false,
      reason: "must start with sip: or sips:",
    });
  });
});

describe("sipHostOf", () => {
  test.each([
    ["claims.pstn.twilio.com", "claims.pstn.twilio.com"],
    ["sip:Example.PSTN.twilio.com", "example.pstn.twilio.com"],
    ["sbc.example.com:5061", "sbc.example.com"],
    ["sips:+18883334444@trunk.example.com:5061;transport=tls", "trunk.example.com"],
    ["[2001:db8:0::1]", "2001:db8::1"],
    ["sip:+18005550100@Trunk.Example.com:5061;transport=tls", "trunk.example.com"],
    ["sips:trunk.example.com;transport=tls", "trunk.example.com"],
  ])("reads the host of %s", (text, host) => {
    expect(sipHostOf(text)).toBe(host);
  });

  test.each(["bad host", "sip:", "tel:+18883334444", "", "a..b", 42])(
    "is undefined for %j",
    (t) => {
      expect(sipHostOf(t)).toBeUndefined();
    },
  );
});
