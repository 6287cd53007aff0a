import { formatSchemaProblem, formatSchemaProblems, formatSchemaSummary } from "../../lib/schema";

const problem = {
  address: "ibm_cloudant.events",
  path: "cors_config[0].origins",
  message: 'required argument "origins" is missing, got nothing; set it',
  code: "missing-required" as const,
};

describe("formatting problems", () => {
  test("formats a problem as file: address: path: message", () => {
    expect(formatSchemaProblem(problem, "cdk.tf.json")).toBe(
      'cdk.tf.json: ibm_cloudant.events: cors_config[0].origins: required argument "origins" is missing, got nothing; set it',
    );
  });

  test("leaves out the file when not given and the path when empty", () => {
    expect(formatSchemaProblem({ ...problem, path: "" })).toBe(
      'ibm_cloudant.events: required argument "origins" is missing, got nothing; set it',
    );
  });

  test("ends with a summary line counting resources and problems", () => {
    expect(
      formatSchemaProblems({ problems: [problem, problem], resourcesChecked: 7 }, "a.json"),
    ).toBe(
      [
        formatSchemaProblem(problem, "a.json"),
        formatSchemaProblem(problem, "a.json"),
        "7 resources checked, 2 problems",
      ].join("\n"),
    );
    expect(formatSchemaSummary(1, 1)).toBe("1 resource checked, 1 problem");
    expect(formatSchemaSummary(0, 0)).toBe("0 resources checked, 0 problems");
  });
});
