import { TerraformVariable } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import {
  isVoiceAgentError,
  VoiceAgent,
  VoiceAgentPlan,
  VoiceAgentService,
  VoiceAgentServiceProps,
} from "../../lib";
import { INSTANCE_MANIFEST_SCHEMA } from "../../lib/contracts";
import { synthJson } from "../util";
import { errorOf, resourceKeys, stack, VA_CRN, voiceAgentProps } from "./fixtures";

function settingsOf(json: any): any {
  const found = Object.values(json.resource.terraform_data).filter(
    (r: any) => r.input.instanceManifestSchema,
  );
  expect(found).toHaveLength(1);
  return (found[0] as any).input;
}

const createProps: VoiceAgentServiceProps = {
  catalogServiceName: "voiceagent",
  plan: VoiceAgentPlan.STANDARD,
  name: "my-voice-agent",
  location: "us-south",
};

function problems(fn: (s: any) => unknown): string[] {
  const s = stack();
  try {
    fn(s);
    return [];
  } catch (e: any) {
    expect(isVoiceAgentError(e)).toBe(true);
    return e.problems.map((p: any) => `${p.prop} ${p.problem}`);
  }
}

describe("VoiceAgentService.fromCrn", () => {
  test("references the instance by CRN without a lookup and takes the region from the CRN", () => {
    const s = stack();
    const svc = VoiceAgentService.fromCrn(s, "va", VA_CRN);
    const json = synthJson(s);
    expect(json.data).toBeUndefined();
    expect(json.resource.ibm_resource_instance).toBeUndefined();
    expect(svc.instanceCrn).toBe(VA_CRN);
    expect(svc.instanceId).toBe(VA_CRN);
    expect(svc.region).toBe("us-south");
    expect(svc.plan).toBeUndefined();
  });

  test("renders the instance settings with defaults in a terraform_data child named Settings", () => {
    const s = stack();
    const svc = VoiceAgentService.fromCrn(s, "va", VA_CRN);
    new VoiceAgent(s, "agent", voiceAgentProps(s, { service: svc }));
    const settings = settingsOf(synthJson(s));
    expect(svc.node.findChild("Settings")).toBeDefined();
    expect(settings).toEqual({
      instanceManifestSchema: INSTANCE_MANIFEST_SCHEMA,
      constructPath: "test/va",
      serviceInstanceCrn: VA_CRN,
      region: "us-south",
      ipAllowList: [],
      outboundCalling: { enabled: false, secureTrunking: true },
      agents: ["billing"],
    });
    expect(resourceKeys(synthJson(s)).map((k: any) => k.name)).not.toContain(
      "voice-agent-outbound-api",
    );
  });

  test("renders plan, concurrency, IP allow-list and outbound calling, with a Writer outbound API credential", () => {
    const s = stack();
    const svc = VoiceAgentService.fromCrn(s, "va", VA_CRN, {
      plan: VoiceAgentPlan.PREMIUM,
      maxConcurrentCalls: 20,
      ipAllowList: [{ ipNickname: "sbc", ipAddress: "203.0.113.10" }],
      outboundCalling: { enabled: true, secureTrunking: true, peerIpAddress: "54.172.60.0" },
    });
    const json = synthJson(s);
    const settings = settingsOf(json);
    expect(settings).toMatchObject({
      plan: "Premium",
      maxConcurrentCalls: 20,
      ipAllowList: [{ ipNickname: "sbc", ipAddress: "203.0.113.10" }],
      outboundCalling: {
        enabled: true,
        secureTrunking: true,
        peerIpAddress: "54.172.60.0",
        apiCredential: {
          name: "voice-agent-outbound-api",
          role: "Writer",
          purpose: "outbound-api",
          resourceKey: svc.outboundApiCredential!.resourceKeyAddress,
        },
      },
    });
    const key = resourceKeys(json).find((k: any) => k.name === "voice-agent-outbound-api");
    expect(key).toEqual({
      name: "voice-agent-outbound-api",
      resource_instance_id: VA_CRN,
      role: "Writer",
    });
  });

  test("takes the region from settings when the CRN is an expression", () => {
    const s = stack();
    const crn = new TerraformVariable(s, "crn", { type: "string" }).stringValue;
    const svc = VoiceAgentService.fromCrn(s, "va", crn, { region: "us-east" });
    expect(svc.region).toBe("us-east");
    expect(settingsOf(synthJson(s)).serviceInstanceCrn).toBe("${var.crn}");
  });

  test("refuses a malformed CRN", () => {
    expect(problems((s) => VoiceAgentService.fromCrn(s, "va", "voiceagent-123"))).toEqual([
      "crn has the wrong format",
    ]);
  });
});

