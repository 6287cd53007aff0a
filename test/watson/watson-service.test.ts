import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { IWatsonService, ServiceRole } from "../../lib/contracts/interfaces";
import {
  SpeechToText,
  TextToSpeech,
  WatsonAssistant,
  WatsonService,
  WatsonServiceProps,
} from "../../lib/watson";
import { propsErrorOf, problemProps } from "../core/props-error";
import { rendered, synthJson } from "../util";

type Ctor = new (scope: Construct, id: string, props: WatsonServiceProps) => WatsonService;

const KINDS: [string, Ctor, string, string, string][] = [
  ["WatsonAssistant", WatsonAssistant, "conversation", "assistant", "plus"],
  ["SpeechToText", SpeechToText, "speech-to-text", "speech-to-text", "plus"],
  ["TextToSpeech", TextToSpeech, "text-to-speech", "text-to-speech", "standard"],
];

const RG = "0123456789abcdef0123456789abcdef";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

function only(json: any, type: string): any {
  const all = Object.values(json.resource[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}

describe.each(KINDS)("%s", (name, Kind, service, offering, defaultPlan) => {
  const base = { name: "va-watson", location: "us-south" };

  test(`creates an ibm_resource_instance of service ${service} with secure defaults`, () => {
    const s = stack();
    new Kind(s, "svc", base);
    expect(only(synthJson(s), "ibm_resource_instance")).toEqual({
      name: "va-watson",
      service,
      plan: defaultPlan,
      location: "us-south",
      service_endpoints: "public-and-private",
    });
  });

  test("creates a dedicated Reader credential named after the instance", () => {
    const s = stack();
    const svc = new Kind(s, "svc", base);
    const json = synthJson(s);
    const instanceName = Object.keys(json.resource.ibm_resource_instance)[0];
    expect(only(json, "ibm_resource_key")).toEqual({
      name: "va-watson-voice-agent",
      resource_instance_id: `\${ibm_resource_instance.${instanceName}.id}`,
      role: "Reader",
    });
    expect(svc.credential.role).toBe(ServiceRole.READER);
  });

  test("derives the service url from the location and the instance guid", () => {
    const s = stack();
    const svc = new Kind(s, "svc", { ...base, location: "eu-de" });
    expect(rendered(s, svc.url)).toBe(
      `https://api.eu-de.${offering}.watson.cloud.ibm.com/instances/\${${svc.instanceAddress}.guid}`,
    );
  });

  test("exposes what the agent needs through IWatsonService", () => {
    const s = stack();
    const svc: IWatsonService = new Kind(s, "svc", base);
    expect(svc.serviceKind).toBe(service);
    expect(svc.location).toBe("us-south");
    expect(svc.plan).toBe(defaultPlan);
    expect(svc.language).toBe("en-US");
    expect(svc.instanceAddress).toMatch(/^ibm_resource_instance\.svc_[0-9A-F]+$/);
    expect(rendered(s, svc.instanceCrn)).toBe(`\${${svc.instanceAddress}.crn}`);
    expect(svc.credential.resourceKeyAddress).toMatch(/^ibm_resource_key\./);
  });

  test("uses the public endpoint only on the lite plan, which has no private endpoint", () => {
    const s = stack();
    new Kind(s, "svc", { ...base, plan: "lite" });
    expect(only(synthJson(s), "ibm_resource_instance").service_endpoints).toBe("public");
  });

  test("passes every optional prop through", () => {
    const s = stack();
    const eu = new IbmProvider(s, "eu", { alias: "eu", region: "eu-de" });
    const svc = new Kind(s, "svc", {
      ...base,
      plan: "premium",
      resourceGroupId: RG,
      serviceEndpoints: "public",
      tags: ["team:voice"],
      language: "fr-FR",
      credentialName: "agent-key",
      credentialRole: ServiceRole.WRITER,
      provider: eu,
    });
    const json = synthJson(s);
    expect(only(json, "ibm_resource_instance")).toMatchObject({
      plan: "premium",
      resource_group_id: RG,
      service_endpoints: "public",
      tags: ["team:voice"],
      provider: "ibm.eu",
    });
    expect(only(json, "ibm_resource_key")).toMatchObject({
      name: "agent-key",
      role: "Writer",
      tags: ["team:voice"],
      provider: "ibm.eu",
    });
    expect(svc.language).toBe("fr-FR");
    expect(svc.plan).toBe("premium");
  });

  test("accepts tokens where literals would be checked", () => {
    const s = stack();
    const v = (id: string) => new TerraformVariable(s, id, { type: "string" }).stringValue;
    const svc = new Kind(s, "svc", {
      name: v("name"),
      location: v("location"),
      plan: v("plan"),
      resourceGroupId: v("rg"),
      serviceEndpoints: v("endpoints"),
      language: v("language"),
    });
    expect(only(synthJson(s), "ibm_resource_instance")).toMatchObject({
      name: "${var.name}",
      location: "${var.location}",
      plan: "${var.plan}",
    });
    expect(rendered(s, svc.url)).toContain("https://api.${var.location}.");
  });

  test("synthesizes the same json twice", () => {
    const build = () => {
      const s = stack();
      new Kind(s, "svc", base);
      return Testing.synth(s);
    };
    expect(build()).toBe(build());
  });

  test("writes no credential value and no output", () => {
    const s = stack();
    new Kind(s, "svc", base);
    const json = synthJson(s);
    expect(Object.keys(only(json, "ibm_resource_key")).sort()).toEqual([
      "name",
      "resource_instance_id",
      "role",
    ]);
    expect(json.output).toBeUndefined();
  });

  test("lists every problem at once with the construct path", () => {
    const e = propsErrorOf(() => new Kind(stack(), "svc", { name: "", location: "mars-1" }));
    expect(e.problems.map((p) => p.prop)).toEqual(["name", "location"]);
    expect(e.message).toContain(`${name} at test/svc: name must not be empty`);
    expect(e.message).toContain(
      `${name} at test/svc: location is not an allowed value, got "mars-1"`,
    );
  });
});

describe("Watson service props", () => {
  const base = { name: "va-watson", location: "us-south" };
  const fails = (props: Partial<WatsonServiceProps>) =>
    problemProps(() => new WatsonAssistant(stack(), "svc", { ...base, ...props }));

  test("requires name and location", () => {
    expect(problemProps(() => new WatsonAssistant(stack(), "svc", {} as any))).toEqual([
      "name",
      "location",
    ]);
  });

  test("fails with a props error, not a TypeError, when props are missing", () => {
    expect(problemProps(() => new WatsonAssistant(stack(), "svc", undefined as any))).toEqual([
      "props",
    ]);
  });

  test("accepts a 128-character name and fails at 129", () => {
    new WatsonAssistant(stack(), "svc", { ...base, name: "n".repeat(128), credentialName: "k" });
    expect(fails({ name: "n".repeat(129) })).toEqual(["name"]);
  });

  test.each(["us-south", "us-east", "eu-de", "eu-gb", "au-syd", "jp-tok", "kr-seo"])(
    "accepts the documented watson location %s",
    (location) => {
      new WatsonAssistant(stack(), "svc", { ...base, location });
    },
  );

  test("fails for a location outside the documented list", () => {
    expect(fails({ location: "us-west" })).toEqual(["location"]);
  });

  test("fails for a plan the service does not have", () => {
    expect(fails({ plan: "free" })).toEqual(["plan"]);
    expect(problemProps(() => new TextToSpeech(stack(), "tts", { ...base, plan: "plus" }))).toEqual(
      ["plan"],
    );
    new WatsonAssistant(stack(), "ok", { ...base, plan: "enterprise" });
  });

  test("fails for a resource group name instead of its id", () => {
    expect(fails({ resourceGroupId: "Default" })).toEqual(["resourceGroupId"]);
  });

  test("refuses private-only endpoints: the hosted agent reaches watson publicly", () => {
    const e = propsErrorOf(
      () => new WatsonAssistant(stack(), "svc", { ...base, serviceEndpoints: "private" }),
    );
    expect(e.problems[0]).toMatchObject({
      prop: "serviceEndpoints",
      problem: "must not be private-only",
    });
    expect(fails({ serviceEndpoints: "both" })).toEqual(["serviceEndpoints"]);
  });

  test("refuses a private endpoint on the lite plan", () => {
    expect(fails({ plan: "lite", serviceEndpoints: "public-and-private" })).toEqual([
      "serviceEndpoints",
    ]);
  });

  test("fails for a bad tag", () => {
    expect(fails({ tags: ["ok", "a/b"] })).toEqual(["tags[1]"]);
  });

  test("fails for a language voice agent does not support or a lowercase region", () => {
    expect(fails({ language: "en-us" })).toEqual(["language"]);
    expect(fails({ language: "sv-SE" })).toEqual(["language"]);
  });

  test("refuses a Manager credential: the agent only calls runtime apis", () => {
    const e = propsErrorOf(
      () => new WatsonAssistant(stack(), "svc", { ...base, credentialRole: ServiceRole.MANAGER }),
    );
    expect(e.problems[0]).toMatchObject({ prop: "credentialRole", problem: "must not be Manager" });
    expect(fails({ credentialRole: "Viewer" as any })).toEqual(["credentialRole"]);
  });

  test("fails for a credential name over 128 characters, given or derived", () => {
    expect(fails({ credentialName: "k".repeat(129) })).toEqual(["credentialName"]);
    expect(fails({ name: "n".repeat(120) })).toEqual(["credentialName"]);
    new WatsonAssistant(stack(), "ok", { ...base, name: "n".repeat(120), credentialName: "k" });
  });
});
