import {
  parsePhoneNumber,
  phoneNumberKey,
  PhoneNumberType,
  samePhoneNumber,
  transferTargetNumberRisk,
} from "../../lib/core/phone-number";

function e164(text: string): string | undefined {
  const r = parsePhoneNumber(text);
  return r.ok ? r.e164 : undefined;
}

function reason(text: unknown): string {
  const r = parsePhoneNumber(text);
  if (r.ok) throw new Error(`${String(text)} parsed as ${r.e164}`);
  return r.reason;
}

describe("parsePhoneNumber", () => {
  test("reads a toll-free NANP number with its type and country", () => {
    expect(parsePhoneNumber("+1 888 333 4444")).toEqual({
      ok: true,
      e164: "+18883334444",
      countryCallingCode: "1",
      country: "US",
      type: "TOLL_FREE",
      international: "+1 888 333 4444",
    });
  });

  test.each([
    "+1 888 333 4444",
    "+18883334444",
    "+1 (888) 333-4444",
    "+1-888-333-4444",
    "+1.888.333.4444",
    "  +1 888 333 4444  ",
    "+1\u00a0888\u00a0333\u00a04444",
  ])("ignores the formatting of %j", (text) => {
    expect(e164(text)).toBe("+18883334444");
  });

  test("drops a (0) trunk prefix", () => {
    expect(e164("+44 (0)20 7946 0018")).toBe("+442079460018");
    expect(e164("+44 ( 0 ) 20 7946 0018")).toBe("+442079460018");
    expect(e164("+44 20 7946 0018")).toBe("+442079460018");
  });

  test("keeps a parenthesised 0 when only the number with it is valid", () => {
    expect(e164("+39 (0)6 6982 0000")).toBe("+390669820000");
    expect(e164("+39 06 6982 0000")).toBe("+390669820000");
  });

  test.each([
    ["+1 888 333 4444", "TOLL_FREE"],
    ["+44 20 7946 0018", "FIXED_LINE"],
    ["+41 79 123 45 67", "MOBILE"],
    ["+33 6 12 34 56 78", "MOBILE"],
    ["+1 212 555 0100", "FIXED_LINE_OR_MOBILE"],
    ["+44 70 1234 5678", "PERSONAL_NUMBER"],
    ["+44 76 2345 6789", "PAGER"],
    ["+44 56 1234 5678", "VOIP"],
    ["+44 300 123 4567", "UAN"],
    ["+1 500 555 0100", "PERSONAL_NUMBER"],
  ])("tells the type of %s: %s", (text, type) => {
    expect(parsePhoneNumber(text)).toMatchObject({ ok: true, type });
  });

  test("reads non-geographic numbers without a country", () => {
    const r = parsePhoneNumber("+800 1234 5678");
    expect(r).toMatchObject({ ok: true, e164: "+80012345678", type: "TOLL_FREE" });
    expect(r.ok && r.country).toBeUndefined();
  });

  test.each(["1", "((1))", "555-1234", "888 333 4444"])(
    "refuses %j for having no country code",
    (text) => {
      expect(reason(text)).toBe("has no country code: it must start with + and the country code");
    },
  );

  test("points at the + for a number written with 00", () => {
    expect(reason("0044 20 7946 0018")).toMatch(/write \+ instead of the international prefix 00/);
  });

  test.each([
    ["+0123 4567 890", /does not start with a country code/],
    ["+1234", /has 4 digits, but an international number has 8 to 15/],
    ["+1234567890123456789", /has 19 digits/],
    ["+15550100", /^is too short for a \+1 number$/],
    ["+1 888 333 44444", /^is too long for a \+1 number$/],
    ["+44 7700 900123", /^is not a valid \+44 number: no such number range is assigned$/],
    ["+1 888 333 4444 ext 12", /letters, extensions/],
    ["+1 888 FLOWERS", /letters/],
    ["+1 888 333 4444;ext=1", /";"/],
    ["+1 888 + 333 4444", /\+ that is not at the start/],
    ["+1 (888 333 4444", /unbalanced parentheses/],
    ["+1 888) 333 (4444", /unbalanced parentheses/],
    ["+1 ((888)) 333 4444", /nested parentheses/],
    ["", /is empty/],
  ])("refuses %j", (text, why) => {
    expect(reason(text)).toMatch(why);
  });

  test.each([undefined, null, 18883334444, ["+1 888 333 4444"]])(
    "refuses the non-string %j",
    (value) => {
      expect(reason(value)).toBe("must be a string");
    },
  );

  test.each([
    "+1 888 333 4444",
    "+1 888 333 4445",
    "+1 888 333 5555",
    "+1 888 333 6666",
    "+1 888 333 7777",
    "+1 888 333 8888",
    "+1 888 555 0142",
    "+1 (888) 333-4444",
    "+1-800-555-0100",
    "+1 800 555 0100",
    "+18885550100",
    "+18885550111",
    "+18005550100",
    "+18005550101",
    "+18005550199",
    "+18885551000",
    "+18885561999",
    "+442079460000",
  ])("accepts %j, a number the examples and tests use", (text) => {
    expect(parsePhoneNumber(text).ok).toBe(true);
  });
  test("gives a result that a caller cannot change for the next caller", () => {
    const first = parsePhoneNumber("+1 888 333 4444");
    expect(() => {
      (first as { e164: string }).e164 = "+15555550100";
    }).toThrow(TypeError);
    expect(parsePhoneNumber("+1 888 333 4444")).toMatchObject({ ok: true, e164: "+18883334444" });
    const bad = parsePhoneNumber("555-1234");
    expect(Object.isFrozen(bad)).toBe(true);
    expect(parsePhoneNumber("555-1234")).toEqual(bad);
  });

  test("reads each spelling on its own, also after many numbers", () => {
    for (let i = 0; i < 20_100; i++) parsePhoneNumber(`+1 888 ${200 + (i % 700)} ${i % 10_000}`);
    expect(parsePhoneNumber("+44 (0)20 7946 0018")).toMatchObject({ e164: "+442079460018" });
    expect(parsePhoneNumber("+442079460018").ok).toBe(true);
    expect(parsePhoneNumber("+44 20 7946 001")).toMatchObject({ ok: false });
  });
});

