import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { EventType } from "../../lib/contracts/interfaces";
import { CloudantEventTarget } from "../../lib/event-forwarding";
import { problemProps } from "../core/props-error";
import { rendered, synthJson } from "../util";

const GUID = "aaaa1111-bbbb-2222-cccc-3333dddd4444";
const CRN = `crn:v1:bluemix:public:cloudantnosqldb:us-south:a/acct1:${GUID}::`;
const RG = "0123456789abcdef0123456789abcdef";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

function only(section: any, type: string): any {
  const all = Object.values(section?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}

describe("CloudantEventTarget.fromExisting", () => {
  test("by crn: reads the instance by guid and adds only databases and the Writer credential", () => {
    const s = stack();
    const t = CloudantEventTarget.fromExisting(s, "events", { instanceCrn: CRN });
    t.databaseFor("sales", EventType.CDR);
    const json = synthJson(s);
    expect(only(json.data, "ibm_resource_instance")).toEqual({ identifier: GUID });
    expect(json.resource.ibm_cloudant).toBeUndefined();
    expect(only(json.resource, "ibm_resource_key")).toEqual({
      name: "events-voice-agent-events",
      resource_instance_id: CRN,
      role: "Writer",
    });
    expect(only(json.resource, "ibm_cloudant_database")).toEqual({
      db: "sales-cdr-events",
      instance_crn: CRN,
      partitioned: false,
    });
    expect(t.instanceCrn).toBe(CRN);
    expect(t.instanceAddress).toBe(
      `data.ibm_resource_instance.${Object.keys(json.data.ibm_resource_instance)[0]}`,
    );
    expect(rendered(s, t.url)).toBe(
      `https://\${${t.instanceAddress}.extensions["endpoints.public"]}`,
    );
  });

  test("by name: filters by name, group, location and the cloudant service", () => {
    const s = stack();
    const t = CloudantEventTarget.fromExisting(s, "events", {
      name: "shared-events",
      resourceGroupId: RG,
      location: "us-east",
    });
    const json = synthJson(s);
    expect(only(json.data, "ibm_resource_instance")).toEqual({
      name: "shared-events",
      resource_group_id: RG,
      location: "us-east",
      service: "cloudantnosqldb",
    });
    expect(only(json.resource, "ibm_resource_key")).toMatchObject({
      name: "shared-events-voice-agent-events",
      resource_instance_id: `\${${t.instanceAddress}.id}`,
    });
    expect(rendered(s, t.instanceCrn)).toBe(`\${${t.instanceAddress}.crn}`);
  });

  test("an ibm_cloudant resource of the program: references its attributes, no data source", () => {
    const s = stack();
    const mine = new Cloudant(s, "mine", { name: "c", location: "us-south", plan: "standard" });
    const t = CloudantEventTarget.fromExisting(s, "events", { cloudant: mine });
    t.databaseFor("sales", EventType.TURN);
    const json = synthJson(s);
    expect(json.data).toBeUndefined();
    expect(t.instanceAddress).toBe("ibm_cloudant.mine");
    expect(only(json.resource, "ibm_cloudant_database").instance_crn).toBe(
      "${ibm_cloudant.mine.crn}",
    );
    expect(only(json.resource, "ibm_resource_key").resource_instance_id).toBe(
      "${ibm_cloudant.mine.id}",
    );
    expect(rendered(s, t.url)).toBe('https://${ibm_cloudant.mine.extensions["endpoints.public"]}');
  });

  test("uses a given url, credential name and aliased provider everywhere", () => {
    const s = stack();
    const eu = new IbmProvider(s, "eu", { alias: "eu" });
    const t = CloudantEventTarget.fromExisting(s, "events", {
      instanceCrn: CRN,
      url: "https://acct.cloudantnosqldb.appdomain.cloud",
      credentialName: "agent-writer",
      provider: eu,
    });
    t.databaseFor("sales", EventType.CDR);
    const json = synthJson(s);
    expect(t.url).toBe("https://acct.cloudantnosqldb.appdomain.cloud");
    expect(only(json.data, "ibm_resource_instance").provider).toBe("ibm.eu");
    expect(only(json.resource, "ibm_resource_key")).toMatchObject({
      name: "agent-writer",
      provider: "ibm.eu",
    });
    expect(only(json.resource, "ibm_cloudant_database").provider).toBe("ibm.eu");
  });

  test("accepts a crn token and computes the guid in terraform", () => {
    const s = stack();
    const crn = new TerraformVariable(s, "crn", { type: "string" }).stringValue;
    CloudantEventTarget.fromExisting(s, "events", { instanceCrn: crn });
    expect(only(synthJson(s).data, "ibm_resource_instance").identifier).toBe(
      '${element(split(":", var.crn), 7)}',
    );
  });

  describe("validation", () => {
    const fails = (attrs: object) =>
      problemProps(() => CloudantEventTarget.fromExisting(stack(), "events", attrs as any));

    test("requires exactly one of instanceCrn, name and cloudant", () => {
      expect(fails({})).toEqual(["instanceCrn"]);
      expect(fails({ instanceCrn: CRN, name: "x" })).toEqual(["name"]);
    });

    test("refuses a resource that is not ibm_cloudant", () => {
      const s = stack();
      const other = new ResourceInstance(s, "ri", {
        name: "x",
        location: "us-south",
        plan: "lite",
        service: "kms",
      });
      expect(
        problemProps(() => CloudantEventTarget.fromExisting(s, "events", { cloudant: other })),
      ).toEqual(["cloudant"]);
    });

    test("refuses a crn of another service or location", () => {
      expect(fails({ instanceCrn: CRN.replace("cloudantnosqldb", "conversation") })).toEqual([
        "instanceCrn",
      ]);
      expect(fails({ instanceCrn: CRN, location: "eu-de" })).toEqual(["instanceCrn"]);
    });

    test("refuses filters that do not apply", () => {
      expect(fails({ instanceCrn: CRN, resourceGroupId: RG })).toEqual(["resourceGroupId"]);
      const s = stack();
      const mine = new Cloudant(s, "mine", { name: "c", location: "us-south", plan: "standard" });
      expect(
        problemProps(() =>
          CloudantEventTarget.fromExisting(s, "events", { cloudant: mine, location: "us-south" }),
        ),
      ).toEqual(["location"]);
    });

    test("refuses an http url, a bad name and a bad credential name", () => {
      expect(
        fails({ name: "", url: "http://x.example.com", credentialName: "k".repeat(129) }),
      ).toEqual(["name", "url", "credentialName"]);
    });

    test("fails with a props error, not a TypeError, when attributes are missing", () => {
      expect(
        problemProps(() => CloudantEventTarget.fromExisting(stack(), "e", undefined as any)),
      ).toEqual(["attributes"]);
    });
  });
});
