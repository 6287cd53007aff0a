import { Testing } from "cdktf";
import { VoiceAgent } from "../../lib";
import { service, stack, voiceAgentProps } from "./fixtures";

// After `terraform apply`, `terraform output -json` gives the operator each agent's manifest
// with every non-secret value resolved.

describe("the operator's resolved manifest", () => {
  test("each agent has a terraform output voice-agent-manifest-<name> holding the manifest resource's output", () => {
    const s = stack();
    const svc = service(s);
    const first = new VoiceAgent(s, "billing", voiceAgentProps(s, { service: svc }));
    const second = new VoiceAgent(
      s,
      "claims",
      voiceAgentProps(s, { service: svc, name: "Claims Line", phoneNumbers: ["+1 888 333 5555"] }),
    );
    const json = JSON.parse(Testing.synth(s));
    const address = (a: VoiceAgent) => a.manifestResource.friendlyUniqueId;
    expect(json.output).toEqual({
      "voice-agent-manifest-billing": {
        description: expect.stringContaining("Voice agent billing (test/billing)"),
        value: `\${terraform_data.${address(first)}.output}`,
      },
      "voice-agent-manifest-claims-line": {
        description: expect.stringContaining("Voice agent Claims Line (test/claims)"),
        value: `\${terraform_data.${address(second)}.output}`,
      },
    });
    // Not sensitive: the manifest holds secrets as references only, never a variable's value.
    for (const o of Object.values(json.output) as any[]) expect(o.sensitive).toBeUndefined();
    const inputs = JSON.stringify(json.resource.terraform_data);
    for (const name of Object.keys(json.variable ?? {}))
      expect(inputs).not.toContain(`\${var.${name}}`);
  });

  test("agents whose names give the same output name get -2, -3 in construct order", () => {
    const s = stack();
    const svc = service(s);
    const a = new VoiceAgent(s, "a", voiceAgentProps(s, { service: svc, name: "line-1" }));
    const b = new VoiceAgent(
      s,
      "b",
      voiceAgentProps(s, { service: svc, name: "LINE-1", phoneNumbers: ["+1 888 333 5556"] }),
    );
    expect([a.manifestOutput.friendlyUniqueId, b.manifestOutput.friendlyUniqueId]).toEqual([
      "voice-agent-manifest-line-1",
      "voice-agent-manifest-line-1-2",
    ]);
  });
});
