import { SchemaProblem, SchemaValidator } from "../../lib/schema";
import { synthesizedVoiceAgentStack } from "./voice-agent-stack";

const validator = SchemaValidator.load();

function problemsOf(doc: unknown): SchemaProblem[] {
  return [...validator.validate(doc).problems];
}

describe("SchemaValidator on a synthesized stack", () => {
  test("reports no problem for a valid stack built with the generated bindings", () => {
    const result = validator.validate(synthesizedVoiceAgentStack());
    expect(result.problems).toEqual([]);
    expect(result.resourcesChecked).toBe(5);
  });

  test("fails an unknown attribute, naming the address and path and suggesting the right name", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cloudant.events.legacy_credential = false;
    expect(problemsOf(doc)).toEqual([
      {
        address: "ibm_cloudant.events",
        path: "legacy_credential",
        code: "unknown-attribute",
        message:
          'unsupported argument or block "legacy_credential"; did you mean "legacy_credentials"?',
      },
    ]);
  });

  test("reads %{ } directives as expressions and $${ } escapes as literal strings", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cloudant.events.legacy_credentials =
      "%{ if var.legacy }true%{ else }false%{ endif }";
    expect(problemsOf(doc)).toEqual([]);
    doc.resource.ibm_cloudant.events.legacy_credentials = "$${var.legacy}";
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "ibm_cloudant.events",
        path: "legacy_credentials",
        code: "wrong-type",
      }),
    ]);
  });

  test("fails a missing required argument", () => {
    const doc = synthesizedVoiceAgentStack();
    delete doc.resource.ibm_cloudant_database.events_db.db;
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "ibm_cloudant_database.events_db",
        path: "db",
        code: "missing-required",
        message: 'required argument "db" is missing, got nothing; set it',
      }),
    ]);
  });

  test("fails a bool where a string is expected", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_resource_key.writer.role = true;
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "ibm_resource_key.writer",
        path: "role",
        code: "wrong-type",
        message: expect.stringMatching(/^must be a string, got true;/),
      }),
    ]);
  });

  test("fails two items in a block with max_items 1", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cloudant.events.cors_config = [
      { origins: ["https://a.example.com"] },
      { origins: ["https://b.example.com"] },
    ];
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "ibm_cloudant.events",
        path: "cors_config",
        code: "too-many-items",
        message: 'at most 1 "cors_config" block is allowed, got 2; remove the extra ones',
      }),
    ]);
  });

  test("fails an unknown resource type and suggests the closest known one", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cloudant_db = { other: { db: "x", instance_crn: "crn" } };
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "ibm_cloudant_db.other",
        path: "",
        code: "unknown-type",
        message: expect.stringContaining('unknown resource type "ibm_cloudant_db"'),
      }),
    ]);
    expect(problemsOf(doc)[0].message).toContain('did you mean "ibm_cloudant"?');
  });

  test("fails a computed-only attribute that is set", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cloudant.events.crn = "crn:v1:bluemix:public:cloudantnosqldb:us-south:a/1::";
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "ibm_cloudant.events",
        path: "crn",
        code: "computed-set",
        message: '"crn" is computed by the provider and cannot be set, got a string; remove it',
      }),
    ]);
  });

  test("never echoes a string value in a message", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cloudant.events.capacity = "hunter2-secret";
    const [problem] = problemsOf(doc);
    expect(problem).toMatchObject({ path: "capacity", code: "wrong-type" });
    expect(problem.message).not.toContain("hunter2");
  });

  test("fails a missing required argument in a nested block, with its index", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cbr_zone = {
      office: {
        name: "office",
        account_id: "abc",
        addresses: [{ type: "ipAddress", value: "192.0.2.10" }, { value: "192.0.2.0/24" }],
      },
    };
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "ibm_cbr_zone.office",
        path: "addresses[1].type",
        code: "missing-required",
      }),
    ]);
  });

  test("names the list index of a list block rendered as a single object", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.ibm_cloudant.events.cors_config = { origins: "https://a.example.com" };
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({ path: "cors_config[0].origins", code: "wrong-type" }),
    ]);
  });

  test("accepts ${...} expressions for any type", () => {
    const doc = synthesizedVoiceAgentStack();
    Object.assign(doc.resource.ibm_cloudant.events, {
      capacity: "${var.capacity}",
      include_data_events: "${var.include_data_events}",
      tags: "${local.tags}",
      parameters: "${jsonencode(local.parameters)}",
      resource_group_id: "${data.ibm_resource_group.rg.id}",
    });
    expect(problemsOf(doc)).toEqual([]);
  });

  test("accepts a terraform_data resource whose input is any value", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.terraform_data.other = {
      input: [1, "two", { three: [true, null] }],
      triggers_replace: "${ibm_cloudant.events.id}",
    };
    expect(problemsOf(doc)).toEqual([]);
  });

  test("fails a terraform_data resource that sets its computed output", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.resource.terraform_data.agent_manifest.output = { a: 1 };
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "terraform_data.agent_manifest",
        path: "output",
        code: "computed-set",
      }),
    ]);
  });

  test("checks data sources under their data. address", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.data.ibm_resource_instance.assistant.plan = "plus";
    doc.data.ibm_resource_instnace = { x: { name: "y" } };
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "data.ibm_resource_instance.assistant",
        path: "plan",
        code: "computed-set",
      }),
      expect.objectContaining({
        address: "data.ibm_resource_instnace.x",
        code: "unknown-type",
        message: expect.stringContaining('unknown data source type "ibm_resource_instnace"'),
      }),
    ]);
  });

  test("reports every problem of a resource at once, in document order", () => {
    const doc = synthesizedVoiceAgentStack();
    const events = doc.resource.ibm_cloudant.events;
    events.plan = false;
    events.guid = "x";
    delete events.location;
    expect(problemsOf(doc).map((p) => `${p.code} ${p.path}`)).toEqual([
      "wrong-type plan",
      "computed-set guid",
      "missing-required location",
    ]);
  });

  test("validates a twilio trunk against the bundled twilio schema", () => {
    const doc = synthesizedVoiceAgentStack();
    doc.terraform.required_providers.twilio = { source: "twilio/twilio", version: "0.18.46" };
    doc.resource.twilio_trunking_trunks_v1 = {
      trunk: { friendly_name: "voice-agent", secure: true, transfer_mode: "disable-all" },
    };
    expect(validator.validate(doc)).toEqual({ problems: [], resourcesChecked: 6 });
    doc.resource.twilio_trunking_trunks_v1.trunk.secure = "true";
    expect(problemsOf(doc)).toEqual([
      expect.objectContaining({
        address: "twilio_trunking_trunks_v1.trunk",
        path: "secure",
        code: "wrong-type",
      }),
    ]);
  });

  test("reports a document that is not an object instead of throwing", () => {
    expect(validator.validate([1, 2])).toEqual({
      problems: [expect.objectContaining({ address: "(document)", code: "invalid-structure" })],
      resourcesChecked: 0,
    });
  });
});
