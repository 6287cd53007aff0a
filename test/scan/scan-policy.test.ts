import * as path from "path";
import { fixture, scan, tempDir, writeTree } from "./scan-kit";

const modules = fixture("hcl-modules");

function files(tree: Record<string, unknown>): string {
  return writeTree(tempDir(), tree);
}

describe("scan under an organisation guard policy", () => {
  test("an acknowledgement the policy's reason pattern refuses is exit 2, naming the entry and the pattern", async () => {
    const dir = files({
      "policy.json": { reasonPattern: "CHG-[0-9]+" },
      "acks.json": [
        {
          ruleId: "VAW-CLOUDANT-1",
          address: "module.events",
          reason: "legacy login kept for the old dashboard",
        },
      ],
    });
    const run = await scan(
      "--policy",
      path.join(dir, "policy.json"),
      "--acknowledgements",
      path.join(dir, "acks.json"),
      modules,
    );
    expect(run.code).toBe(2);
    expect(run.stderr.join("\n")).toMatch(/acks\.json#1: refused: .*CHG-\[0-9\]\+/);
  });

  test("warningsFail makes an unacknowledged warning fail the scan without --fail-on", async () => {
    const dir = files({
      "policy.json": { warningsFail: true },
      "main.tf":
        'resource "ibm_cloudant" "c" {\n  name = "c"\n  location = "us-south"\n  plan = "standard"\n  legacy_credentials = false\n  enable_cors = true\n}\n',
    });
    expect((await scan(dir)).code).toBe(0);
    expect((await scan("--policy", path.join(dir, "policy.json"), dir)).code).toBe(1);
  });

  test("a policy file that is not a valid policy is exit 2 with its problems", async () => {
    const dir = files({ "policy.json": { maxAcknowledgementDays: "soon", nonsense: true } });
    const run = await scan("--policy", path.join(dir, "policy.json"), modules);
    expect(run.code).toBe(2);
    expect(run.stderr.join("\n")).toMatch(/policy\.json/);
    expect(run.stdout).toEqual([]);
  });
});
