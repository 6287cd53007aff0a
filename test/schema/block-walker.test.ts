import { exampleDocument, exampleValidator, minimalThing } from "./example-schema";

const validator = exampleValidator();

function problems(body: Record<string, unknown>): string[] {
  return validator.validate(exampleDocument(body)).problems.map((p) => `${p.code} ${p.path}`);
}

describe("blocks", () => {
  test("requires a block with min_items when it is absent", () => {
    expect(problems({ name: "n" })).toEqual(["missing-required rule"]);
  });

  test("fails fewer items than min_items and more than max_items", () => {
    expect(problems(minimalThing({ rule: [] }))).toEqual(["too-few-items rule"]);
    const four = [1, 2, 3, 4].map(() => ({ action: "allow" }));
    expect(problems(minimalThing({ rule: four }))).toEqual(["too-many-items rule"]);
  });

  test("checks every item of a list block and the set blocks inside it", () => {
    expect(
      problems(
        minimalThing({
          rule: [{ action: "allow", match: [{ cidr: "10.0.0.0/8" }, {}] }, { actoin: "deny" }],
        }),
      ),
    ).toEqual([
      "missing-required rule[0].match[1].cidr",
      "unknown-attribute rule[1].actoin",
      "missing-required rule[1].action",
    ]);
  });

  test("accepts a single block as an object or a one-element list, not two", () => {
    expect(problems(minimalThing({ settings_block: { mode: "strict" } }))).toEqual([]);
    expect(problems(minimalThing({ settings_block: [{ mode: "strict" }] }))).toEqual([]);
    expect(problems(minimalThing({ settings_block: [{ mode: "a" }, { mode: false }] }))).toEqual([
      "too-many-items settings_block",
      "wrong-type settings_block[1].mode",
    ]);
    expect(problems(minimalThing({ settings_block: { mode: true } }))).toEqual([
      "wrong-type settings_block.mode",
    ]);
  });

  test("checks each labelled item of a map block", () => {
    expect(problems(minimalThing({ zone: { east: { weight: 1 }, west: [{}] } }))).toEqual([
      'missing-required zone["west"].weight',
    ]);
  });

  test("rejects a value that is not a block", () => {
    expect(problems(minimalThing({ settings_block: "${local.s}", zone: [] }))).toEqual([
      "wrong-type settings_block",
      "wrong-type zone",
    ]);
  });

  test("leaves meta-arguments and // comments alone", () => {
    expect(
      problems(
        minimalThing({
          count: 2,
          for_each: "${var.things}",
          depends_on: ["example_thing.other"],
          lifecycle: { prevent_destroy: true, ignore_changes: ["labels"] },
          provider: "example.secondary",
          provisioner: [{ "local-exec": { command: "true" } }],
          connection: { host: "h" },
          "//": { metadata: { path: "stack/t" } },
          rule: [{ action: "allow", "//": "comment" }],
        }),
      ),
    ).toEqual([]);
  });

  test("validates the content of dynamic blocks and counts them as present", () => {
    const dynamicRules = {
      dynamic: {
        rule: { for_each: "${var.rules}", iterator: "r", content: { action: "${r.value}" } },
      },
    };
    expect(problems({ name: "n", ...dynamicRules })).toEqual([]);
    expect(
      problems({
        name: "n",
        dynamic: {
          rule: { for_each: "${var.rules}", content: { verb: "${r.value}" } },
          rules: { for_each: "${var.rules}", content: {} },
          zone: { content: { weight: 1 }, labels: ["${zone.key}"] },
        },
      }),
    ).toEqual([
      "unknown-attribute dynamic.rule.content.verb",
      "missing-required dynamic.rule.content.action",
      "unknown-attribute dynamic.rules",
      "missing-required dynamic.zone.for_each",
    ]);
  });
});
