import * as fs from "fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { Construct } from "constructs";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { GUARD_REPORT_JSON_SCHEMA, VoiceAgentGuard } from "../../lib/guard";
import { validateSarif } from "../fixtures/sarif";
import { appAndStack, secureCloudant, stackFile, writerKey } from "./guard-kit";

function validator(schema: object) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Synthesizes a stack with an error, a warning, an acknowledged finding and a stale acknowledgement. */
function synthesized() {
  const { app, stack, outdir } = appAndStack();
  VoiceAgentGuard.apply(stack, { printWarnings: false });
  const team = new Construct(stack, "team");
  new Cloudant(team, "legacy", {
    name: "legacy",
    location: "us-south",
    plan: "standard",
    legacyCredentials: true,
    enableCors: false,
  });
  writerKey(stack, "admin", secureCloudant(stack), "Manager");
  const accepted = new Cloudant(stack, "cors", {
    name: "cors",
    location: "us-south",
    plan: "standard",
    legacyCredentials: false,
  });
  VoiceAgentGuard.acknowledge(accepted, {
    ruleId: "VAW-CLOUDANT-2",
    reason: "browser dashboards read this database",
    expires: "2999-12-31",
  });
  VoiceAgentGuard.acknowledge(stack, {
    ruleId: "VAW-HTTP-1",
    reason: "left over from the old private endpoint",
  });
  expect(() => app.synth()).toThrow(/VAW-CLOUDANT-1/);
  const read = (f: string) => JSON.parse(fs.readFileSync(stackFile(outdir, "guarded", f), "utf8"));
  return { report: read("voice-agent-guard.json"), sarif: read("voice-agent-guard.sarif") };
}

describe("guard reports", () => {
  const { report, sarif } = synthesized();

  test("the SARIF log is valid against the official SARIF 2.1.0 schema", () => {
    expect(validateSarif(sarif)).toEqual([]);
  });

  test("the schema check can fail: an unknown level, a result without a message, an unknown property", () => {
    const broken = JSON.parse(JSON.stringify(sarif));
    broken.runs[0].results[0].level = "fatal";
    delete broken.runs[0].results[1].message;
    broken.runs[0].tool.driver.colour = "blue";
    const problems = validateSarif(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/runs\/0\/results\/0\/level .*equal to one of the allowed values/),
        expect.stringMatching(/^\/runs\/0\/results\/1 must have required property 'message'/),
        expect.stringMatching(/^\/runs\/0\/tool\/driver .*additional properties \(colour\)/),
      ]),
    );
  });

  test("the SARIF driver describes every rule that ran and the guard's own checks", () => {
    const driver = sarif.runs[0].tool.driver;
    expect(driver).toMatchObject({
      name: "cdktf-ibm-voice-agent",
      informationUri: "https://www.npmjs.com/package/cdktf-ibm-voice-agent",
    });
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const legacy = driver.rules.find((r: any) => r.id === "VAW-CLOUDANT-1");
    expect(legacy).toEqual({
      id: "VAW-CLOUDANT-1",
      shortDescription: {
        text: "Cloudant instances use IAM credentials only (legacy_credentials = false)",
      },
      fullDescription: { text: expect.stringContaining("Legacy Cloudant credentials") },
      help: { text: expect.stringContaining("set legacy_credentials = false") },
      helpUri: "https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant",
      defaultConfiguration: { level: "error" },
      properties: { acknowledgeable: true },
    });
    expect(driver.rules.map((r: any) => r.id)).toEqual(
      expect.arrayContaining(["VAW-GUARD-1", "VAW-GUARD-2", "VAW-GUARD-3"]),
    );
  });

  test("each SARIF result names the rule, level, construct path and the cdk.tf.json it is about", () => {
    const result = sarif.runs[0].results.find((r: any) => r.ruleId === "VAW-CLOUDANT-1");
    expect(result).toMatchObject({
      level: "error",
      message: { text: "legacy_credentials must be false, got true" },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: "stacks/guarded/cdk.tf.json" } },
          logicalLocations: [
            {
              fullyQualifiedName: "guarded/team/legacy",
              name: expect.stringMatching(/^ibm_cloudant\.team_legacy_/),
              kind: "resource",
            },
          ],
        },
      ],
    });
    expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe("VAW-CLOUDANT-1");
    expect(result.suppressions).toBeUndefined();
    expect(sarif.runs[0].results.find((r: any) => r.ruleId === "VAW-KEY-1").level).toBe("warning");
  });

  test("acknowledged findings are SARIF results with an external suppression carrying the reason", () => {
    const result = sarif.runs[0].results.find(
      (r: any) =>
        r.ruleId === "VAW-CLOUDANT-2" &&
        r.locations[0].logicalLocations[0].fullyQualifiedName === "guarded/cors",
    );
    expect(result.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: "browser dashboards read this database",
        properties: { constructPath: "guarded/cors", expires: "2999-12-31" },
      },
    ]);
  });

  test("the JSON report is valid against the shipped report schema", () => {
    const validate = validator(GUARD_REPORT_JSON_SCHEMA);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
  });

  test("the JSON report has findings, acknowledgements with reasons, rules run and not applicable, and counts", () => {
    expect(report.passed).toBe(false);
    expect(report.counts).toEqual({
      errors: 1,
      warnings: 2,
      acknowledged: 1,
      cannotVerify: 0,
      rulesRun: report.rules.length,
      rulesNotApplicable: report.notApplicableRules.length,
    });
    expect(report.acknowledgements).toEqual([
      {
        ruleId: "VAW-HTTP-1",
        constructPath: "guarded",
        reason: "left over from the old private endpoint",
        status: "unmatched",
        matchedFindings: 0,
      },
      {
        ruleId: "VAW-CLOUDANT-2",
        constructPath: "guarded/cors",
        reason: "browser dashboards read this database",
        expires: "2999-12-31",
        status: "active",
        matchedFindings: 1,
      },
    ]);
    expect(report.findings.map((f: any) => [f.ruleId, f.constructPath])).toEqual([
      ["VAW-CLOUDANT-1", "guarded/team/legacy"],
      ["VAW-CLOUDANT-2", "guarded/cors"],
      ["VAW-GUARD-1", "guarded"],
      ["VAW-KEY-1", "guarded/admin"],
    ]);
    expect(report.notApplicableRules).toEqual(
      expect.arrayContaining(["VAW-SECRET-2", "VAW-CLOUDANT-3"]),
    );
  });
});
