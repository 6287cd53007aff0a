import fc from "fast-check";
import { TerraformDocument } from "../../../lib/contracts";
import { judgedByDefault, resolveValue } from "../../../lib/rules/util/rendered-values";

const doc = (json: Record<string, unknown>) => new TerraformDocument(json, "s");
/** Text that is no template: a default holding `${` or `%{` is left undecided (see below). */
const literal = fc
  .string()
  .filter((s) => !s.includes("${") && !s.includes("%{") && !s.includes("}"));

describe("resolveValue judges a variable by its literal default", () => {
  test("a whole ${var.x} is its default, of any literal type, and says which variable decided", () => {
    fc.assert(
      fc.property(fc.oneof(literal, fc.integer(), fc.boolean(), fc.array(literal)), (value) => {
        const d = doc({ variable: { x: { type: "any", default: value } } });
        const r = resolveValue(d, "${var.x}");
        expect(r).toEqual({ value, defaults: ["var.x"] });
        expect(judgedByDefault(r)).toContain("judged by the default of var.x");
      }),
    );
  });

  test("interpolations of defaults and literal locals are put into the string", () => {
    fc.assert(
      fc.property(literal, literal, literal, (prefix, digest, suffix) => {
        const d = doc({
          variable: { digest: { default: digest } },
          locals: { registry: "icr.io/ns", image: "${local.registry}/soe" },
        });
        expect(resolveValue(d, `${prefix}\${local.image}@\${ var.digest }${suffix}`).value).toBe(
          `${prefix}icr.io/ns/soe@${digest}${suffix}`,
        );
      }),
    );
  });

  test("a variable without a default, with a null or expression default, or any other reference stays an expression", () => {
    const d = doc({
      variable: {
        bare: { type: "string" },
        nul: { default: null },
        expr: { default: "${var.bare}" },
        // Terraform reads a JSON default literally, but one that looks like a template is left
        // undecided rather than guessed: the rule then says it cannot verify, never passes on it
        directive: { default: "%{ if true }x%{ endif }" },
        opening: { default: "%{" },
      },
      locals: { fromResource: "${ibm_cloudant.x.crn}" },
    });
    for (const v of [
      "${var.bare}",
      "${var.nul}",
      "${var.expr}",
      "${var.directive}",
      "${var.opening}",
      "a-${var.opening}",
      "${local.fromResource}",
      "${var.missing}",
      "${ibm_cloudant.x.crn}",
      "${upper(var.nul)}",
      "a-${var.bare}",
    ])
      expect(resolveValue(d, v)).toEqual({ value: v, defaults: [] });
  });

  test("literals pass through, and a cycle of locals ends without resolving", () => {
    const d = doc({ locals: { a: "${local.b}", b: "${local.a}" } });
    expect(resolveValue(d, "Writer")).toEqual({ value: "Writer", defaults: [] });
    expect(resolveValue(d, true)).toEqual({ value: true, defaults: [] });
    expect(resolveValue(d, "${local.a}").value).toBe("${local.a}");
    expect(judgedByDefault(resolveValue(d, "x"))).toBe("");
  });
});
