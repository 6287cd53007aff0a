import * as path from "path";
import { fixture, findingKeys, scan, tempDir, writeTree } from "./scan-kit";

const modules = fixture("hcl-modules");

describe("scan of HCL module directories", () => {
  test("judges a setting passed through nested module inputs where it lands, with its file and line", async () => {
    const run = await scan(modules);
    expect(run.code).toBe(1);
    expect(run.stdout).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${path.join(modules, "modules", "event-store", "main.tf")}:9: error VAW-CLOUDANT-1 module\\.events\\.ibm_cloudant\\.store \\(legacy_credentials\\): legacy_credentials must be false, got true .*var\\.legacy_mode set in .*terraform\\.tfvars`,
        ),
      ),
    );
  });

  test("terraform.tfvars beats the default, a --var-file beats both, and the value reaches a module two levels down", async () => {
    const withDefaults = await scan("--format", "json", modules);
    expect(findingKeys(withDefaults.stdout.join("\n"))).not.toContain(
      "VAW-KEY-1 module.events.module.keys.ibm_resource_key.writer",
    );
    const manager = await scan(
      "--format",
      "json",
      "--var-file",
      path.join(modules, "manager.tfvars"),
      modules,
    );
    expect(findingKeys(manager.stdout.join("\n"))).toContain(
      "VAW-KEY-1 module.events.module.keys.ibm_resource_key.writer",
    );
  });

  test("a resource whose count is 0 by its variable's default is not judged", async () => {
    const run = await scan("--format", "json", modules);
    const report = JSON.parse(run.stdout.join("\n"));
    expect(findingKeys(run.stdout.join("\n")).some((k) => k.includes("replica"))).toBe(false);
    expect(report.documents[0].notCreated).toEqual(["module.events.ibm_cloudant.replica"]);
    expect(report.documents[0].resources).toBe(2);
  });

  test("a registry module that is not present locally is reported as not scanned", async () => {
    const run = await scan("--fail-on", "warning", modules);
    expect(run.stdout).toContainEqual(
      expect.stringMatching(
        /main\.tf:26: warning VAW-SCAN-1 module\.remote_cloudant: .*not present locally; run "terraform init"/,
      ),
    );
    expect(run.stdout[run.stdout.length - 1]).toMatch(/1 module not scanned/);
  });

  test("a remote module that terraform init downloaded is scanned from .terraform/modules", async () => {
    const dir = writeTree(tempDir(), {
      "main.tf":
        'module "db" {\n  source  = "terraform-ibm-modules/cloudant/ibm"\n  version = "1.0.0"\n  legacy = true\n}\n',
      ".terraform/modules/modules.json": {
        Modules: [
          { Key: "", Source: "", Dir: "." },
          {
            Key: "db",
            Source: "registry.terraform.io/terraform-ibm-modules/cloudant/ibm",
            Version: "1.0.0",
            Dir: ".terraform/modules/db",
          },
        ],
      },
      ".terraform/modules/db/main.tf":
        'variable "legacy" {\n  default = false\n}\nresource "ibm_cloudant" "this" {\n  name = "x"\n  location = "us-south"\n  plan = "standard"\n  enable_cors = false\n  legacy_credentials = var.legacy\n}\n',
    });
    const run = await scan("--format", "json", dir);
    expect(run.code).toBe(1);
    expect(findingKeys(run.stdout.join("\n"))).toEqual([
      "VAW-CLOUDANT-1 module.db.ibm_cloudant.this",
    ]);
  });

  test("a secure configuration exits 0", async () => {
    const run = await scan(fixture("hcl-clean"));
    expect(run).toMatchObject({ code: 0, stderr: [] });
    expect(run.stdout).toEqual([
      "2 resources checked in 1 document: 0 errors, 0 warnings, 0 acknowledged — passed",
    ]);
  });

  test("a sensitive module input stays a reference to a sensitive variable, never a literal in the resource", async () => {
    const dir = writeTree(tempDir(), {
      "main.tf":
        'variable "api_key" {\n  sensitive = true\n}\nmodule "app" {\n  source = "./app"\n  key = var.api_key\n}\n',
      "app/main.tf":
        'variable "key" {\n  sensitive = true\n}\nresource "ibm_cloudant" "c" {\n  name = "c"\n  location = "us-south"\n  plan = "standard"\n  legacy_credentials = false\n  enable_cors = false\n  tags = [var.key]\n}\n',
    });
    const run = await scan("--format", "json", dir);
    const report = JSON.parse(run.stdout.join("\n"));
    expect(JSON.stringify(report)).not.toContain('api_key"] default');
    expect(run.code).not.toBe(2);
  });

  test("a block declared twice, bad HCL, or a directory without Terraform is exit 2 with the reason", async () => {
    const dup = writeTree(tempDir(), {
      "a.tf": 'resource "ibm_cloudant" "c" {\n  name = "a"\n}\n',
      "b.tf": 'resource "ibm_cloudant" "c" {\n  name = "b"\n}\n',
    });
    const dupRun = await scan(dup);
    expect(dupRun.code).toBe(2);
    expect(dupRun.stderr.join("\n")).toMatch(
      /resource\.ibm_cloudant\.c is declared twice|ibm_cloudant\.c is declared twice/,
    );
    const bad = writeTree(tempDir(), { "main.tf": 'resource "ibm_cloudant" "c" {\n' });
    const badRun = await scan(bad);
    expect(badRun.code).toBe(2);
    expect(badRun.stderr.join("\n")).toMatch(/main\.tf: cannot parse HCL/);
    const empty = tempDir();
    const emptyRun = await scan(empty);
    expect(emptyRun).toMatchObject({ code: 2, stdout: [] });
    expect(emptyRun.stderr.join("\n")).toMatch(/no \.tf or \.tf\.json files/);
  });

  test("a configuration with nothing to judge is exit 2, never a pass; one judged only by the generic rules says how many it checked", async () => {
    const dir = writeTree(tempDir(), {
      "main.tf": 'resource "ibm_is_vpc" "vpc" {\n  name = "vpc"\n}\n',
    });
    const run = await scan(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([
      "1 resources checked in 1 document: 0 errors, 0 warnings, 0 acknowledged — passed",
    ]);
    const variablesOnly = writeTree(tempDir(), {
      "variables.tf": 'variable "region" {\n  default = "us-south"\n}\n',
    });
    const none = await scan(variablesOnly);
    expect(none).toMatchObject({ code: 2, stdout: [] });
    expect(none.stderr.join("\n")).toMatch(/no resources or data sources to judge/);
    const onlyRemote = writeTree(tempDir(), {
      "main.tf": 'module "x" {\n  source = "git::https://example.com/x.git"\n}\n',
    });
    const remote = await scan(onlyRemote);
    expect(remote.code).toBe(2);
    expect(remote.stderr.join("\n")).toMatch(
      /no resources or data sources to judge; not scanned: module\.x/,
    );
  });
});
