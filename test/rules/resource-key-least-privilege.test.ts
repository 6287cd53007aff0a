import { TerraformVariable } from "cdktf";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { VoiceAgentGuard } from "../../lib/guard";
import { resourceKeyLeastPrivilege as rule } from "../../lib/rules/resource-key-least-privilege";
import { RuleStatus } from "../../lib/rules/rule";
import {
  agentManifest,
  appAndStack,
  findings,
  secureCloudant,
  statuses,
  writerKey,
} from "./resource-rule-kit";

describe("VAW-KEY-1 service credentials use a role below Manager", () => {
  test("passes Writer and Reader keys", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    writerKey(stack, "writer", c);
    writerKey(stack, "reader", c, "Reader");
    expect(statuses(rule, stack)).toEqual({
      "guarded/writer#role": RuleStatus.COMPLIANT,
      "guarded/reader#role": RuleStatus.COMPLIANT,
    });
  });

  test("warns about a Manager key in general", () => {
    const { stack } = appAndStack();
    writerKey(stack, "admin", secureCloudant(stack), "Manager");
    expect(findings(stack, "VAW-KEY-1")[0]).toMatchObject({
      level: "warning",
      blocking: false,
      message: 'role must be Writer or Reader, got "Manager"',
    });
  });

  test("is an error for the Manager key an agent writes events with, also as a role CRN", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    const key = writerKey(
      stack,
      "events_key",
      c,
      "crn:v1:bluemix:public:iam::::serviceRole:Manager",
    );
    agentManifest(stack, "agent", { cloudant: c, key });
    const [f] = findings(stack, "VAW-KEY-1");
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      constructPath: "guarded/events_key",
    });
    expect(f.message).toContain("the key writes call events for an agent");
  });

  test("cannot verify a role given by a variable, or a key without a role", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    writerKey(
      stack,
      "token",
      c,
      new TerraformVariable(stack, "role", { type: "string" }).stringValue,
    );
    new ResourceKey(stack, "unset", { name: "unset", resourceInstanceId: c.id });
    expect(statuses(rule, stack)).toEqual({
      "guarded/token#role": RuleStatus.CANNOT_VERIFY,
      "guarded/unset#role": RuleStatus.CANNOT_VERIFY,
    });
  });

  test("an acknowledgement accepts the event-forwarding Manager key", () => {
    const { stack } = appAndStack();
    const c = secureCloudant(stack);
    const key = writerKey(stack, "events_key", c, "Manager");
    agentManifest(stack, "agent", { cloudant: c, key });
    VoiceAgentGuard.acknowledge(key, {
      ruleId: "VAW-KEY-1",
      reason: "temporary during the database migration, ticket SEC-42",
    });
    expect(findings(stack, "VAW-KEY-1")[0]).toMatchObject({
      blocking: false,
      acknowledgement: { constructPath: "guarded/events_key" },
    });
  });

  test("an addOverride that raises the role to Manager is found", () => {
    const { stack } = appAndStack();
    writerKey(stack, "writer", secureCloudant(stack)).addOverride("role", "Manager");
    expect(statuses(rule, stack)["guarded/writer#role"]).toBe(RuleStatus.NON_COMPLIANT);
  });
});
