import { TerraformVariable } from "cdktf";
import { ResourceInstance } from "../../.gen/providers/ibm/resource-instance";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { VoiceAgentGuard } from "../../lib/guard";
import { callerDataKeysWithoutAdministrator as rule } from "../../lib/rules/caller-data-keys-without-administrator";
import { RuleStatus } from "../../lib/rules/rule";
import {
  agentManifest,
  appAndStack,
  findings,
  renderedJson,
  secureCloudant,
  statuses,
  writerKey,
} from "./resource-rule-kit";

const watson = (stack: any, id: string, service: string) =>
  new ResourceInstance(stack, id, { name: id, service, plan: "premium", location: "us-south" });

describe("VAW-KEY-3 keys on services that hold caller data do not have the Administrator role", () => {
  test.each(["conversation", "speech-to-text", "text-to-speech"])(
    "an Administrator key on a %s instance is an error; a Writer twin passes",
    (service) => {
      const { stack } = appAndStack();
      const w = watson(stack, "watson", service);
      new ResourceKey(stack, "admin", {
        name: "a",
        resourceInstanceId: w.id,
        role: "Administrator",
      });
      new ResourceKey(stack, "writer", { name: "w", resourceInstanceId: w.id, role: "Writer" });
      expect(statuses(rule, stack)).toEqual({
        "guarded/admin#role": RuleStatus.NON_COMPLIANT,
        "guarded/writer#role": RuleStatus.COMPLIANT,
      });
      const [f] = findings(stack, "VAW-KEY-3");
      expect(f).toMatchObject({ level: "error", blocking: true, constructPath: "guarded/admin" });
      // VAW-KEY-1 leaves the Administrator key to VAW-KEY-3: one finding, not two
      expect(findings(stack, "VAW-KEY-1")).toEqual([]);
    },
  );

  test("an Administrator key on the Cloudant receiving events is an error, on an unrelated Cloudant VAW-KEY-1 warns", () => {
    const { stack } = appAndStack();
    const events = secureCloudant(stack);
    const reports = secureCloudant(stack, "reports");
    agentManifest(stack, "agent", { cloudant: events, key: writerKey(stack, "key", events) });
    writerKey(stack, "events_admin", events, "Administrator");
    writerKey(stack, "reports_admin", reports, "Administrator");
    expect(findings(stack, "VAW-KEY-3").map((f) => f.constructPath)).toEqual([
      "guarded/events_admin",
    ]);
    expect(findings(stack, "VAW-KEY-1")).toEqual([
      expect.objectContaining({ constructPath: "guarded/reports_admin", level: "warning" }),
    ]);
  });

  test("an Administrator key on the Voice Agent instance by its literal CRN is an error", () => {
    const { stack } = appAndStack();
    agentManifest(stack, "agent");
    const json = renderedJson(stack) as any;
    json.resource.ibm_resource_key = {
      va_admin: {
        name: "va",
        role: "Administrator",
        resource_instance_id: "crn:v1:bluemix:public:voice-agent:us-south:a/1234::",
      },
    };
    // the kit's CRN has no instance segment: its identity is not decidable, so the key is not judged
    expect(VoiceAgentGuard.check(json).findings.filter((f) => f.ruleId === "VAW-KEY-3")).toEqual(
      [],
    );
    const crn = "crn:v1:bluemix:public:voiceagent:us-south:a/acct:9f00::";
    json.resource.terraform_data[
      Object.keys(json.resource.terraform_data)[0]
    ].input.serviceInstanceCrn = crn;
    json.resource.ibm_resource_key.va_admin.resource_instance_id = crn;
    const [f] = VoiceAgentGuard.check(json).findings.filter((x) => x.ruleId === "VAW-KEY-3");
    expect(f.message).toContain("the key is on a voice agent with watson instance");
  });

  test("a role from a variable with a literal default is judged by it; without a default it cannot be verified", () => {
    const { stack } = appAndStack();
    const w = watson(stack, "stt", "speech-to-text");
    const withDefault = new TerraformVariable(stack, "role", {
      type: "string",
      default: "Administrator",
    });
    const bare = new TerraformVariable(stack, "role_bare", { type: "string" });
    new ResourceKey(stack, "by_default", {
      name: "d",
      resourceInstanceId: w.id,
      role: withDefault.stringValue,
    });
    new ResourceKey(stack, "by_var", {
      name: "v",
      resourceInstanceId: w.id,
      role: bare.stringValue,
    });
    expect(statuses(rule, stack)).toEqual({
      "guarded/by_default#role": RuleStatus.NON_COMPLIANT,
      "guarded/by_var#role": RuleStatus.CANNOT_VERIFY,
    });
    expect(findings(stack, "VAW-KEY-3")[0].message).toContain("judged by the default of var.role");
  });
});
