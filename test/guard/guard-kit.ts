/** Shared builders for the guard and resource-rule tests. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { CloudantDatabase } from "../../.gen/providers/ibm/cloudant-database";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { MANIFEST_SCHEMA } from "../../lib/contracts/manifest-schema";
import { Acknowledgement } from "../../lib/guard";
import { Rule } from "../../lib/rules";

/** A fresh output directory under the OS temp dir. */
export function tempOutdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "vaw-guard-"));
}

/** An app writing to a temp dir and one stack in it. */
export function appAndStack(
  id = "guarded",
  appProps: { skipValidation?: boolean } = {},
  withProvider = true,
): { app: App; stack: TerraformStack; outdir: string } {
  const outdir = tempOutdir();
  const app = new App({ outdir, ...appProps });
  const stack = new TerraformStack(app, id);
  if (withProvider) new IbmProvider(stack, "ibm", { region: "us-south" });
  return { app, stack, outdir };
}

/** The path of a stack's file in a synth output directory. */
export function stackFile(outdir: string, stackId: string, file = "cdk.tf.json"): string {
  return path.join(outdir, "stacks", stackId, file);
}

/** A Cloudant instance with the secure settings (IAM only, CORS off). */
export function secureCloudant(scope: Construct, id = "events"): Cloudant {
  return new Cloudant(scope, id, {
    name: "call-events",
    location: "us-south",
    plan: "standard",
    legacyCredentials: false,
    enableCors: false,
  });
}

/** A Writer credential for `instance`. */
export function writerKey(
  scope: Construct,
  id: string,
  instance: Cloudant,
  role = "Writer",
): ResourceKey {
  return new ResourceKey(scope, id, { name: id, resourceInstanceId: instance.id, role });
}

/** A non-partitioned database in `instance`. */
export function eventDatabase(
  scope: Construct,
  id: string,
  instance: Cloudant,
  db = "cdr-events",
): CloudantDatabase {
  return new CloudantDatabase(scope, id, { instanceCrn: instance.crn, db });
}

/** Options of {@link agentManifest}. */
export interface TestAgent {
  readonly name?: string;
  readonly dataClasses?: string[];
  readonly cloudant?: Cloudant;
  readonly key?: ResourceKey;
  readonly database?: string;
}

/** A plain `terraform_data` resource whose `input` is set by {@link agentManifest} (without cdktf's Terraform version check of `DataResource`). */
class ManifestCarrier extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly input: Record<string, unknown>,
  ) {
    super(scope, id, { terraformResourceType: "terraform_data" });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { input: this.input };
  }
}

/**
 * A `terraform_data` carrying a minimal agent manifest (only the parts the
 * resource rules read are meaningful), as the VoiceAgent construct renders it.
 */
export function agentManifest(
  scope: Construct,
  id: string,
  agent: TestAgent = {},
): TerraformResource {
  const forwarding = agent.cloudant !== undefined;
  const ref = (r?: { terraformResourceType: string; friendlyUniqueId: string }) =>
    r ? `${r.terraformResourceType}.${r.friendlyUniqueId}` : undefined;
  return new ManifestCarrier(scope, id, {
    manifestSchema: MANIFEST_SCHEMA,
    constructPath: `${scope.node.path}/${id}`,
    serviceInstanceCrn: "crn:v1:bluemix:public:voice-agent:us-south:a/1234::",
    region: "us-south",
    agentType: "Voice",
    name: agent.name ?? "Claims line",
    phoneNumbers: [{ number: "+15550100" }],
    dataClasses: agent.dataClasses ?? ["PII"],
    sipAuthentication: { enabled: true },
    ipAllowList: [],
    conversation: {
      location1: {
        serviceType: "My service instance",
        region: "us-south",
        url: "https://api.us-south.assistant.watson.cloud.ibm.com",
      },
    },
    eventForwarding: {
      enabled: forwarding,
      cloudantInstance: ref(agent.cloudant),
      authentication: "apikey",
      credential: agent.key
        ? {
            name: "events",
            role: "Writer",
            resourceKey: ref(agent.key),
            purpose: "event-forwarding",
          }
        : undefined,
      cdrEvents: {
        enabled: forwarding,
        database: forwarding ? (agent.database ?? "cdr-events") : undefined,
      },
      transcriptionEvents: { enabled: false },
      turnEvents: { enabled: false },
    },
    outboundCalling: { enabled: false, secureTrunking: true },
    serviceDefaults: {},
  });
}

/** The rendered JSON of a stack, metadata included (what cdk.tf.json holds). */
export function renderedJson(stack: TerraformStack): Record<string, unknown> {
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

/** The reason the tests give for running only the rules under test (VAW-GUARD-4). */
export const ONLY_RULES_REASON =
  "unit test: runs only the rules under test, the others have their own tests";

/**
 * Guard options that run only `rules`, with the VAW-GUARD-4 acknowledgement a
 * reduced rule set needs, on the stack (or `check` stack name) `stackPath`.
 */
export function onlyRules(
  rules: readonly Rule[],
  stackPath: string,
): { rules: readonly Rule[]; acknowledgements: Acknowledgement[] } {
  return {
    rules,
    acknowledgements: [
      { ruleId: "VAW-GUARD-4", constructPath: stackPath, reason: ONLY_RULES_REASON },
    ],
  };
}

/** Drops the (acknowledged) VAW-GUARD-4 finding of a reduced rule set. */
export function ruleFindings<T extends { ruleId: string }>(findings: readonly T[]): T[] {
  return findings.filter((f) => f.ruleId !== "VAW-GUARD-4");
}
