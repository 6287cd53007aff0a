import * as fs from "fs";
import { exampleStack, removeOutdirs, synthApp } from "./e2e-kit";

afterAll(removeOutdirs);

describe("the examples/basic stack", () => {
  test("synthesizes with its acknowledgements", () => {
    const out = synthApp();
    exampleStack(out.stack);
    expect(out.synth()?.message).toBeUndefined();
    expect(fs.existsSync(out.stackFile)).toBe(true);
    const report = out.report();
    expect(report.passed).toBe(true);
    expect(report.counts.errors).toBe(0);
    expect(report.acknowledgements.map((a) => [a.ruleId, a.status])).toEqual([
      ["VAW-DATA-1", "active"],
      ["VAW-SIP-6", "active"],
    ]);
  });

  test("fails app.synth with VAW-CLOUDANT-1 when an addOverride turns on cloudant legacy credentials", () => {
    const out = synthApp();
    const { events } = exampleStack(out.stack);
    events.resource.addOverride("legacy_credentials", true);
    const error = out.synth();
    expect(error?.message).toMatch(
      /^voice agent guard blocked synthesis of e2e \(1 error finding\)/,
    );
    expect(error?.message).toContain(
      "VAW-CLOUDANT-1 ibm_cloudant at e2e/events/Resource: legacy_credentials must be false, got true",
    );
    expect(fs.existsSync(out.stackFile)).toBe(false);
    const report = out.report();
    expect(report.passed).toBe(false);
    expect(report.findings.filter((f) => f.blocking)).toEqual([
      expect.objectContaining({
        ruleId: "VAW-CLOUDANT-1",
        constructPath: "e2e/events/Resource",
        attributePath: "legacy_credentials",
      }),
    ]);
  });

  test("still blocks the legacy-credentials override when the app skips validations", () => {
    const out = synthApp({ skipValidation: true });
    const { events } = exampleStack(out.stack);
    events.resource.addOverride("legacy_credentials", true);
    expect(out.synth()?.message).toContain("VAW-CLOUDANT-1 ibm_cloudant at e2e/events/Resource");
    expect(fs.existsSync(out.stackFile)).toBe(false);
    expect(out.report().passed).toBe(false);
  });
});
