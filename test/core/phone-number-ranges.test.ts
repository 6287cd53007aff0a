import fc from "fast-check";
import examples from "libphonenumber-js/examples.mobile.json";
import { judgeByParsing, libphonenumber, parsePhoneNumber } from "../../lib/core/phone-number";
import { matchRange } from "../../lib/core/phone-number-ranges";

const lib = libphonenumber();

/** What libphonenumber-js's parser says of `+digits`, in the fields the fast path answers. */
function byParsing(digits: string) {
  const r = judgeByParsing(lib, digits);
  return r.ok
    ? { e164: r.e164, countryCallingCode: r.countryCallingCode, country: r.country, type: r.type }
    : undefined;
}

function fastPath(digits: string) {
  const r = matchRange(digits);
  return r && { ...r, country: r.country };
}

/** Every country's example mobile number, as digits after `+`. */
const EXAMPLES = Object.entries(examples as Record<string, string>).map(([country, national]) => {
  const callingCode = lib.getCountryCallingCode(country as Libcountry);
  return `${callingCode}${national}`;
});
type Libcountry = Parameters<typeof lib.getCountryCallingCode>[0];

describe("the fast path of parsePhoneNumber", () => {
  it("agrees with libphonenumber-js's parser on every country's example number", () => {
    let answered = 0;
    for (const digits of EXAMPLES) {
      if (digits.length < 8 || digits.length > 15) continue;
      const fast = fastPath(digits);
      if (fast === undefined) continue;
      answered++;
      expect({ digits, ...fast }).toEqual({ digits, ...byParsing(digits) });
    }
    // it is a fast path: most valid numbers take it
    expect(answered).toBeGreaterThan(EXAMPLES.length * 0.8);
  });

  it("agrees on numbers near the examples (last digits changed) and on random numbers after a calling code", () => {
    const nearExample = fc
      .tuple(fc.constantFrom(...EXAMPLES), fc.integer({ min: 1, max: 4 }), fc.nat())
      .map(([digits, k, seed]) => digits.slice(0, -k) + String(seed).padStart(k, "0").slice(-k));
    const callingCodes = [
      ...new Set(EXAMPLES.map((d, i) => d.slice(0, d.length - Object.values(examples)[i].length))),
    ];
    const random = fc
      .tuple(
        fc.constantFrom(...callingCodes, "800", "808", "870", "881", "882", "883", "979"),
        fc.stringMatching(/^[0-9]{5,13}$/),
      )
      .map(([cc, rest]) => (cc + rest).slice(0, 15));
    fc.assert(
      fc.property(fc.oneof(nearExample, random), (digits) => {
        if (digits.length < 8 || digits.length > 15) return;
        const fast = fastPath(digits);
        if (fast !== undefined)
          expect({ digits, ...fast }).toEqual({ digits, ...byParsing(digits) });
      }),
      { numRuns: 20_000 },
    );
  });

  it("leaves to the parser a number that starts with its country's national prefix", () => {
    // +44 0 20 …: libphonenumber-js may strip the 0; the fast path does not decide
    expect(matchRange("4402079460018")).toBeUndefined();
    // +7 800 555 3535 is a valid Russian toll-free number whose national number starts with
    // Russia's national prefix (8): valid as written, yet left to the parser
    expect(byParsing("78005553535")).toMatchObject({ type: "TOLL_FREE", country: "RU" });
    expect(matchRange("78005553535")).toBeUndefined();
    expect(parsePhoneNumber("+7 800 555 3535")).toMatchObject({ ok: true, type: "TOLL_FREE" });
  });

  it("decides NANP numbers by country and type (the case it exists for)", () => {
    expect(matchRange("18883334444")).toEqual({
      e164: "+18883334444",
      countryCallingCode: "1",
      type: "TOLL_FREE",
      ...(byParsing("18883334444")?.country ? { country: byParsing("18883334444")?.country } : {}),
    });
    expect(matchRange("16135550123")?.country).toBe("CA");
    expect(matchRange("447400123456")).toMatchObject({ country: "GB", type: "MOBILE" });
  });

  it("formats the international form on demand, as libphonenumber-js does", () => {
    const parsed = parsePhoneNumber("+44 7400 123 456");
    expect(parsed.ok && parsed.international).toBe("+44 7400 123456");
  });

  it("answers nothing for an invalid number, so the parser's reason is reported", () => {
    expect(matchRange("19995550100")).toBeUndefined();
    expect(parsePhoneNumber("+1 999 555 0100")).toMatchObject({ ok: false });
  });
});
