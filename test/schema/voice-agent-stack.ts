// A small, valid stack built with the generated IBM bindings, shared by the schema tests.
import { DataResource, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { CloudantDatabase } from "../../.gen/providers/ibm/cloudant-database";
import { DataIbmResourceInstance } from "../../.gen/providers/ibm/data-ibm-resource-instance";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";

/** Synthesizes the stack and returns a fresh parsed copy of its cdk.tf.json. */
export function synthesizedVoiceAgentStack(): any {
  const stack = new TerraformStack(Testing.app(), "voice-agent");
  const apiKey = new TerraformVariable(stack, "ibmcloud_api_key", {
    type: "string",
    sensitive: true,
  });
  new IbmProvider(stack, "ibm", { ibmcloudApiKey: apiKey.stringValue, region: "us-south" });
  const cloudant = new Cloudant(stack, "events", {
    name: "voice-agent-events",
    location: "us-south",
    plan: "standard",
    legacyCredentials: false,
    enableCors: false,
    tags: ["voice-agent"],
    timeouts: { create: "30m" },
  });
  new CloudantDatabase(stack, "events_db", { instanceCrn: cloudant.crn, db: "call-events" });
  new ResourceKey(stack, "writer", {
    name: "voice-agent-writer",
    resourceInstanceId: cloudant.id,
    role: "Writer",
  });
  new DataIbmResourceInstance(stack, "assistant", { name: "watson-assistant" });
  new DataResource(stack, "agent_manifest", {
    input: { name: "support", phoneNumbers: ["+15550100"], transfer: { enabled: false, limit: 3 } },
  });
  new TerraformOutput(stack, "cloudant_crn", { value: cloudant.crn });
  return JSON.parse(Testing.synth(stack));
}
