import fc from "fast-check";
import {
  isTerraformExpression,
  referencesIn,
  referencesInTemplate,
  soleReference,
  templateLiteral,
} from "../../lib/core/terraform-expression";
import { scanTemplate } from "../../lib/core/terraform-template-scanner";

const traversals = (template: string): string[] =>
  referencesInTemplate(template).map((r) => r.traversal);

describe("isTerraformExpression", () => {
  test.each([
    "${var.x}",
    "prefix-${local.y}-suffix",
    "%{ if var.enabled }on%{ endif }",
    "%{~ for s in var.list ~}${s}%{~ endfor ~}",
    "$$$${var.x} and ${var.y}",
    "%%{ literal } then %{ if true }x%{ endif }",
    "${",
  ])("treats %j as an expression", (value) => {
    expect(isTerraformExpression(value)).toBe(true);
  });

  test.each([
    "$${literal}",
    "$$${still.literal}",
    "%%{ if literal }",
    "costs $5 {not a template}",
    "100% {sure}",
    "plain text",
    "",
  ])("treats %j as a literal", (value) => {
    expect(isTerraformExpression(value)).toBe(false);
  });

  test.each([undefined, null, 42, true, ["${var.x}"], { a: "${var.x}" }])(
    "is false for the non-string %j",
    (value) => {
      expect(isTerraformExpression(value)).toBe(false);
    },
  );

  test("agrees with the template scanner on any mix of $, %, braces and quotes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("$", "%", "{", "}", "a", '"', " ")).map((a) => a.join("")),
        (s) => isTerraformExpression(s) === scanTemplate(s).expressions.length > 0,
      ),
    );
  });
});

describe("templateLiteral", () => {
  test("reads the escapes as the text they stand for", () => {
    expect(templateLiteral("$${var.x} and %%{ if }")).toBe("${var.x} and %{ if }");
    expect(templateLiteral("$$${x}")).toBe("$${x}");
  });

  test("is undefined for expressions and non-strings", () => {
    expect(templateLiteral("${var.x}")).toBeUndefined();
    expect(templateLiteral("%{ if var.on }x%{ endif }")).toBeUndefined();
    expect(templateLiteral(7)).toBeUndefined();
  });

  test("escaping any text gives back that text as a literal", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        // (a replacer function: in a replacement string "$$" would stand for one "$")
        const escaped = s.replace(/\$\{/g, () => "$${").replace(/%\{/g, "%%{");
        return !isTerraformExpression(escaped) && templateLiteral(escaped) === s;
      }),
    );
  });
});

