import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { EventType, IEventStore, ServiceRole } from "../../lib/contracts/interfaces";
import { CloudantEventTarget, CloudantEventTargetProps } from "../../lib/event-forwarding";
import { problemProps, propsErrorOf } from "../core/props-error";
import { rendered, synthJson } from "../util";

const RG = "0123456789abcdef0123456789abcdef";
const base = { name: "va-events", location: "us-south" };

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

function only(json: any, type: string): any {
  const all = Object.values(json.resource[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}

describe("CloudantEventTarget", () => {
  test("creates a production cloudant: iam only, cors off, data events, standard plan", () => {
    const s = stack();
    new CloudantEventTarget(s, "events", base);
    expect(only(synthJson(s), "ibm_cloudant")).toEqual({
      name: "va-events",
      location: "us-south",
      plan: "standard",
      legacy_credentials: false,
      enable_cors: false,
      include_data_events: true,
      service_endpoints: "public-and-private",
    });
  });

  test("creates a dedicated Writer credential, never Manager", () => {
    const s = stack();
    const t = new CloudantEventTarget(s, "events", base);
    expect(only(synthJson(s), "ibm_resource_key")).toEqual({
      name: "va-events-voice-agent-events",
      resource_instance_id: `\${${t.instanceAddress}.id}`,
      role: "Writer",
    });
    expect(t.credential.role).toBe(ServiceRole.WRITER);
  });

  test("takes the url from the instance's public endpoint", () => {
    const s = stack();
    const t = new CloudantEventTarget(s, "events", base);
    expect(rendered(s, t.url)).toBe(
      `https://\${${t.instanceAddress}.extensions["endpoints.public"]}`,
    );
    expect(rendered(s, t.instanceCrn)).toBe(`\${${t.instanceAddress}.crn}`);
    expect(t.instanceAddress).toMatch(/^ibm_cloudant\.events_[0-9A-F]+$/);
  });

  test("passes every optional prop through", () => {
    const s = stack();
    const eu = new IbmProvider(s, "eu", { alias: "eu", region: "eu-de" });
    const env = "crn:v1:bluemix:public:cloudantnosqldb:eu-de:a/acct:env-guid::";
    const t = new CloudantEventTarget(s, "events", {
      ...base,
      location: "eu-de",
      capacity: 3,
      resourceGroupId: RG,
      serviceEndpoints: "public",
      environmentCrn: env,
      tags: ["data:phi"],
      credentialName: "agent-writer",
      provider: eu,
    });
    t.databaseFor("sales", EventType.CDR);
    const json = synthJson(s);
    expect(only(json, "ibm_cloudant")).toMatchObject({
      location: "eu-de",
      capacity: 3,
      resource_group_id: RG,
      service_endpoints: "public",
      environment_crn: env,
      tags: ["data:phi"],
      provider: "ibm.eu",
    });
    expect(only(json, "ibm_resource_key")).toMatchObject({
      name: "agent-writer",
      tags: ["data:phi"],
      provider: "ibm.eu",
    });
    expect(only(json, "ibm_cloudant_database").provider).toBe("ibm.eu");
  });

  test("accepts the lite plan with one capacity block", () => {
    const s = stack();
    new CloudantEventTarget(s, "events", { ...base, plan: "lite", capacity: 1 });
    expect(only(synthJson(s), "ibm_cloudant")).toMatchObject({ plan: "lite", capacity: 1 });
  });

  describe("databaseFor", () => {
    test("creates a non-partitioned database on the instance", () => {
      const s = stack();
      const t: IEventStore = new CloudantEventTarget(s, "events", base);
      expect(t.databaseFor("Sales Line", EventType.TRANSCRIPTION)).toBe(
        "sales-line-transcription-events",
      );
      expect(only(synthJson(s), "ibm_cloudant_database")).toEqual({
        db: "sales-line-transcription-events",
        instance_crn: `\${${t.instanceAddress}.crn}`,
        partitioned: false,
      });
    });

    test("returns the same database on the second request and creates it once", () => {
      const s = stack();
      const t = new CloudantEventTarget(s, "events", base);
      const first = t.databaseFor("sales", EventType.TURN);
      expect(t.databaseFor("sales", EventType.TURN)).toBe(first);
      expect(Object.keys(synthJson(s).resource.ibm_cloudant_database)).toHaveLength(1);
    });

    test("creates one database per agent and event type, listed in request order", () => {
      const s = stack();
      const t = new CloudantEventTarget(s, "events", base);
      t.databaseFor("sales", EventType.CDR);
      t.databaseFor("sales", EventType.TURN);
      t.databaseFor("support", EventType.CDR);
      expect(t.databases.map((d) => d.databaseName)).toEqual([
        "sales-cdr-events",
        "sales-turn-events",
        "support-cdr-events",
      ]);
      const dbs = synthJson(s).resource.ibm_cloudant_database;
      expect(t.databases.map((d) => d.resourceAddress)).toEqual(
        Object.keys(dbs).map((k) => `ibm_cloudant_database.${k}`),
      );
    });

    test("refuses two agents whose names give the same database", () => {
      const t = new CloudantEventTarget(stack(), "events", base);
      t.databaseFor("Sales", EventType.CDR);
      const e = propsErrorOf(() => t.databaseFor("sales", EventType.CDR));
      expect(e.problems[0]).toMatchObject({
        prop: "agentName",
        problem: 'gives database "sales-cdr-events", already used by agent "Sales"',
      });
    });

    test("refuses an empty, over-long or token agent name and an unknown event type", () => {
      const s = stack();
      const t = new CloudantEventTarget(s, "events", base);
      expect(problemProps(() => t.databaseFor("", EventType.CDR))).toEqual(["agentName"]);
      expect(problemProps(() => t.databaseFor("a".repeat(65), EventType.CDR))).toEqual([
        "agentName",
      ]);
      t.databaseFor("a".repeat(64), EventType.CDR);
      const token = new TerraformVariable(s, "agent", { type: "string" }).stringValue;
      expect(problemProps(() => t.databaseFor(token, EventType.CDR))).toEqual(["agentName"]);
      expect(problemProps(() => t.databaseFor("sales", "audit" as EventType))).toEqual([
        "eventType",
      ]);
    });
  });

  test("accepts tokens where literals would be checked", () => {
    const s = stack();
    const v = (id: string) => new TerraformVariable(s, id, { type: "string" }).stringValue;
    new CloudantEventTarget(s, "events", {
      name: v("name"),
      location: v("location"),
      plan: v("plan"),
      resourceGroupId: v("rg"),
      serviceEndpoints: v("endpoints"),
      environmentCrn: v("env"),
    });
    expect(only(synthJson(s), "ibm_cloudant")).toMatchObject({
      name: "${var.name}",
      plan: "${var.plan}",
      legacy_credentials: false,
    });
  });

  test("synthesizes the same json twice", () => {
    const build = () => {
      const s = stack();
      const t = new CloudantEventTarget(s, "events", base);
      t.databaseFor("sales", EventType.CDR);
      return Testing.synth(s);
    };
    expect(build()).toBe(build());
  });

  test("writes no credential value and no output", () => {
    const s = stack();
    const t = new CloudantEventTarget(s, "events", base);
    const json = synthJson(s);
    expect(Object.keys(only(json, "ibm_resource_key")).sort()).toEqual([
      "name",
      "resource_instance_id",
      "role",
    ]);
    expect(json.output).toBeUndefined();
    expect(rendered(s, t.credential.apiKey.value)).toBe(
      `\${${t.credential.resourceKeyAddress}.credentials["apikey"]}`,
    );
  });

  describe("validation", () => {
    const fails = (props: Partial<CloudantEventTargetProps>) =>
      problemProps(() => new CloudantEventTarget(stack(), "events", { ...base, ...props }));

    test("requires name and location, listing both with the construct path", () => {
      const e = propsErrorOf(() => new CloudantEventTarget(stack(), "events", {} as any));
      expect(e.problems.map((p) => p.prop)).toEqual(["name", "location"]);
      expect(e.message).toContain("CloudantEventTarget at test/events: name is required");
    });

    test("fails with a props error, not a TypeError, when props are missing", () => {
      expect(problemProps(() => new CloudantEventTarget(stack(), "e", undefined as any))).toEqual([
        "props",
      ]);
    });

    test("fails for a name over 128 characters", () => {
      expect(fails({ name: "n".repeat(129) })).toEqual(["name"]);
    });

    test("fails for a location that is not a region", () => {
      expect(fails({ location: "Dallas" })).toEqual(["location"]);
    });

    test("fails for a plan other than standard or lite", () => {
      expect(fails({ plan: "enterprise" })).toEqual(["plan"]);
    });

    test("fails for capacity below 1, fractional, or above 1 on lite", () => {
      expect(fails({ capacity: 0 })).toEqual(["capacity"]);
      expect(fails({ capacity: 1.5 })).toEqual(["capacity"]);
      expect(fails({ plan: "lite", capacity: 2 })).toEqual(["capacity"]);
    });

    test("fails for a resource group name instead of its id", () => {
      expect(fails({ resourceGroupId: "default" })).toEqual(["resourceGroupId"]);
    });

    test("refuses private-only endpoints and unknown values", () => {
      const e = propsErrorOf(
        () => new CloudantEventTarget(stack(), "events", { ...base, serviceEndpoints: "private" }),
      );
      expect(e.problems[0]).toMatchObject({
        prop: "serviceEndpoints",
        problem: "must not be private-only",
      });
      expect(fails({ serviceEndpoints: "vpe" })).toEqual(["serviceEndpoints"]);
    });

    test("fails for an environment crn that is not a crn", () => {
      expect(fails({ environmentCrn: "dedicated-1" })).toEqual(["environmentCrn"]);
    });

    test("fails for a bad tag and an over-long credential name", () => {
      expect(fails({ tags: ["p:q", "x".repeat(129)], credentialName: "c".repeat(129) })).toEqual([
        "tags[1]",
        "credentialName",
      ]);
    });

    test("reports the derived credential name when the instance name makes it too long", () => {
      expect(fails({ name: "n".repeat(115) })).toEqual(["credentialName"]);
    });
  });
});