describe("VoiceAgentService.fromName", () => {
  test("looks the instance up by name and resource group with the ibm_resource_instance data source", () => {
    const s = stack();
    const svc = VoiceAgentService.fromName(s, "va", {
      name: "my-va",
      resourceGroupId: "5f3ab0c2a0d04c2e9b1e7d8f6a4c3b21",
      location: "us-east",
    });
    const json = synthJson(s);
    const data = Object.values(json.data.ibm_resource_instance);
    expect(data).toEqual([
      { name: "my-va", resource_group_id: "5f3ab0c2a0d04c2e9b1e7d8f6a4c3b21", location: "us-east" },
    ]);
    expect(svc.instanceCrn).toMatch(/^\$\{TfToken/);
    expect(svc.region).toBe("us-east");
    expect(svc.instanceAddress).toMatch(/^data\.ibm_resource_instance\.va_Instance_[0-9A-F]{8}$/);
    expect(settingsOf(json).serviceInstanceCrn).toBe(`\${${svc.instanceAddress}.crn}`);
  });

  test("gives agents' credentials the instance's id", () => {
    const s = stack();
    const svc = VoiceAgentService.fromName(s, "va", {
      name: "my-va",
      resourceGroupId: "5f3ab0c2a0d04c2e9b1e7d8f6a4c3b21",
      location: "us-south",
    });
    new VoiceAgent(s, "agent", voiceAgentProps(s, { service: svc }));
    const key = resourceKeys(synthJson(s)).find(
      (k: any) => k.name === "billing-sip-authentication",
    );
    expect(key.resource_instance_id).toBe(`\${${svc.instanceAddress}.id}`);
  });

  test("refuses a resource group name where the resource group id belongs", () => {
    expect(
      problems((s) =>
        VoiceAgentService.fromName(s, "va", { name: "my-va", resourceGroupId: "Default" }),
      ),
    ).toEqual(["resourceGroupId has the wrong format"]);
  });

  test("requires the name and resource group", () => {
    expect(problems((s) => VoiceAgentService.fromName(s, "va", {} as any))).toEqual([
      "name is required",
      "resourceGroupId is required",
    ]);
  });
});

describe("new VoiceAgentService", () => {
  test("creates the instance with the named catalog service and the plan in lower case", () => {
    const s = stack();
    const svc = new VoiceAgentService(s, "va", {
      ...createProps,
      resourceGroupId: "5f3ab0c2a0d04c2e9b1e7d8f6a4c3b21",
      tags: ["team:voice"],
    });
    const json = synthJson(s);
    expect(json.resource.ibm_resource_instance[svc.resource.friendlyUniqueId]).toEqual({
      name: "my-voice-agent",
      service: "voiceagent",
      plan: "standard",
      location: "us-south",
      resource_group_id: "5f3ab0c2a0d04c2e9b1e7d8f6a4c3b21",
      tags: ["team:voice"],
    });
    expect(svc.region).toBe("us-south");
    expect(svc.plan).toBe("Standard");
  });

  test("sends an explicit catalog plan name", () => {
    const s = stack();
    const svc = new VoiceAgentService(s, "va", {
      ...createProps,
      catalogPlanName: "voice-agent-standard",
    });
    expect(synthJson(s).resource.ibm_resource_instance[svc.resource.friendlyUniqueId].plan).toBe(
      "voice-agent-standard",
    );
  });

  test("requires the catalog service name and says why", () => {
    const s = stack();
    const e = errorOf(
      () =>
        new VoiceAgentService(s, "va", { ...createProps, catalogServiceName: undefined as any }),
    );
    expect(e.problems.map((p: any) => p.prop)).toEqual(["catalogServiceName"]);
    expect(e.message).toContain("no new instances since 2021-03-01");
  });

  test("refuses a region without documented host names", () => {
    expect(
      problems((s) => new VoiceAgentService(s, "va", { ...createProps, location: "eu-de" })),
    ).toEqual(["location is not a region with documented voice agent host names"]);
  });

  test("passes an aliased provider to the instance and to every credential", () => {
    const s = stack();
    const provider = new IbmProvider(s, "dallas", { alias: "dallas", region: "us-south" });
    const svc = new VoiceAgentService(s, "va", {
      ...createProps,
      provider,
      outboundCalling: { enabled: true, peerIpAddress: "54.172.60.0" },
    });
    new VoiceAgent(s, "agent", voiceAgentProps(s, { service: svc }));
    const json = synthJson(s);
    expect(json.resource.ibm_resource_instance[svc.resource.friendlyUniqueId].provider).toBe(
      "ibm.dallas",
    );
    const names = ["voice-agent-outbound-api", "billing-sip-authentication"];
    for (const n of names)
      expect(resourceKeys(json).find((k: any) => k.name === n).provider).toBe("ibm.dallas");
  });

  test("an agent's provider overrides the service's for the agent's credentials", () => {
    const s = stack();
    const other = new IbmProvider(s, "east", { alias: "east", region: "us-east" });
    new VoiceAgent(s, "agent", voiceAgentProps(s, { provider: other }));
    expect(
      resourceKeys(synthJson(s)).find((k: any) => k.name === "billing-sip-authentication").provider,
    ).toBe("ibm.east");
  });
});

describe("VoiceAgentService settings limits", () => {
  const withSettings = (settings: object) => (s: any) =>
    VoiceAgentService.fromCrn(s, "va", VA_CRN, { plan: VoiceAgentPlan.STANDARD, ...settings });

  test("maximum concurrent calls: 10 and 50 pass, 9 and 51 fail", () => {
    expect(problems(withSettings({ maxConcurrentCalls: 10 }))).toEqual([]);
    expect(problems(withSettings({ maxConcurrentCalls: 50 }))).toEqual([]);
    expect(problems(withSettings({ maxConcurrentCalls: 9 }))).toEqual([
      "maxConcurrentCalls must be from 10 to 50 calls",
    ]);
    expect(problems(withSettings({ maxConcurrentCalls: 51 }))).toEqual([
      "maxConcurrentCalls must be from 10 to 50 calls",
    ]);
  });

  test("maximum concurrent calls are self-service on Standard and Premium only", () => {
    expect(problems(withSettings({ plan: VoiceAgentPlan.LITE, maxConcurrentCalls: 10 }))).toEqual([
      "maxConcurrentCalls cannot be set self-service on the Lite plan",
    ]);
  });

  test("the IP allow-list takes single addresses, each once, and not on Lite", () => {
    expect(
      problems(
        withSettings({
          ipAllowList: [
            { ipNickname: "a", ipAddress: "203.0.113.0/24" },
            { ipNickname: "b", ipAddress: "not-an-ip" },
            { ipNickname: "c", ipAddress: "2001:db8::1" },
            { ipNickname: "d", ipAddress: "2001:db8::1" },
            { ipAddress: "198.51.100.1" },
          ],
        }),
      ),
    ).toEqual([
      "ipAllowList[0].ipAddress must be a single ip address, not a range",
      "ipAllowList[1].ipAddress is not an ip address",
      "ipAllowList[3].ipAddress is listed twice",
      "ipAllowList[4].ipNickname is required",
    ]);
    expect(
      problems(
        withSettings({
          plan: VoiceAgentPlan.LITE,
          ipAllowList: [{ ipNickname: "a", ipAddress: "203.0.113.1" }],
        }),
      ),
    ).toEqual(["ipAllowList needs the standard, plus or premium plan"]);
  });

  test("outbound calling needs the peer IP address", () => {
    expect(problems(withSettings({ outboundCalling: { enabled: true } }))).toEqual([
      "outboundCalling.peerIpAddress is required when outbound calling is enabled",
    ]);
  });

  test("tokens pass where literals would be checked", () => {
    const tokens = (s: any) => {
      const n = new TerraformVariable(s, "n", { type: "number" }).numberValue;
      const ip = new TerraformVariable(s, "ip", { type: "string" }).stringValue;
      return VoiceAgentService.fromCrn(s, "va", VA_CRN, {
        maxConcurrentCalls: n,
        ipAllowList: [{ ipNickname: "x", ipAddress: ip }],
      });
    };
    expect(problems(tokens)).toEqual([]);
  });

  test("bad settings are one error, not a crash", () => {
    expect(problems((s) => VoiceAgentService.fromCrn(s, "va", VA_CRN, null as any))).toEqual([
      "settings are required",
    ]);
    expect(
      problems((s) =>
        VoiceAgentService.fromCrn(s, "va", VA_CRN, {
          plan: "Gold",
          maxConcurrentCalls: "10",
          ipAllowList: "1.2.3.4",
          outboundCalling: "on",
        } as any),
      ),
    ).toEqual([
      "plan is not an allowed value",
      "maxConcurrentCalls must be a whole number",
      "ipAllowList must be a list",
      "outboundCalling must be an object",
    ]);
  });
});
