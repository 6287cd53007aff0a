import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { validateSarif } from "../fixtures/sarif";
import { fixture, scan, tempDir, writeTree } from "./scan-kit";

const modules = fixture("hcl-modules");
const plan = fixture("plan.json");

function ackFile(entries: unknown): string {
  const dir = tempDir();
  writeTree(dir, { "acks.json": entries });
  return path.join(dir, "acks.json");
}

describe("scan reports", () => {
  test("SARIF is valid 2.1.0 and each result carries its real file and line", async () => {
    const run = await scan("--format", "sarif", "--output", "out.sarif", modules, plan);
    const log = JSON.parse(run.files.get("out.sarif") as string);
    expect(validateSarif(log)).toEqual([]);
    const results = log.runs[0].results;
    const cloudant = results.find(
      (r: { message: { text: string }; ruleId: string }) =>
        r.message.text.startsWith("module.events.ibm_cloudant.store:") &&
        r.ruleId === "VAW-CLOUDANT-1",
    );
    const loc = cloudant.locations[0].physicalLocation;
    expect(log.runs[0].artifacts[loc.artifactLocation.index].location.uri).toBe(
      loc.artifactLocation.uri,
    );
    expect(loc.artifactLocation.uri).toMatch(/modules\/event-store\/main\.tf$/);
    expect(loc.region).toEqual({ startLine: 9 });
    expect(results.every((r: { ruleIndex?: number }) => r.ruleIndex !== undefined)).toBe(true);
    // the text report still goes to standard output
    expect(run.stdout[run.stdout.length - 1]).toMatch(/resources checked in 2 documents/);
  });

  test("JUnit XML is well-formed and names each finding", async () => {
    const run = await scan("--format", "junit", modules, plan);
    const xml = run.stdout.join("\n");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => ["testsuite", "testcase"].includes(n),
    }).parse(xml);
    const names: string[] = parsed.testsuites.testsuite.flatMap(
      (s: { testcase: { "@_name": string }[] }) => s.testcase.map((c) => c["@_name"]),
    );
    const json = JSON.parse((await scan("--format", "json", modules, plan)).stdout.join("\n"));
    for (const f of json.findings)
      expect(names).toContain(
        `${f.ruleId} ${f.address}${f.attributePath ? ` ${f.attributePath}` : ""}`,
      );
    const failures = parsed.testsuites.testsuite.flatMap(
      (s: { testcase: { failure?: unknown }[] }) => s.testcase.filter((c) => c.failure),
    );
    expect(failures.length).toBe(json.counts.failing);
  });

  test("the JSON report is byte-identical from run to run", async () => {
    const a = await scan("--format", "json", modules, plan);
    const b = await scan("--format", "json", modules, plan);
    expect(a.stdout.join("\n")).toBe(b.stdout.join("\n"));
  });

  test("--fail-on warning turns warnings into exit 1; a clean scan is 0", async () => {
    expect((await scan("--fail-on", "warning", fixture("hcl-clean"))).code).toBe(0);
    const dir = writeTree(tempDir(), {
      "main.tf":
        'resource "ibm_cloudant" "c" {\n  name = "c"\n  location = "us-south"\n  plan = "standard"\n  legacy_credentials = false\n  enable_cors = true\n}\n',
    });
    expect((await scan(dir)).code).toBe(0);
    expect((await scan("--fail-on", "warning", dir)).code).toBe(1);
  });
});

describe("scan acknowledgements file", () => {
  test("accepts a finding by address prefix with its reason, and reports a stale one", async () => {
    const acks = ackFile({
      acknowledgements: [
        {
          ruleId: "VAW-CLOUDANT-1",
          address: "module.events",
          reason: "legacy login kept until the migration in CHG-1234",
          expires: "2099-12-31",
        },
        {
          ruleId: "VAW-KEY-1",
          address: "module.nowhere",
          reason: "this one accepts nothing and is stale",
        },
      ],
    });
    const run = await scan("--acknowledgements", acks, modules);
    expect(run.code).toBe(0);
    expect(run.stdout).toContainEqual(
      expect.stringMatching(
        /error VAW-CLOUDANT-1 module\.events\.ibm_cloudant\.store .*\[acknowledged: legacy login kept until the migration in CHG-1234, until 2099-12-31\]/,
      ),
    );
    expect(run.stdout).toContainEqual(
      expect.stringMatching(
        /warning VAW-GUARD-1: acknowledgement of VAW-KEY-1 for module\.nowhere \(.*acks\.json#2\) matches no finding/,
      ),
    );
  });

  test("an expired acknowledgement no longer accepts the finding", async () => {
    const acks = ackFile([
      {
        ruleId: "VAW-CLOUDANT-1",
        address: "module.events.ibm_cloudant.store",
        reason: "accepted for the pilot phase only",
        expires: "2020-01-31",
      },
    ]);
    const run = await scan("--acknowledgements", acks, modules);
    expect(run.code).toBe(1);
    expect(run.stdout).toContainEqual(
      expect.stringMatching(/\[acknowledgement expired after 2020-01-31\]/),
    );
  });

  test("a short reason, a rule that cannot be acknowledged, a bad date and an unknown field refuse the file, each named", async () => {
    const acks = ackFile([
      { ruleId: "VAW-CLOUDANT-1", address: "module.events", reason: "too short" },
      {
        ruleId: "VAW-SECRET-1",
        address: "ibm_cloudant.c",
        reason: "a literal secret we really want to keep here",
      },
      {
        ruleId: "VAW-CLOUDANT-1",
        address: "module.events",
        reason: "a reason that is long enough to pass",
        expires: "31/12/2099",
      },
      {
        ruleId: "VAW-CLOUDANT-1",
        address: "module.events",
        reason: "a reason that is long enough to pass",
        expiry: "2099-12-31",
      },
    ]);
    const run = await scan("--acknowledgements", acks, modules);
    expect(run.code).toBe(2);
    const err = run.stderr.join("\n");
    expect(err).toMatch(/acks\.json#1: reason must be at least 20 characters/);
    expect(err).toMatch(/acks\.json#2: ruleId names a rule that cannot be acknowledged/);
    expect(err).toMatch(/acks\.json#3: expires must be a date written YYYY-MM-DD/);
    expect(err).toMatch(/acks\.json#4: expiry is not a field of an acknowledgement/);
    expect(run.stdout).toEqual([]);
  });
});

describe("scan command line", () => {
  test("--help documents the exit codes, --version prints the package version", async () => {
    const help = await scan("--help");
    expect(help.code).toBe(0);
    expect(help.stdout.join("\n")).toMatch(/exit codes:\n  0 .*\n  1 .*\n  2 /);
    const version = await scan("--version");
    expect(version.stdout).toEqual([
      (
        JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
          version: string;
        }
      ).version,
    ]);
  });

  test("bad options and missing paths are exit 2", async () => {
    expect((await scan()).code).toBe(2);
    expect((await scan("--format", "xml", modules)).stderr.join("")).toMatch(
      /--format must be text, json, sarif or junit/,
    );
    expect((await scan("--fail-on", "info", modules)).code).toBe(2);
    expect((await scan("--bogus", modules)).code).toBe(2);
    const missing = await scan(path.join(tempDir(), "nope"));
    expect(missing).toMatchObject({ code: 2, stdout: [] });
    expect(missing.stderr.join("")).toMatch(/no such file or directory/);
  });
});
