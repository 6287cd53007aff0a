import * as path from "path";
import { synthesizedVoiceAgentStack } from "../schema/voice-agent-stack";
import { findingKeys, scan, tempDir, writeTree } from "./scan-kit";

describe("scan of cdktf output", () => {
  test("scans every stack of a cdktf.out directory, at the JSON line of the attribute", async () => {
    // what `cdktf synth` writes: the stack name and each resource's construct path
    const synth = (stackName: string) => {
      const doc = synthesizedVoiceAgentStack();
      doc["//"] = { metadata: { backend: "local", stackName, version: "0.21.0" } };
      for (const type of Object.keys(doc.resource))
        for (const name of Object.keys(doc.resource[type]))
          doc.resource[type][name]["//"] = { metadata: { path: `${stackName}/${name}` } };
      return doc;
    };
    const good = synth("good");
    const bad = synth("bad");
    bad.resource.ibm_cloudant.events.legacy_credentials = true;
    const out = writeTree(tempDir(), {
      "manifest.json": { version: "0.21.0", stacks: {} },
      "stacks/good/cdk.tf.json": good,
      "stacks/bad/cdk.tf.json": bad,
    });
    const run = await scan("--format", "json", out);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout.join("\n"));
    expect(report.documents.map((d: { kind: string }) => d.kind)).toEqual(["cdktf", "cdktf"]);
    const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === "VAW-CLOUDANT-1");
    const text = JSON.stringify(bad, null, 2).split("\n");
    expect(finding).toMatchObject({
      address: "ibm_cloudant.events",
      constructPath: "bad/events",
      file: path.join(out, "stacks", "bad", "cdk.tf.json"),
      line: text.findIndex((l) => l.includes('"legacy_credentials": true')) + 1,
    });
  });

  test("the list form that HCL-to-JSON converters write is judged like the object form", async () => {
    const listForm = {
      resource: [
        {
          ibm_cloudant: [
            {
              db: [
                {
                  name: "db",
                  location: "us-south",
                  plan: "standard",
                  legacy_credentials: true,
                  enable_cors: false,
                },
              ],
            },
          ],
        },
      ],
    };
    const dir = writeTree(tempDir(), { "main.tf.json": listForm });
    const run = await scan("--format", "json", path.join(dir, "main.tf.json"));
    expect(findingKeys(run.stdout.join("\n"))).toEqual(["VAW-CLOUDANT-1 ibm_cloudant.db"]);
  });

  test("a JSON document whose sections have the wrong shape is exit 2 naming the section", async () => {
    const dir = writeTree(tempDir(), { "x.tf.json": { resource: { ibm_cloudant: "nope" } } });
    const run = await scan(path.join(dir, "x.tf.json"));
    expect(run.code).toBe(2);
    expect(run.stderr.join("\n")).toMatch(
      /resource\.ibm_cloudant must be an object or a list of objects, got a string/,
    );
    expect(run.stdout).toEqual([]);
  });
});
