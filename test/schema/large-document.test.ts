import { SchemaValidator } from "../../lib/schema";

const RESOURCES = 5000;

/**
 * A generated document of 5,000 resources across four types; the database
 * at every index 1 mod 1,000 misses `db`, the key at every index 2 mod 1,000
 * sets a bool role.
 */
function generatedDocument(): any {
  const resource: Record<string, Record<string, unknown>> = {
    ibm_cloudant: {},
    ibm_cloudant_database: {},
    ibm_resource_key: {},
    terraform_data: {},
  };
  for (let i = 0; i < RESOURCES; i++) {
    switch (i % 4) {
      case 0:
        resource.ibm_cloudant[`c${i}`] = {
          name: `events-${i}`,
          location: "us-south",
          plan: "standard",
          cors_config: { origins: [`https://app${i}.example.com`], allow_credentials: false },
          timeouts: { create: "30m" },
        };
        break;
      case 1:
        resource.ibm_cloudant_database[`d${i}`] =
          i % 1000 === 1
            ? { instance_crn: `\${ibm_cloudant.c${i - 1}.crn}` }
            : { instance_crn: `\${ibm_cloudant.c${i - 1}.crn}`, db: `db-${i}` };
        break;
      case 2:
        resource.ibm_resource_key[`k${i}`] = {
          name: `key-${i}`,
          resource_instance_id: `\${ibm_cloudant.c${i - 2}.id}`,
          role: i % 1000 === 2 ? true : "Writer",
        };
        break;
      default:
        resource.terraform_data[`m${i}`] = { input: { agent: i, numbers: [`+1555${i}`] } };
    }
  }
  return {
    terraform: { required_providers: { ibm: { source: "IBM-Cloud/ibm", version: "~> 2.5" } } },
    provider: { ibm: [{ region: "us-south" }] },
    resource,
  };
}

describe("validating a large document", () => {
  test("checks 5,000 resources and finds exactly the planted problems", () => {
    const validator = SchemaValidator.load();
    const doc = generatedDocument();
    const started = process.hrtime.bigint();
    const result = validator.validate(doc);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Timing is informational only; benchmarks own performance assertions.
    console.log(`validated ${result.resourcesChecked} resources in ${ms.toFixed(1)} ms`);
    expect(result.resourcesChecked).toBe(RESOURCES);
    expect(result.problems.map((p) => `${p.code} ${p.address} ${p.path}`)).toEqual([
      "missing-required ibm_cloudant_database.d1 db",
      "missing-required ibm_cloudant_database.d1001 db",
      "missing-required ibm_cloudant_database.d2001 db",
      "missing-required ibm_cloudant_database.d3001 db",
      "missing-required ibm_cloudant_database.d4001 db",
      "wrong-type ibm_resource_key.k2 role",
      "wrong-type ibm_resource_key.k1002 role",
      "wrong-type ibm_resource_key.k2002 role",
      "wrong-type ibm_resource_key.k3002 role",
      "wrong-type ibm_resource_key.k4002 role",
    ]);
  });
});
