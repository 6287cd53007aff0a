import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ServiceRole } from "../../lib/contracts/interfaces";
import { SpeechToText, TextToSpeech, WatsonAssistant } from "../../lib/watson";
import { problemProps, propsErrorOf } from "../core/props-error";
import { rendered, synthJson } from "../util";

const CRN =
  "crn:v1:bluemix:public:conversation:us-south:a/acct1:11112222-aaaa-bbbb-cccc-333344445555::";
const GUID = "11112222-aaaa-bbbb-cccc-333344445555";
const RG = "0123456789abcdef0123456789abcdef";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

function only(section: any, type: string): any {
  const all = Object.values(section[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}

describe("WatsonAssistant.fromExisting", () => {
  test("by crn: reads the instance by guid and creates only the agent's Reader credential", () => {
    const s = stack();
    WatsonAssistant.fromExisting(s, "wa", { crn: CRN, location: "us-south" });
    const json = synthJson(s);
    expect(only(json.data, "ibm_resource_instance")).toEqual({ identifier: GUID });
    expect(json.resource.ibm_resource_instance).toBeUndefined();
    expect(only(json.resource, "ibm_resource_key")).toEqual({
      name: "wa-voice-agent",
      resource_instance_id: CRN,
      role: "Reader",
    });
  });

  test("by crn: the url, crn and address are known without reading the instance", () => {
    const s = stack();
    const wa = WatsonAssistant.fromExisting(s, "wa", { crn: CRN, location: "us-south" });
    expect(wa.url).toBe(`https://api.us-south.assistant.watson.cloud.ibm.com/instances/${GUID}`);
    expect(wa.instanceCrn).toBe(CRN);
    expect(wa.instanceAddress).toMatch(/^data\.ibm_resource_instance\.wa_Instance_[0-9A-F]+$/);
    expect(wa.serviceKind).toBe("conversation");
    expect(wa.language).toBeUndefined();
    expect(rendered(s, wa.plan)).toBe(`\${${wa.instanceAddress}.plan}`);
  });

  test("by crn token: computes the guid in terraform", () => {
    const s = stack();
    const crn = new TerraformVariable(s, "crn", { type: "string" }).stringValue;
    const wa = WatsonAssistant.fromExisting(s, "wa", { crn, location: "us-south" });
    expect(only(synthJson(s).data, "ibm_resource_instance").identifier).toBe(
      '${element(split(":", var.crn), 7)}',
    );
    expect(rendered(s, wa.url)).toBe(
      'https://api.us-south.assistant.watson.cloud.ibm.com/instances/${element(split(":", var.crn), 7)}',
    );
  });

  test("by name: filters by name, group, location and service, and uses the data source", () => {
    const s = stack();
    const stt = SpeechToText.fromExisting(s, "stt", {
      name: "shared-stt",
      resourceGroupId: RG,
      location: "eu-de",
      language: "de-DE",
      plan: "plus",
    });
    const json = synthJson(s);
    expect(only(json.data, "ibm_resource_instance")).toEqual({
      name: "shared-stt",
      resource_group_id: RG,
      location: "eu-de",
      service: "speech-to-text",
    });
    expect(only(json.resource, "ibm_resource_key")).toMatchObject({
      name: "shared-stt-voice-agent",
      resource_instance_id: `\${${stt.instanceAddress}.id}`,
    });
    expect(rendered(s, stt.url)).toBe(
      `https://api.eu-de.speech-to-text.watson.cloud.ibm.com/instances/\${${stt.instanceAddress}.guid}`,
    );
    expect(rendered(s, stt.instanceCrn)).toBe(`\${${stt.instanceAddress}.crn}`);
    expect(stt.language).toBe("de-DE");
    expect(stt.plan).toBe("plus");
  });

  test("uses a given url, credential name, role, opt-out and aliased provider", () => {
    const s = stack();
    const eu = new IbmProvider(s, "eu", { alias: "eu" });
    const tts = TextToSpeech.fromExisting(s, "tts", {
      crn: CRN.replace("conversation", "text-to-speech"),
      location: "us-south",
      url: "https://tts.example.com/instances/x",
      credentialName: "agent-tts",
      credentialRole: ServiceRole.WRITER,
      provider: eu,
    });
    const json = synthJson(s);
    expect(tts.url).toBe("https://tts.example.com/instances/x");
    expect(only(json.data, "ibm_resource_instance").provider).toBe("ibm.eu");
    expect(only(json.resource, "ibm_resource_key")).toMatchObject({
      name: "agent-tts",
      role: "Writer",
      provider: "ibm.eu",
    });
  });

  test("synthesizes the same json twice", () => {
    const build = () => {
      const s = stack();
      WatsonAssistant.fromExisting(s, "wa", { name: "wa", location: "us-south" });
      return Testing.synth(s);
    };
    expect(build()).toBe(build());
  });

  describe("validation", () => {
    const fails = (attrs: object) =>
      problemProps(() => WatsonAssistant.fromExisting(stack(), "wa", attrs as any));

    test("requires crn or name, and not both", () => {
      expect(fails({ location: "us-south" })).toEqual(["crn"]);
      expect(fails({ crn: CRN, name: "wa", location: "us-south" })).toEqual(["crn"]);
    });

    test("refuses a resource group with a crn (the data source would reject it)", () => {
      expect(fails({ crn: CRN, resourceGroupId: RG, location: "us-south" })).toEqual([
        "resourceGroupId",
      ]);
    });

    test("refuses a crn of another service or location", () => {
      expect(
        fails({ crn: CRN.replace("conversation", "speech-to-text"), location: "us-south" }),
      ).toEqual(["crn"]);
      expect(fails({ crn: CRN, location: "eu-de" })).toEqual(["crn"]);
    });

    test("requires a documented location", () => {
      expect(fails({ name: "wa" })).toEqual(["location"]);
      expect(fails({ name: "wa", location: "moon" })).toEqual(["location"]);
    });

    test("refuses an http url", () => {
      const e = propsErrorOf(() =>
        WatsonAssistant.fromExisting(stack(), "wa", {
          name: "wa",
          location: "us-south",
          url: "http://api.us-south.assistant.watson.cloud.ibm.com",
        }),
      );
      expect(e.problems.map((p) => `${p.prop} ${p.problem}`)).toEqual(["url must use https"]);
    });

    test("refuses an unsupported language, an empty plan and a Manager credential", () => {
      expect(
        fails({
          name: "wa",
          location: "us-south",
          language: "xx-XX",
          plan: "",
          credentialRole: ServiceRole.MANAGER,
        }),
      ).toEqual(["language", "plan", "credentialRole"]);
    });

    test("fails with a props error, not a TypeError, when attributes are missing", () => {
      expect(
        problemProps(() => WatsonAssistant.fromExisting(stack(), "wa", undefined as any)),
      ).toEqual(["attributes"]);
    });
  });
});
