import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InvalidSchemaError, SchemaValidator } from "../../lib/schema";
import { findSchemaDirectory, readSchemaDirectory } from "../../lib/schema/schema-loader";
import { EXAMPLE_SCHEMAS } from "./example-schema";

const packageRoot = path.resolve(__dirname, "..", "..");

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "schema-loader-"));
  tempDirs.push(d);
  return d;
}

describe("schema loading", () => {
  test("finds the package's provider-schemas folder from the source tree", () => {
    expect(findSchemaDirectory()).toBe(path.join(packageRoot, "provider-schemas"));
  });

  test("finds provider-schemas three levels up, as from dist/lib/schema of the package", () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "provider-schemas"));
    const compiled = path.join(root, "dist", "lib", "schema");
    fs.mkdirSync(compiled, { recursive: true });
    expect(findSchemaDirectory(compiled)).toBe(path.join(root, "provider-schemas"));
  });

  test("returns undefined when no parent holds a provider-schemas folder", () => {
    expect(findSchemaDirectory(path.parse(os.tmpdir()).root)).toBeUndefined();
  });

  test("loads every bundled json file: the IBM and Twilio providers and terraform_data", () => {
    const files = readSchemaDirectory(path.join(packageRoot, "provider-schemas")).map((f) =>
      path.basename(f.file),
    );
    expect(files).toEqual(["ibm.json", "twilio.json"]);
    expect(SchemaValidator.load().providerAddresses).toEqual([
      "registry.terraform.io/ibm-cloud/ibm",
      "registry.terraform.io/twilio/twilio",
      "terraform.io/builtin/terraform",
    ]);
  });

  test("loads a folder and extra files given by path", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "example.json"), JSON.stringify(EXAMPLE_SCHEMAS));
    fs.writeFileSync(path.join(dir, "notes.md"), "not a schema");
    expect(SchemaValidator.load({ schemaDirectory: dir }).providerAddresses).toEqual([
      "registry.terraform.io/example/example",
      "terraform.io/builtin/terraform",
    ]);
    const v = SchemaValidator.load({ schemaFiles: [path.join(dir, "example.json")] });
    expect(v.providerAddresses).toContain("registry.terraform.io/example/example");
    expect(v.providerAddresses).toContain("registry.terraform.io/ibm-cloud/ibm");
  });

  test("knows only terraform_data when bundled schemas are turned off", () => {
    const v = SchemaValidator.load({ includeBundledSchemas: false });
    expect(v.providerAddresses).toEqual(["terraform.io/builtin/terraform"]);
  });

  test("throws InvalidSchemaError naming the file for unreadable or malformed schemas", () => {
    const dir = tempDir();
    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, "{ not json");
    expect(() => SchemaValidator.load({ schemaFiles: [broken] })).toThrow(InvalidSchemaError);
    expect(() => SchemaValidator.load({ schemaFiles: [broken] })).toThrow(
      new RegExp(`invalid provider schema at ${broken}: not valid JSON`),
    );
    expect(() => SchemaValidator.load({ schemaFiles: [path.join(dir, "missing.json")] })).toThrow(
      /cannot read the file \(ENOENT\)/,
    );
    const badType = {
      provider_schemas: {
        "x/y": { resource_schemas: { y_a: { block: { attributes: { b: { type: "strnig" } } } } } },
      },
    };
    expect(() => SchemaValidator.load({ schemas: [badType] })).toThrow(
      /invalid provider schema at schemas\[0\] x\/y y_a\.b: unsupported type "strnig"/,
    );
    expect(() => SchemaValidator.load({ schemas: [{} as never] })).toThrow(
      /no provider_schemas object/,
    );
  });
});
