import { VoiceAgentGuard } from "../../lib/guard";
import { agentManifest, appAndStack, renderedJson } from "./resource-rule-kit";

/** Rendered JSON with two agent manifests, the second edited by `edit`. */
function twoAgents(edit: (second: Record<string, any>) => void) {
  const { stack } = appAndStack();
  agentManifest(stack, "billing", { name: "billing" });
  agentManifest(stack, "claims", { name: "claims" });
  const json = renderedJson(stack) as any;
  const [, second] = Object.values(json.resource.terraform_data) as any[];
  second.input.phoneNumbers = [{ number: "+15550177" }];
  edit(second.input);
  return json;
}

const inst = (json: Record<string, unknown>) =>
  VoiceAgentGuard.check(json).findings.filter((f) => f.ruleId === "VAW-INST-1");

describe("VAW-INST-1 agents of one instance have unique numbers and names, at most 150", () => {
  test("passes two agents of one instance with their own numbers and names", () => {
    expect(inst(twoAgents(() => undefined))).toEqual([]);
  });

  test("fails an agent whose number (in another spelling) another agent of the instance has", () => {
    const [f] = inst(twoAgents((m) => (m.phoneNumbers = [{ number: "+1 555 0100" }])));
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      constructPath: "guarded/claims",
      attributePath: "input.phoneNumbers.0.number",
    });
    expect(f.message).toContain(
      'phone number "+1 555 0100" is also assigned to the agent at guarded/billing',
    );
  });

  test("fails a name used twice on one instance", () => {
    expect(inst(twoAgents((m) => (m.name = "billing")))[0].attributePath).toBe("input.name");
  });

  test("agents of different instances may share a number and a name", () => {
    const json = twoAgents((m) => {
      m.phoneNumbers = [{ number: "+15550100" }];
      m.name = "billing";
      m.serviceInstanceCrn = "crn:v1:bluemix:public:voiceagent:us-east:a/1234:abcd::";
    });
    expect(inst(json)).toEqual([]);
  });

  test("counts at most 150 agents per instance", () => {
    const { stack } = appAndStack();
    for (let i = 0; i < 151; i++) agentManifest(stack, `a${i}`, { name: `a${i}` });
    const json = renderedJson(stack) as any;
    (Object.values(json.resource.terraform_data) as any[]).forEach(
      (r, i) => (r.input.phoneNumbers = [{ number: `+1555${String(100000 + i)}` }]),
    );
    const found = inst(json);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("the instance already holds 150 agents");
  });
});
