import {
  TerraformElement,
  TerraformOutput,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Testing,
} from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { Secret, SecretSource } from "../../lib";
import { rendered } from "../util";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

/** The error a call throws, as text ("" when it does not throw). */
function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return "";
}

const IDS = { instanceId: "abc", secretId: "def" };

describe("Secret sources refuse what is not one", () => {
  test.each([
    ["a string", () => "hunter2"],
    ["an output", (s: TerraformStack) => new TerraformOutput(s, "o", { value: "v" })],
    ["a plain object", () => ({ sensitive: true, stringValue: "${var.x}" })],
    ["undefined", () => undefined],
  ])("fromVariable refuses %s", (_, make) => {
    const s = stack();
    const message = errorOf(() => Secret.fromVariable(make(s) as never));
    expect(message).toContain("source is not a terraform variable");
    expect(message).toContain("pass a TerraformVariable declared with sensitive: true");
  });

  test.each([
    ["null", null],
    ["a string", "variable"],
    ["a number", 7],
  ])("fromVariable refuses an element that renders %s, with the same error", (_, rendering) => {
    class Odd extends TerraformElement {
      public override toTerraform(): never {
        return rendering as never;
      }
    }
    const odd = new Odd(stack(), "odd");
    expect(errorOf(() => Secret.fromVariable(odd as never))).toMatch(
      /^invalid props for Secret at test\/odd \(1 problem\):\n {2}- Secret at test\/odd: source is not a terraform variable/,
    );
  });

  test("fromVariable names the construct when the refused value is one", () => {
    const s = stack();
    const output = new TerraformOutput(s, "o", { value: "v" });
    expect(errorOf(() => Secret.fromVariable(output as never))).toContain("Secret at test/o:");
    expect(errorOf(() => Secret.fromVariable("x" as never))).toContain(
      "Secret at (not a construct):",
    );
  });

  test("fromVariable refuses a variable whose sensitive flag is anything but true", () => {
    const s = stack();
    for (const [id, sensitive] of [
      ["unset", undefined],
      ["off", false],
    ] as const) {
      const v = new TerraformVariable(s, id, { type: "string", sensitive });
      expect(errorOf(() => Secret.fromVariable(v))).toContain(
        `Secret at test/${id}: source is a terraform variable that is not sensitive, got (not shown); declare the variable with sensitive: true so that terraform redacts it`,
      );
    }
  });

  test("fromSecretsManager needs a construct scope", () => {
    expect(errorOf(() => Secret.fromSecretsManager(undefined as never, "x", IDS))).toContain(
      "Secret at (no scope): source needs a construct scope for its data source, got (not shown); pass the construct (for example the stack) that holds the data source",
    );
    expect(errorOf(() => Secret.fromSecretsManager({} as never, "x", IDS))).toContain(
      "needs a construct scope",
    );
  });

  test("fromSecretsManager lists every problem of its options in one error", () => {
    const s = stack();
    const message = errorOf(() =>
      Secret.fromSecretsManager(s, "", {
        instanceId: "",
        secretId: 5 as never,
        region: "",
        endpointType: "public-ish" as never,
      }),
    );
    expect(message).toMatch(/^invalid props for Secret at test \(5 problems\):/);
    expect(message).toContain('id must not be empty, got ""');
    expect(message).toContain('instanceId must not be empty, got ""');
    expect(message).toContain("secretId must be a string, got 5");
    expect(message).toContain('region must not be empty, got ""');
    expect(message).toContain('endpointType is not an allowed value, got "public-ish"');
    // nothing was added to the stack
    expect(JSON.parse(Testing.synth(s)).data).toBeUndefined();
  });

  test.each([
    [
      "missing options",
      undefined,
      "options is required, got undefined; pass { instanceId, secretId }",
    ],
    [
      "options that are not an object",
      "abc",
      '(1 problem):\n  - Secret at test: options must be an object, got "abc"; pass an object literal',
    ],
    [
      "no instance id",
      { secretId: "def" },
      "instanceId is required, got undefined; give the secret's instance guid",
    ],
    [
      "no secret id",
      { instanceId: "abc" },
      "secretId is required, got undefined; give the secret's id",
    ],
  ])("fromSecretsManager refuses %s", (_, options, expected) => {
    expect(errorOf(() => Secret.fromSecretsManager(stack(), "soe", options as never))).toContain(
      expected,
    );
  });

  test("fromSecretsManager refuses a missing construct id", () => {
    expect(errorOf(() => Secret.fromSecretsManager(stack(), undefined as never, IDS))).toContain(
      "id is required, got undefined; give the data source a construct id",
    );
  });

  test("fromSecretsManager passes the region and a chosen endpoint through", () => {
    const s = stack();
    const secret = Secret.fromSecretsManager(s, "soe", {
      ...IDS,
      region: "eu-de",
      endpointType: "public",
    });
    const json = JSON.parse(Testing.synth(s));
    expect(json.data.ibm_sm_arbitrary_secret.soe).toEqual(
      expect.objectContaining({ region: "eu-de", endpoint_type: "public" }),
    );
    expect(secret.reference).toEqual({
      source: SecretSource.SECRETS_MANAGER,
      address: "data.ibm_sm_arbitrary_secret.soe",
      field: "payload",
    });
    expect(String(secret)).toBe("Secret(data.ibm_sm_arbitrary_secret.soe.payload)");
  });

  test.each([
    [
      "a cloudant instance",
      (s: TerraformStack) =>
        new Cloudant(s, "c", { name: "c", location: "us-south", plan: "standard" }),
    ],
    ["a plain object", () => ({ credentials: { lookup: () => "x" } })],
    ["undefined", () => undefined],
  ])("fromResourceKey refuses %s", (_, make) => {
    const message = errorOf(() => Secret.fromResourceKey(make(stack()) as never));
    expect(message).toContain("source is not an ibm_resource_key");
    expect(message).toContain("pass the ResourceKey (for example ServiceCredential.resource)");
  });

  test.each([["api key"], [""], ['a"b'], ["${var.x}"], [5]])(
    "fromResourceKey refuses the field name %j",
    (field) => {
      const s = stack();
      const key = new ResourceKey(s, "key", { name: "k", resourceInstanceId: "x", role: "Writer" });
      expect(errorOf(() => Secret.fromResourceKey(key, field as never))).toContain(
        'Secret at test/key: source names a credentials field that is not a plain field name, got (not shown); give the field of the credential\'s credentials map, for example "apikey"',
      );
    },
  );

  test("fromResourceKey refuses another resource type that has a credentials map", () => {
    class ServiceApiKey extends TerraformResource {
      public readonly credentials = { lookup: (k: string) => `\${ibm_iam_service_api_key.k.${k}}` };
      constructor(scope: TerraformStack, id: string) {
        super(scope, id, { terraformResourceType: "ibm_iam_service_api_key" });
      }
    }
    const key = new ServiceApiKey(stack(), "k");
    expect(errorOf(() => Secret.fromResourceKey(key as never))).toContain(
      "Secret at test/k: source is not an ibm_resource_key",
    );
  });

  test("fromSecretsManager accepts the private endpoint named explicitly", () => {
    const s = stack();
    Secret.fromSecretsManager(s, "soe", { ...IDS, endpointType: "private" });
    expect(JSON.parse(Testing.synth(s)).data.ibm_sm_arbitrary_secret.soe.endpoint_type).toBe(
      "private",
    );
  });

  test("fromResourceKey reads another field when asked", () => {
    const s = stack();
    const key = new ResourceKey(s, "key", { name: "k", resourceInstanceId: "x", role: "Writer" });
    const secret = Secret.fromResourceKey(key, "connection.cli.arguments_0");
    expect(rendered(s, secret.value)).toBe(
      '${ibm_resource_key.key.credentials["connection.cli.arguments_0"]}',
    );
    expect(secret.reference).toEqual({
      source: SecretSource.RESOURCE_KEY,
      address: "ibm_resource_key.key",
      field: "credentials.connection.cli.arguments_0",
    });
  });
});

describe("a Secret never shows its value", () => {
  test("toString and JSON give the reference only", () => {
    const s = stack();
    const secret = Secret.fromVariable(new TerraformVariable(s, "pw", { sensitive: true }));
    expect(String(secret)).toBe("Secret(var.pw)");
    expect(JSON.parse(JSON.stringify(secret))).toEqual({
      source: SecretSource.TERRAFORM_VARIABLE,
      address: "var.pw",
    });
  });

  test("isSecret is false for look-alikes", () => {
    for (const x of [
      null,
      undefined,
      0,
      "Secret(var.pw)",
      {},
      { value: "${var.pw}", reference: {} },
    ])
      expect(Secret.isSecret(x)).toBe(false);
    const marked = { [Symbol.for("cdktf-ibm-voice-agent.Secret")]: true };
    expect(Secret.isSecret(marked)).toBe(true);
  });
});
