import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");

describe("scan CI examples", () => {
  test("the README shows the GitHub workflow example as it is in examples/ci", () => {
    const workflow = read("examples/ci/scan-terraform.yml");
    expect(read("README.md")).toContain(workflow);
    expect(workflow).toContain("github/codeql-action/upload-sarif");
    expect(workflow).toMatch(/scan .* --format sarif --output voice-agent-scan\.sarif/s);
    expect(workflow).toContain("sarif_file: voice-agent-scan.sarif");
  });

  test("the pre-commit hook runs this package's bin and the README names its id", () => {
    const hooks = read(".pre-commit-hooks.yaml");
    const bin = Object.keys(JSON.parse(read("package.json")).bin)[0];
    expect(hooks).toContain(`entry: ${bin} scan`);
    const id = /- id: (\S+)/.exec(hooks)?.[1];
    expect(read("README.md")).toContain(`- id: ${id}`);
  });
});
