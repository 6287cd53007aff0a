import { exampleDocument, exampleValidator, minimalThing } from "./example-schema";

const validator = exampleValidator();

function problems(extra: Record<string, unknown>): string[] {
  const result = validator.validate(exampleDocument(minimalThing(extra)));
  return result.problems.map((p) => `${p.code} ${p.path}`);
}

describe("value types", () => {
  test("accepts values of every declared type", () => {
    expect(
      problems({
        count_limit: 3,
        enabled: false,
        labels: { team: "voice", tier: 1 },
        ports: [5060, 5061],
        endpoint: { host: "sbc.example.com", port: 5061 },
        pair: ["a", 1],
        anything: { deep: [{ x: null }] },
        settings: [{ key: "k", value: "v" }, { key: "k2" }],
      }),
    ).toEqual([]);
  });

  test("accepts a number where a string is expected, as Terraform converts it", () => {
    expect(problems({ name: 42 })).toEqual([]);
  });

  test("rejects a string where a number or bool is expected unless it is an expression", () => {
    expect(problems({ count_limit: "3", enabled: "true" })).toEqual([
      "wrong-type count_limit",
      "wrong-type enabled",
    ]);
    expect(problems({ count_limit: "${var.n}", enabled: "%{if var.x}true%{endif}" })).toEqual([]);
  });

  test("treats an escaped $${ as a literal string, not an expression", () => {
    expect(problems({ count_limit: "$${var.n}" })).toEqual(["wrong-type count_limit"]);
  });

  test("accepts null as an unset optional value but not for a required one", () => {
    expect(problems({ count_limit: null, labels: null })).toEqual([]);
    expect(problems({ name: null })).toEqual(["missing-required name"]);
  });

  test("names list, set and map elements in the path", () => {
    expect(
      problems({ ports: [5060, "x"], labels: { ok: "a", bad: true }, pair: ["a", "b"] }),
    ).toEqual(["wrong-type ports[1]", 'wrong-type labels["bad"]', "wrong-type pair[1]"]);
  });

  test("rejects a scalar where a collection is expected", () => {
    expect(problems({ ports: 5060, labels: ["a"], endpoint: "sbc" })).toEqual([
      "wrong-type ports",
      "wrong-type labels",
      "wrong-type endpoint",
    ]);
  });

  test("checks object attributes: unknown, missing and optional ones", () => {
    expect(problems({ endpoint: { host: "h", tls: true, proto: "udp" } })).toEqual([
      "unknown-attribute endpoint.proto",
      "missing-required endpoint.port",
    ]);
  });

  test("checks a tuple's length", () => {
    const result = validator.validate(exampleDocument(minimalThing({ pair: ["a"] })));
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: "pair",
        code: "wrong-type",
        message: "must be a tuple of 2 elements, got a list of 1; give exactly 2",
      }),
    ]);
  });

  test("checks nested attribute types like blocks", () => {
    expect(
      problems({ settings: [{ key: "a", revision: 2 }, { value: "v" }, "${local.s}", 3] }),
    ).toEqual([
      "computed-set settings[0].revision",
      "missing-required settings[1].key",
      "wrong-type settings[3]",
    ]);
  });
});
