import { TerraformVariable } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { eventStoresAuditDataEvents as rule } from "../../lib/rules/event-stores-audit-data-events";
import { RuleStatus } from "../../lib/rules/rule";
import { agentManifest, appAndStack, findings, statuses } from "./resource-rule-kit";

const store = (stack: any, id: string, includeDataEvents?: any) =>
  new Cloudant(stack, id, {
    name: id,
    location: "us-south",
    plan: "standard",
    enableCors: false,
    includeDataEvents,
  });

describe("VAW-EVT-5 cloudant instances receiving call events audit data access", () => {
  test("warns about an event store that leaves include_data_events out (the provider default is false)", () => {
    const { stack } = appAndStack();
    agentManifest(stack, "agent", { cloudant: store(stack, "events") });
    const [f] = findings(stack, "VAW-EVT-5");
    expect(f).toMatchObject({
      level: "warning",
      constructPath: "guarded/events",
      attributePath: "include_data_events",
    });
    expect(f.message).toContain("absent means the provider default, false");
  });

  test("is an error for the store of a PCI agent; passes the fixed twin", () => {
    const { stack } = appAndStack();
    agentManifest(stack, "agent", {
      cloudant: store(stack, "events", false),
      dataClasses: ["PCI"],
    });
    expect(findings(stack, "VAW-EVT-5")[0]).toMatchObject({ level: "error", blocking: true });
    const fixed = appAndStack().stack;
    agentManifest(fixed, "agent", { cloudant: store(fixed, "events", true), dataClasses: ["PCI"] });
    expect(statuses(rule, fixed)).toEqual({
      "guarded/events#include_data_events": RuleStatus.COMPLIANT,
    });
  });

  test("leaves Cloudant instances without agent events, and PHI stores (VAW-EVT-3's), alone", () => {
    const { stack } = appAndStack();
    store(stack, "reports", false);
    agentManifest(stack, "agent", { cloudant: store(stack, "phi", false), dataClasses: ["PHI"] });
    expect(findings(stack, "VAW-EVT-5")).toEqual([]);
  });

  test("judges a variable with a literal default by it", () => {
    const { stack } = appAndStack();
    const v = new TerraformVariable(stack, "data_events", { type: "bool", default: false });
    agentManifest(stack, "agent", { cloudant: store(stack, "events", v.booleanValue) });
    expect(findings(stack, "VAW-EVT-5")[0].message).toContain(
      "judged by the default of var.data_events",
    );
  });
});
