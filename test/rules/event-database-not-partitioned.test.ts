import { TerraformVariable } from "cdktf";
import { CloudantDatabase } from "../../.gen/providers/ibm/cloudant-database";
import { VoiceAgentGuard } from "../../lib/guard";
import { eventDatabaseNotPartitioned as rule } from "../../lib/rules/event-database-not-partitioned";
import { RuleStatus } from "../../lib/rules/rule";
import {
  agentManifest,
  appAndStack,
  findings,
  secureCloudant,
  statuses,
} from "./resource-rule-kit";

describe("VAW-CLOUDANT-3 databases receiving forwarded call events are not partitioned", () => {
  test("passes a non-partitioned event database", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    new CloudantDatabase(stack, "cdr", { instanceCrn: c.crn, db: "cdr-events" });
    agentManifest(stack, "agent", { cloudant: c, database: "cdr-events" });
    expect(statuses(rule, stack)).toEqual({ "guarded/cdr#partitioned": RuleStatus.COMPLIANT });
  });

  test("fails a partitioned database an agent forwards events to, named by its name", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    new CloudantDatabase(stack, "cdr", { instanceCrn: c.crn, db: "cdr-events", partitioned: true });
    agentManifest(stack, "agent", { cloudant: c, database: "cdr-events" });
    const [f] = findings(stack, "VAW-CLOUDANT-3");
    expect(f).toMatchObject({ level: "error", blocking: true, constructPath: "guarded/cdr" });
    expect(f.message).toBe("partitioned must be false for an event database, got true");
  });

  test("fails a partitioned database the manifest references by expression", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    const db = new CloudantDatabase(stack, "cdr", {
      instanceCrn: c.crn,
      db: "renamed",
      partitioned: true,
    });
    agentManifest(stack, "agent", { cloudant: c, database: db.db });
    expect(statuses(rule, stack)["guarded/cdr#partitioned"]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("does not judge partitioned databases no agent forwards to", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    new CloudantDatabase(stack, "analytics", {
      instanceCrn: c.crn,
      db: "analytics",
      partitioned: true,
    });
    agentManifest(stack, "agent", { cloudant: c, database: "cdr-events" });
    expect(statuses(rule, stack)).toEqual({});
  });

  test("cannot verify a partitioned flag given by a variable", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    const p = new TerraformVariable(stack, "partitioned", { type: "bool" });
    new CloudantDatabase(stack, "cdr", {
      instanceCrn: c.crn,
      db: "cdr-events",
      partitioned: p.booleanValue,
    });
    agentManifest(stack, "agent", { cloudant: c });
    expect(statuses(rule, stack)["guarded/cdr#partitioned"]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("cannot be acknowledged: the functional requirement has no exception", () => {
    const { stack } = appAndStack();
    expect(() =>
      VoiceAgentGuard.acknowledge(stack, {
        ruleId: "VAW-CLOUDANT-3",
        reason: "we will read the events another way",
      }),
    ).toThrow(/ruleId names a rule that cannot be acknowledged, got "VAW-CLOUDANT-3"/);
  });

  test("an addOverride that partitions the event database is found", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    new CloudantDatabase(stack, "cdr", { instanceCrn: c.crn, db: "cdr-events" }).addOverride(
      "partitioned",
      true,
    );
    agentManifest(stack, "agent", { cloudant: c });
    expect(statuses(rule, stack)["guarded/cdr#partitioned"]).toBe(RuleStatus.NON_COMPLIANT);
  });
});