describe("referencesInTemplate", () => {
  test("names variables, locals, resources, data sources and module outputs", () => {
    const refs = referencesInTemplate(
      "${var.x}-${local.y}-${ibm_resource_key.k.credentials}-${data.ibm_resource_group.rg.id}-${module.m.out}",
    );
    expect(refs.map((r) => [r.kind, r.address, r.attributes])).toEqual([
      ["variable", "var.x", []],
      ["local", "local.y", []],
      ["resource", "ibm_resource_key.k", ["credentials"]],
      ["data", "data.ibm_resource_group.rg", ["id"]],
      ["module", "module.m", ["out"]],
    ]);
  });

  test("reads literal keys as attributes and spells them as names", () => {
    const [ref] = referencesInTemplate('${ibm_resource_key.k.credentials["apikey"]}');
    expect(ref.attributes).toEqual(["credentials", "apikey"]);
    expect(ref.traversal).toBe("ibm_resource_key.k.credentials.apikey");
  });

  test("keeps keys that are not names in brackets", () => {
    expect(traversals('${local.m["a.b"]}')).toEqual(['local.m["a.b"]']);
    expect(traversals('${local.m["say \\"hi\\""]}')).toEqual(['local.m["say \\"hi\\""]']);
  });

  test("separates the instance key of a counted or for_each resource", () => {
    const [counted] = referencesInTemplate("${ibm_cloudant.c[0].crn}");
    expect(counted).toMatchObject({
      address: "ibm_cloudant.c",
      instance: "0",
      attributes: ["crn"],
    });
    expect(counted.traversal).toBe("ibm_cloudant.c[0].crn");
    const [keyed] = referencesInTemplate('${module.m["eu"].out}');
    expect(keyed).toMatchObject({ address: "module.m", instance: "eu", attributes: ["out"] });
    expect(keyed.traversal).toBe('module.m["eu"].out');
  });

  test("reads both splat forms alike", () => {
    expect(traversals("${ibm_x.y.*.id} ${ibm_x.y[*].id}")).toEqual(["ibm_x.y[*].id"]);
  });

  test("stops the path at a computed index and reports the index's own references", () => {
    expect(traversals("${ibm_x.y[count.index].id}")).toEqual(["ibm_x.y", "count.index"]);
    expect(referencesInTemplate("${local.m[var.k].v}").map((r) => r.traversal)).toEqual([
      "local.m",
      "var.k",
    ]);
  });

  test("looks inside function calls, conditionals, object constructors and nested strings", () => {
    expect(traversals('${lookup(var.m, "k", local.d)}')).toEqual(["var.m", "local.d"]);
    expect(traversals('${var.a == "x" ? "${local.b}" : upper(data.t.n.v)}')).toEqual([
      "var.a",
      "local.b",
      "data.t.n.v",
    ]);
    expect(traversals('${{ a = var.b, c = "}" }}')).toEqual(["var.b"]);
    expect(traversals("${jsondecode(ibm_sm_arbitrary_secret.s.payload).password}")).toEqual([
      "ibm_sm_arbitrary_secret.s.payload",
    ]);
    expect(traversals("${provider::ibm::parse(var.crn)}")).toEqual(["var.crn"]);
  });

  test("does not take for-expression and for-directive variables for references", () => {
    expect(traversals('${join(",", [for s in var.list : "${s.name}-${local.sfx}"])}')).toEqual([
      "var.list",
      "local.sfx",
    ]);
    expect(traversals("%{ for k, v in var.m }${k}=${v.name}%{ endfor }")).toEqual(["var.m"]);
  });

  test("reads if directives and strip markers", () => {
    expect(traversals("%{~ if var.on ~}${ibm_x.y.id}%{ else }${local.z}%{ endif ~}")).toEqual([
      "var.on",
      "ibm_x.y.id",
      "local.z",
    ]);
  });

  test("reports meta references such as each.value and count.index", () => {
    expect(referencesInTemplate("${each.value.name}-${path.module}")).toEqual([
      { kind: "meta", address: "each.value", attributes: ["name"], traversal: "each.value.name" },
      { kind: "meta", address: "path.module", attributes: [], traversal: "path.module" },
    ]);
  });

  test("ignores escaped templates, literals, keywords and object keys", () => {
    expect(traversals("$${var.x} %%{ if local.y }")).toEqual([]);
    expect(traversals('${true ? null : "var.x"}')).toEqual([]);
    expect(traversals("${{ name = 1 }}")).toEqual([]);
    expect(traversals("${1.5 + 2}")).toEqual([]);
  });

  test("ignores comments inside expressions", () => {
    expect(traversals("${var.a /* var.hidden */ + 1 # local.gone\n}")).toEqual(["var.a"]);
  });

  test("spells legacy numeric attributes as indexes", () => {
    expect(traversals("${var.list.0}")).toEqual(["var.list[0]"]);
  });

  test("lists each reference once, in the order they appear", () => {
    expect(traversals("${var.b}${var.a}${var.b}")).toEqual(["var.b", "var.a"]);
  });

  test("survives unterminated input", () => {
    expect(traversals("${var.x")).toEqual(["var.x"]);
    expect(traversals('${lookup(var.m, "${local.k')).toEqual(["var.m", "local.k"]);
  });
});

describe("referencesIn", () => {
  test("collects from nested values and object keys, skipping // comments", () => {
    const value = {
      "//": { metadata: "${var.ignored}" },
      tags: ["env:${var.env}", "${local.owner}"],
      env: { "${var.key_name}": "${ibm_resource_key.k.credentials.apikey}" },
      n: 3,
    };
    expect(referencesIn(value).map((r) => r.traversal)).toEqual([
      "var.env",
      "local.owner",
      "var.key_name",
      "ibm_resource_key.k.credentials.apikey",
    ]);
  });

  test("is empty for non-template values", () => {
    expect(referencesIn(undefined)).toEqual([]);
    expect(referencesIn([1, true, null, "$${var.x}"])).toEqual([]);
  });
});

describe("soleReference", () => {
  test.each([
    ["${var.x}", "var.x"],
    ["${ ibm_cloudant.c.crn }", "ibm_cloudant.c.crn"],
    ["${~ local.y ~}", "local.y"],
    ['${ibm_resource_key.k.credentials["apikey"]}', "ibm_resource_key.k.credentials.apikey"],
  ])("reads %j as %s alone", (value, traversal) => {
    expect(soleReference(value)?.traversal).toBe(traversal);
  });

  test.each([
    "x-${var.x}",
    " ${var.x}",
    "${var.x}${var.y}",
    "${upper(var.x)}",
    "${var.x == 1}",
    "${var.m[local.k]}",
    '${"${var.x}"}',
    "%{ if var.x }y%{ endif }",
    "$${var.x}",
    "var.x",
  ])("is undefined for %j", (value) => {
    expect(soleReference(value)).toBeUndefined();
  });
});
