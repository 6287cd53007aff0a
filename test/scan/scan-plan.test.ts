import { fixture, findingKeys, scan, tempDir, writeTree } from "./scan-kit";

const plan = fixture("plan.json");

describe("scan of terraform show -json plans", () => {
  test("reports findings by resource address and module path, at the plan's line", async () => {
    const run = await scan("--format", "json", plan);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout.join("\n"));
    const store = report.findings.find(
      (f: { address: string }) => f.address === "module.events.ibm_cloudant.store",
    );
    expect(store).toMatchObject({
      ruleId: "VAW-CLOUDANT-1",
      level: "error",
      module: "module.events",
      file: plan,
      line: 47,
    });
    expect(findingKeys(run.stdout.join("\n"))).toContain(
      "VAW-KEY-1 module.events.module.keys[0].ibm_resource_key.writer",
    );
  });

  test("a value unknown until apply is cannot-verify, never read as absent", async () => {
    const run = await scan("--format", "json", plan);
    const audit = JSON.parse(run.stdout.join("\n")).findings.filter(
      (f: { address: string }) => f.address === "ibm_cloudant.audit",
    );
    expect(audit).toEqual([
      expect.objectContaining({
        ruleId: "VAW-CLOUDANT-1",
        status: "cannot-verify",
        level: "warning",
      }),
    ]);
  });

  test("values the plan marks sensitive are never judged as literal secrets", async () => {
    const dir = tempDir();
    const file = `${dir}/plan.json`;
    writeTree(dir, {
      "plan.json": {
        format_version: "1.2",
        planned_values: {
          root_module: {
            resources: [
              {
                address: "ibm_cloudant.c",
                mode: "managed",
                type: "ibm_cloudant",
                name: "c",
                values: {
                  name: "c",
                  location: "us-south",
                  plan: "standard",
                  legacy_credentials: false,
                  enable_cors: false,
                },
                sensitive_values: {},
              },
              {
                address: "ibm_sm_arbitrary_secret.s",
                mode: "managed",
                type: "ibm_sm_arbitrary_secret",
                name: "s",
                values: {
                  name: "s",
                  instance_id: "x",
                  payload: "resolved-secret-value-from-a-variable",
                },
                sensitive_values: { payload: true },
              },
            ],
          },
        },
        resource_changes: [],
        configuration: { root_module: {} },
      },
    });
    const run = await scan("--format", "json", file);
    const report = JSON.parse(run.stdout.join("\n"));
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === "VAW-SECRET-1")).toEqual(
      [],
    );
    expect(JSON.stringify(report)).not.toContain("resolved-secret-value-from-a-variable");
  });

  test("a state file (terraform show -json of a state) is read from values", async () => {
    const dir = writeTree(tempDir(), {
      "state.json": {
        format_version: "1.0",
        values: {
          root_module: {
            resources: [
              {
                address: "ibm_cloudant.c",
                mode: "managed",
                type: "ibm_cloudant",
                name: "c",
                values: {
                  name: "c",
                  location: "us-south",
                  plan: "standard",
                  legacy_credentials: true,
                  enable_cors: false,
                },
              },
            ],
          },
        },
      },
    });
    const run = await scan("--format", "json", `${dir}/state.json`);
    expect(findingKeys(run.stdout.join("\n"))).toEqual(["VAW-CLOUDANT-1 ibm_cloudant.c"]);
  });

  test("show output without planned values, values or changes is exit 2 with the reason", async () => {
    const dir = writeTree(tempDir(), { "p.json": { format_version: "1.2" } });
    const run = await scan(`${dir}/p.json`);
    expect(run.code).toBe(2);
    expect(run.stderr.join("\n")).toMatch(
      /looks like "terraform show -json" output .* but has no planned_values/,
    );
  });
});
