import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require("../../scripts/generate-bindings");

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe("generate-bindings", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bindings-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("generating twice gives byte-identical files, in the cdktf get layout", async () => {
    const a = path.join(tmp, "a");
    const b = path.join(tmp, "b");
    await generate(a);
    await generate(b);
    const files = listFiles(a);
    expect(files).toEqual(listFiles(b));
    for (const f of files) {
      expect(fs.readFileSync(path.join(b, f)).equals(fs.readFileSync(path.join(a, f)))).toBe(true);
    }
    expect(files).toContain(path.join("providers", "ibm", "cloudant", "index.ts"));
    expect(files).toContain(path.join("providers", "ibm", "provider", "index.ts"));
    expect(files).toContain(path.join("providers", "twilio", "trunking-trunks-v1", "index.ts"));
  });

  test("the checked-in build output matches a fresh generation", async () => {
    const fresh = path.join(tmp, "fresh");
    await generate(fresh);
    const root = path.join(__dirname, "..", "..", ".gen");
    for (const f of listFiles(fresh)) {
      expect(fs.readFileSync(path.join(root, f), "utf8")).toBe(
        fs.readFileSync(path.join(fresh, f), "utf8"),
      );
    }
  });

  test("the provider carries a version range, not an exact pin", () => {
    const src = fs.readFileSync(
      path.join(__dirname, "..", "..", ".gen", "providers", "ibm", "provider", "index.ts"),
      "utf8",
    );
    expect(src).toContain("providerVersionConstraint: '~> 2.5'");
    expect(src).toContain("terraformProviderSource: 'IBM-Cloud/ibm'");
  });
});
