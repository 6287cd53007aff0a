import fc from "fast-check";
import { evaluate, foldTemplate, rewriteTemplate } from "../../lib/scan/expression-rewrite";
import { scanTemplate } from "../../lib/core";
import { addressPath } from "../../lib/scan/flatten";

const literal = fc.oneof(
  fc.string().filter((s) => !s.includes("${") && !s.includes("%{")),
  fc.integer(),
  fc.boolean(),
);

describe("rewriting Terraform templates", () => {
  test("a template that is one variable reference becomes the value itself", () => {
    fc.assert(
      fc.property(literal, (v) => {
        expect(rewriteTemplate("${var.x}", () => ({ value: v }))).toEqual(v);
      }),
    );
  });

  test("a literal put inside text is folded into the text, never left as an expression", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[$%]\{/.test(s) && !/[$%]$/.test(s)),
        (v) => {
          expect(rewriteTemplate("https://${var.host}/path", () => ({ value: v }))).toBe(
            `https://${v}/path`,
          );
        },
      ),
    );
  });

  test("references it does not resolve stay as written; renamed resources keep their attributes", () => {
    expect(rewriteTemplate("${var.x}-${local.y}", () => undefined)).toBe("${var.x}-${local.y}");
    expect(
      rewriteTemplate("${ibm_cloudant.db[0].crn}", (r) =>
        r.address === "ibm_cloudant.db" ? { rename: "ibm_cloudant.m-a--db" } : undefined,
      ),
    ).toBe("${ibm_cloudant.m-a--db[0].crn}");
  });

  test("an expression value is spliced in parentheses and stays an expression", () => {
    expect(rewriteTemplate("${var.on ? 1 : 0}", () => ({ value: "${ibm_x.y.enabled}" }))).toBe(
      "${(ibm_x.y.enabled) ? 1 : 0}",
    );
  });

  test("conditionals, comparisons and negation of literals are decided", () => {
    expect(rewriteTemplate("${var.on ? 1 : 0}", () => ({ value: false }))).toBe(0);
    expect(
      rewriteTemplate('${var.crn == null ? "new" : "existing"}', () => ({ value: null })),
    ).toBe("new");
    expect(rewriteTemplate("${!var.on && true}", () => ({ value: false }))).toBe(true);
    expect(foldTemplate("${upper(var.x)}")).toBe("${upper(var.x)}");
  });

  test("evaluate refuses anything that is not made of literals", () => {
    fc.assert(
      fc.property(fc.constantFrom("var.x", "x.y", "f(1)", "[1]", "1 +"), (body) => {
        expect(evaluate(scanTemplate(`\${${body}}`).expressions[0].tokens)).toBeUndefined();
      }),
    );
  });
});

describe("addresses as construct paths", () => {
  test("one segment per module, per instance key and for the object", () => {
    expect(addressPath("ibm_cloudant.db")).toBe("ibm_cloudant.db");
    expect(addressPath("module.a.ibm_cloudant.db")).toBe("module.a/ibm_cloudant.db");
    expect(addressPath('module.a[0].module.b["x.y"].data.ibm_x.y[2]')).toBe(
      'module.a/[0]/module.b/["x.y"]/data.ibm_x.y/[2]',
    );
    expect(addressPath("module.a")).toBe("module.a");
  });
});