describe("samePhoneNumber", () => {
  test("equates spellings of one number", () => {
    expect(samePhoneNumber("+44 (0)20 7946 0018", "+44 20 7946 0018")).toBe(true);
    expect(samePhoneNumber("+1 (888) 333-4444", "+1.888.333.4444")).toBe(true);
  });

  test("tells different numbers apart", () => {
    expect(samePhoneNumber("+1 888 333 4444", "+1 888 333 4445")).toBe(false);
    expect(samePhoneNumber("+1 888 333 4444", "1 888 333 4444")).toBe(false);
  });

  test("equates repeated malformed spellings so duplicates are still found", () => {
    expect(samePhoneNumber("555-1234", "555 1234")).toBe(true);
    expect(samePhoneNumber("", "")).toBe(false);
  });
});

describe("phoneNumberKey", () => {
  test("is the E.164 form of a valid number and the digits otherwise", () => {
    expect(phoneNumberKey("+44 (0)20 7946 0018")).toBe("+442079460018");
    expect(phoneNumberKey("+1 555 0100")).toBe("+15550100");
    expect(phoneNumberKey("555-1234")).toBe("5551234");
    expect(phoneNumberKey("()")).toBe("");
  });
});

describe("transferTargetNumberRisk", () => {
  test.each<[PhoneNumberType | undefined, string]>([
    ["MOBILE", "personal"],
    ["PERSONAL_NUMBER", "personal"],
    ["PAGER", "personal"],
    ["VOICEMAIL", "personal"],
    ["FIXED_LINE", "business"],
    ["TOLL_FREE", "business"],
    ["SHARED_COST", "business"],
    ["PREMIUM_RATE", "business"],
    ["UAN", "business"],
    ["FIXED_LINE_OR_MOBILE", "undetermined"],
    ["VOIP", "undetermined"],
    [undefined, "undetermined"],
  ])("classes %s as %s", (type, risk) => {
    expect(transferTargetNumberRisk(type)).toBe(risk);
  });

  test("classes a UK mobile as personal and a North American number as undetermined", () => {
    const risk = (text: string) => {
      const r = parsePhoneNumber(text);
      return r.ok ? transferTargetNumberRisk(r.type) : r.reason;
    };
    expect(risk("+44 7911 123456")).toBe("personal");
    expect(risk("+1 212 555 0100")).toBe("undetermined");
    expect(risk("+1 888 333 4444")).toBe("business");
  });

  test("does not take inherited names for types", () => {
    expect(transferTargetNumberRisk("toString" as PhoneNumberType)).toBe("undetermined");
  });
});
