import { App, TerraformStack } from "cdktf";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { VoiceAgent, VoiceAgentGuard } from "../../lib";
import { cloudant, voiceAgentProps } from "../voice-agent/fixtures";
import { tempOutdir } from "./resource-rule-kit";

// A resource is judged by what it is, not by who created it: a raw
// ibm_resource_key with Manager on the Cloudant the library created for an
// agent's events is as blocking as the library's own key would be.

function appWithRawKey(role: string) {
  const app = new App({ outdir: tempOutdir() });
  const stack = new TerraformStack(app, "calls");
  new IbmProvider(stack, "ibm", { region: "us-south" });
  VoiceAgentGuard.apply(stack, { printWarnings: false });
  const store = cloudant(stack);
  new VoiceAgent(
    stack,
    "billing",
    voiceAgentProps(stack, { eventForwarding: { store, cdr: true } }),
  );
  new ResourceKey(stack, "reporting_key", {
    name: "reporting",
    resourceInstanceId: store.resource.id,
    role,
  });
  return { app, stack };
}

describe("raw resources on the library's event store", () => {
  test("a raw Manager key on the Cloudant receiving the agent's events fails app.synth with VAW-KEY-1 at its path", () => {
    const { app } = appWithRawKey("Manager");
    expect(() => app.synth()).toThrow(
      /VAW-KEY-1 ibm_resource_key at calls\/reporting_key: role must be Writer or Reader, got "Manager"; the key is on an event store/,
    );
  });

  test("its fixed twin, a Reader key, synthesizes", () => {
    const { app } = appWithRawKey("Reader");
    expect(() => app.synth()).not.toThrow();
  });

  test("a raw Administrator key on it fails with VAW-KEY-3", () => {
    const { stack } = appWithRawKey("Administrator");
    const f = VoiceAgentGuard.evaluate(stack).findings.filter((x) => x.ruleId === "VAW-KEY-3");
    expect(f).toEqual([
      expect.objectContaining({
        constructPath: "calls/reporting_key",
        level: "error",
        blocking: true,
      }),
    ]);
  });
});
