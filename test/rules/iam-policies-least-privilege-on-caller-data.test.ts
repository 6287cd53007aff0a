import { VoiceAgentGuard } from "../../lib/guard";
import {
  agentManifest,
  appAndStack,
  renderedJson,
  secureCloudant,
  writerKey,
} from "./resource-rule-kit";

/** Rendered JSON of a stack whose agent forwards events to `ibm_cloudant.events`, plus `policies` of `type`. */
function documentWith(type: string, policies: Record<string, Record<string, unknown>>) {
  const { stack } = appAndStack();
  const c = secureCloudant(stack);
  agentManifest(stack, "agent", { cloudant: c, key: writerKey(stack, "key", c) });
  const json = renderedJson(stack) as { resource: Record<string, unknown> };
  json.resource[type] = policies;
  return json;
}

const findingsOf = (json: Record<string, unknown>) =>
  VoiceAgentGuard.check(json).findings.filter((f) => f.ruleId === "VAW-KEY-2");

const POLICY_TYPES = [
  "ibm_iam_user_policy",
  "ibm_iam_service_policy",
  "ibm_iam_access_group_policy",
  "ibm_iam_trusted_profile_policy",
];

describe("VAW-KEY-2 IAM policies grant no Manager or Administrator on the event store or the Voice Agent instance", () => {
  test.each(POLICY_TYPES)(
    "%s granting Manager on the event store by instance id is an error",
    (type) => {
      const json = documentWith(type, {
        ops: {
          roles: ["Viewer", "Manager"],
          resources: [
            { service: "cloudantnosqldb", resource_instance_id: "${ibm_cloudant.events.guid}" },
          ],
        },
      });
      const [f] = findingsOf(json);
      expect(f).toMatchObject({
        level: "error",
        blocking: true,
        attributePath: "roles",
        constructPath: `${type}.ops`,
      });
      expect(f.message).toContain('the policy grants "Manager"; the policy covers the event store');
    },
  );

  test("its fixed twin, Writer on the event store, passes", () => {
    const json = documentWith("ibm_iam_access_group_policy", {
      ops: {
        roles: ["Writer"],
        resources: {
          service: "cloudantnosqldb",
          resource_instance_id: "${ibm_cloudant.events.guid}",
        },
      },
    });
    expect(findingsOf(json)).toEqual([]);
  });

  test("Administrator on every Cloudant instance, or on the whole account, includes the event store", () => {
    const json = documentWith("ibm_iam_user_policy", {
      all_cloudant: { roles: ["Administrator"], resources: [{ service: "cloudantnosqldb" }] },
      everything: { roles: ["Manager"] },
      attributes: {
        roles: ["Manager"],
        resource_attributes: [{ name: "serviceName", value: "cloudantnosqldb" }],
      },
    });
    expect(findingsOf(json).map((f) => [f.constructPath, f.level])).toEqual([
      ["ibm_iam_user_policy.all_cloudant", "error"],
      ["ibm_iam_user_policy.attributes", "error"],
      ["ibm_iam_user_policy.everything", "error"],
    ]);
  });

  test("Manager on the Voice Agent instance, named by the GUID of its CRN, is an error", () => {
    const json = documentWith("ibm_iam_service_policy", {
      va: { roles: ["Manager"], resources: [{ resource_instance_id: "1234" }] },
    });
    // the kit's manifest names crn:v1:bluemix:public:voice-agent:us-south:a/1234:: (no instance segment)
    expect(findingsOf(json)).toEqual([]);
    const manifest = Object.values(
      (json.resource as Record<string, Record<string, { input: Record<string, unknown> }>>)
        .terraform_data,
    )[0];
    manifest.input.serviceInstanceCrn =
      "crn:v1:bluemix:public:voiceagent:us-south:a/acct:5c1e-77:: ";
    (json.resource.ibm_iam_service_policy as any).va.resources[0].resource_instance_id = "5C1E-77";
    expect(findingsOf(json)[0].message).toContain(
      "the policy covers the voice agent with watson instance",
    );
  });

  test("roles from a variable with a literal default are judged by the default", () => {
    const json = documentWith("ibm_iam_access_group_policy", {
      ops: {
        roles: "${var.roles}",
        resources: [{ resource_instance_id: "${ibm_cloudant.events.guid}" }],
      },
    });
    (json as any).variable = { roles: { type: "list(string)", default: ["Manager"] } };
    expect(findingsOf(json)[0].message).toContain("judged by the default of var.roles");
  });

  test("a policy on an unrelated instance, an account-management policy, or a stack without agents is not judged", () => {
    const json = documentWith("ibm_iam_access_group_policy", {
      other: { roles: ["Manager"], resources: [{ service: "kms", resource_instance_id: "abcd" }] },
      account: { roles: ["Administrator"], account_management: true },
    });
    expect(findingsOf(json)).toEqual([]);
    const { stack } = appAndStack();
    secureCloudant(stack);
    const bare = renderedJson(stack) as { resource: Record<string, unknown> };
    bare.resource.ibm_iam_user_policy = { all: { roles: ["Manager"] } };
    expect(findingsOf(bare)).toEqual([]);
  });

  test("an instance id or resource group decided at apply time cannot be verified", () => {
    const json = documentWith("ibm_iam_user_policy", {
      by_var: { roles: ["Manager"], resources: [{ resource_instance_id: "${var.instance}" }] },
      by_group: { roles: ["Manager"], resources: [{ resource_group_id: "${var.group}" }] },
    });
    expect(findingsOf(json).map((f) => [f.constructPath, f.status, f.level])).toEqual([
      ["ibm_iam_user_policy.by_group", "cannot-verify", "warning"],
      ["ibm_iam_user_policy.by_var", "cannot-verify", "warning"],
    ]);
  });
});
