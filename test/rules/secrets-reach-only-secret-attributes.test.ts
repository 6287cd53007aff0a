import { TerraformStack, TerraformVariable } from "cdktf";
import { GuardFinding, VoiceAgentGuard } from "../../lib/guard";
import { compliantStack, renderStack } from "./fixtures/agent-stack";

// VAW-SECRET-4 on hand-written rendered JSON (VoiceAgentGuard.check): what
// counts as a secret, how it is followed, and which attributes may receive
// it. The app.synth() cases are in test/e2e/secret-flow-cases.ts, the
// property-based ones in secret-flow-properties.test.ts.

const SENSITIVE = { pw: { type: "string", sensitive: true }, plain: { type: "string" } };

function secret4(json: Record<string, unknown>): GuardFinding[] {
  return VoiceAgentGuard.check({ variable: SENSITIVE, ...json }).findings.filter(
    (f) => f.ruleId === "VAW-SECRET-4",
  );
}

const cos = (extra: Record<string, unknown>) => ({
  name: "cos",
  service: "cloud-object-storage",
  plan: "standard",
  location: "global",
  ...extra,
});

describe("VAW-SECRET-4 secrets flow only into attributes that hold secrets", () => {
  test("blocks a sensitive variable in tags, naming the source and the sink", () => {
    const [f] = secret4({
      resource: { ibm_resource_instance: { cos: cos({ tags: ["env:prod", "k:${var.pw}"] }) } },
    });
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      address: "ibm_resource_instance.cos",
      attributePath: "tags.1",
    });
    expect(f.message).toBe(
      "tags.1 of ibm_resource_instance.cos receives the secret var.pw; the provider schema does not mark " +
        "ibm_resource_instance.tags sensitive, so terraform stores and shows it in plain text",
    );
  });

  test.each([
    ["a function call", "${base64encode(var.pw)}"],
    ["a template of two values", "${var.plain}-${var.pw}"],
    ["a conditional", '${var.plain == "" ? var.pw : "x"}'],
    ["a for expression", '${join(",", [for s in [var.pw] : upper(s)])}'],
  ])("follows the secret through %s", (_what, value) => {
    expect(
      secret4({ resource: { ibm_resource_instance: { cos: cos({ name: value }) } } }),
    ).toHaveLength(1);
  });

  test("follows locals, into the key of an object local that is read", () => {
    const found = secret4({
      locals: { cfg: { label: "recordings", key: "${var.pw}" }, chain: "${local.cfg.key}" },
      resource: {
        ibm_resource_instance: {
          a: cos({ name: "${local.cfg.label}" }),
          b: cos({ name: "${local.chain}" }),
        },
      },
    });
    expect(found.map((f) => [f.address, f.message.split(";")[0]])).toEqual([
      [
        "ibm_resource_instance.b",
        "name of ibm_resource_instance.b receives the secret var.pw (through local.chain, local.cfg)",
      ],
    ]);
  });

  test("ends at a local that refers to itself", () => {
    expect(
      secret4({
        locals: { a: "${local.b}", b: "${local.a}${var.plain}" },
        resource: { ibm_resource_instance: { cos: cos({ name: "${local.a}" }) } },
      }),
    ).toEqual([]);
  });

  test("treats schema-sensitive attributes of resources and data sources as secrets, whole objects included", () => {
    const found = secret4({
      resource: {
        ibm_resource_key: { k: { name: "k", role: "Writer", resource_instance_id: "x" } },
        ibm_resource_instance: {
          a: cos({ description: "${ibm_resource_key.k.credentials.apikey}" }),
          b: cos({ tags: ["${jsonencode(ibm_resource_key.k)}"] }),
          c: cos({ name: "${data.ibm_sm_arbitrary_secret.s.payload}" }),
          d: cos({ name: "${ibm_resource_key.k.name}-${ibm_resource_key.k.id}" }),
          e: cos({ name: "${ibm_resource_key.k[0].credentials_json}" }),
        },
      },
      data: { ibm_sm_arbitrary_secret: { s: { instance_id: "i", secret_id: "s" } } },
    });
    expect(found.map((f) => `${f.address}#${f.attributePath}`)).toEqual([
      "ibm_resource_instance.a#description",
      "ibm_resource_instance.b#tags.0",
      "ibm_resource_instance.c#name",
      "ibm_resource_instance.e#name",
    ]);
  });

  test("lets secrets reach the attributes meant for them, marked or not", () => {
    const report = VoiceAgentGuard.check({
      variable: SENSITIVE,
      provider: { ibm: [{ ibmcloud_api_key: "${var.pw}" }], twilio: [{ password: "${var.pw}" }] },
      resource: {
        ibm_resource_key: { k: { name: "k", role: "Writer", resource_instance_id: "x" } },
        ibm_code_engine_secret: {
          s: { project_id: "p", name: "s", format: "generic", data: { apikey: "${var.pw}" } },
        },
        ibm_sm_arbitrary_secret: { a: { instance_id: "i", name: "a", payload: "${var.pw}" } },
        twilio_api_accounts_sip_credential_lists_credentials: {
          c: {
            credential_list_sid: "CL1",
            username: "u",
            password: "${ibm_resource_key.k.credentials.apikey}",
          },
        },
        ibm_code_engine_app: {
          app: {
            project_id: "p",
            name: "soe",
            image_reference: "icr.io/x@sha256:" + "a".repeat(64),
            depends_on: ["ibm_resource_key.k"],
            run_env_variables: [
              {
                type: "secret_key_reference",
                name: "PASSWORD",
                reference: "${ibm_code_engine_secret.s.name}",
                key: "apikey",
              },
            ],
          },
        },
      },
    });
    expect(report.findings.filter((f) => /VAW-SECRET-[1-4]/.test(f.ruleId))).toEqual([]);
    expect(report.rules.find((r) => r.id === "VAW-SECRET-4")?.outcomes.compliant).toBeGreaterThan(
      4,
    );
  });

  test("reads an escaped $${var.pw} as the literal text it is", () => {
    expect(
      secret4({ resource: { ibm_resource_instance: { cos: cos({ name: "$${var.pw}" }) } } }),
    ).toEqual([]);
  });

  test("on a type whose schema is not vendored: names and tags block, secret-named attributes pass, others cannot be verified", () => {
    const found = secret4({
      resource: {
        ibm_database: {
          db: {
            name: "db-${var.pw}",
            adminpassword: "${var.pw}",
            service: "databases-for-postgresql",
          },
        },
        ibm_sm_kv_secret: { kv: { name: "kv", data: { token: "${var.pw}" } } },
        ibm_is_instance: { vsi: { name: "vsi", user_data: "#cloud-config\npassword: ${var.pw}" } },
      },
    });
    expect(found.map((f) => [f.address, f.attributePath, f.status, f.level])).toEqual([
      ["ibm_database.db", "name", "non-compliant", "error"],
      ["ibm_is_instance.vsi", "user_data", "cannot-verify", "warning"],
    ]);
    expect(found[1].message).toContain("the schema of ibm_is_instance is not vendored");
  });

  test("blocks a secret in any agent manifest field but leaves secret reference fields to VAW-CRED-3", () => {
    const stack = compliantStack();
    stack.variable.pw = { type: "string", sensitive: true };
    stack.manifest.description = "support line ${var.pw}";
    const json = renderStack(stack) as { resource: Record<string, any> };
    const report = VoiceAgentGuard.check(json);
    const found = report.findings.filter((f) => f.ruleId === "VAW-SECRET-4");
    expect(found).toEqual([
      expect.objectContaining({
        constructPath: `${stack.manifest.constructPath}/Manifest`,
        attributePath: "input.description",
        level: "error",
        blocking: true,
      }),
    ]);
    expect(found[0].message).toMatch(
      /^agent manifest field description receives the secret var\.pw;/,
    );

    const again = compliantStack();
    again.variable.pw = { type: "string", sensitive: true };
    (again.manifest.sms as any).smsProviderPassword = "${var.pw}";
    const ids = VoiceAgentGuard.check(renderStack(again)).findings.map((f) => f.ruleId);
    expect(ids).toContain("VAW-CRED-3");
    expect(ids).not.toContain("VAW-SECRET-4");
  });

  test("leaves outputs to VAW-SECRET-2 and ignores meta-arguments", () => {
    const found = VoiceAgentGuard.check({
      variable: SENSITIVE,
      output: { leak: { value: "${var.pw}" } },
      resource: {
        ibm_resource_instance: {
          cos: cos({
            lifecycle: { precondition: [{ condition: '${var.pw != ""}', error_message: "x" }] },
          }),
        },
      },
    }).findings.map((f) => f.ruleId);
    expect(ids(found)).toEqual(["VAW-SECRET-2"]);
  });

  test("cannot be acknowledged", () => {
    const stack = new TerraformStack(undefined as never, "x");
    expect(() =>
      VoiceAgentGuard.acknowledge(new TerraformVariable(stack, "v", {}), {
        ruleId: "VAW-SECRET-4",
        reason: "the tag is only visible to our own account admins",
      }),
    ).toThrow(/names a rule that cannot be acknowledged/);
  });
});

function ids(list: string[]): string[] {
  return list.filter((id) => id.startsWith("VAW-SECRET"));
}
