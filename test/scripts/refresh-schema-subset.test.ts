import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { subsetSchema } = require("../../scripts/refresh-schema-subset");

const vendored = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "provider-schemas", "ibm.json"), "utf8"),
);
const address = "registry.terraform.io/ibm-cloud/ibm";

describe("refresh-schema-subset", () => {
  test("filters a full dump down to the vendored types, unchanged", () => {
    const full = JSON.parse(JSON.stringify(vendored));
    full.provider_schemas[address].resource_schemas.ibm_is_vpc = {
      version: 0,
      block: { attributes: {} },
    };
    full.provider_schemas[address].data_source_schemas.ibm_is_vpc = {
      version: 0,
      block: { attributes: {} },
    };
    full.provider_schemas["registry.terraform.io/hashicorp/random"] = {
      provider: { version: 0, block: {} },
    };
    const entry = vendored.provider_schemas[address];
    const { subset, missing } = subsetSchema(
      full,
      address,
      Object.keys(entry.resource_schemas),
      Object.keys(entry.data_source_schemas),
    );
    expect(missing).toEqual([]);
    expect(JSON.stringify(subset, null, 2)).toBe(JSON.stringify(vendored, null, 2));
  });

  test("reports types the dump lacks", () => {
    const { missing } = subsetSchema(vendored, address, ["ibm_cloudant", "ibm_not_a_thing"], []);
    expect(missing).toEqual(["ibm_not_a_thing"]);
  });

  test("refuses a dump without the provider", () => {
    expect(() => subsetSchema({ provider_schemas: {} }, address, [], [])).toThrow(
      /has no provider/,
    );
  });
});
