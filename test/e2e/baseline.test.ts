/** The baseline the end-to-end cases weaken: fully compliant, so each case's findings are its own. */
import { DataClass, VoiceAgentGuard } from "../../lib";
import { agentStack, AgentStackOptions, testStack } from "./e2e-kit";

const findings = (options: AgentStackOptions) => {
  const stack = testStack();
  agentStack(stack, options);
  return VoiceAgentGuard.evaluate(stack).findings.map((f) => `${f.ruleId} at ${f.constructPath}`);
};

describe("the end-to-end baseline agent stack", () => {
  test.each<[string, AgentStackOptions]>([
    ["a PII agent forwarding cdr events", {}],
    ["a PHI agent", { dataClasses: [DataClass.PHI] }],
    ["a PCI agent", { dataClasses: [DataClass.PCI] }],
    ["an agent without event forwarding", { events: false }],
    ["an agent behind an SOE", { soe: true, events: { transcription: true } }],
    ["an agent behind an SOE on code engine", { codeEngineSoe: {} }],
  ])("has no guard finding for %s", (_, options) => {
    expect(findings(options)).toEqual([]);
  });

  test("has only the missing-digest warning with a twilio trunk (digest off, ip allow-list on)", () => {
    expect(findings({ twilioTrunk: {} })).toEqual(["VAW-SIP-4 at e2e/agent/Manifest"]);
  });
});
