import { App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { ResourceKey } from "../../.gen/providers/ibm/resource-key";
import { Secret, SecretSource } from "../../lib";
import { rendered } from "../util";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

describe("Secret", () => {
  test("fromVariable accepts a sensitive variable and renders a var reference", () => {
    const s = stack();
    const v = new TerraformVariable(s, "soe_password", { type: "string", sensitive: true });
    const secret = Secret.fromVariable(v);
    expect(secret.reference).toEqual({
      source: SecretSource.TERRAFORM_VARIABLE,
      address: "var.soe_password",
    });
    expect(rendered(s, secret.value)).toBe("${var.soe_password}");
  });

  test("fromVariable rejects a variable that is not sensitive", () => {
    const s = stack();
    const v = new TerraformVariable(s, "plain", { type: "string" });
    expect(() => Secret.fromVariable(v)).toThrow(
      /Secret at test\/plain: source is a terraform variable that is not sensitive/,
    );
  });

  test("fromSecretsManager reads the payload over the private endpoint by default", () => {
    const s = stack();
    const secret = Secret.fromSecretsManager(s, "soe", { instanceId: "abc", secretId: "def" });
    const json = JSON.parse(Testing.synth(s));
    expect(json.data.ibm_sm_arbitrary_secret.soe).toMatchObject({
      instance_id: "abc",
      secret_id: "def",
      endpoint_type: "private",
    });
    expect(rendered(s, secret.value)).toBe("${data.ibm_sm_arbitrary_secret.soe.payload}");
  });

  test("fromResourceKey reads a credentials field", () => {
    const s = stack();
    const key = new ResourceKey(s, "key", { name: "k", resourceInstanceId: "x", role: "Writer" });
    const secret = Secret.fromResourceKey(key);
    expect(rendered(s, secret.value)).toBe('${ibm_resource_key.key.credentials["apikey"]}');
    expect(String(secret)).toBe("Secret(ibm_resource_key.key.credentials.apikey)");
    expect(JSON.stringify({ secret })).not.toContain("${");
  });

  test("isSecret tells secrets from strings", () => {
    expect(Secret.isSecret("hunter2")).toBe(false);
    const s = stack();
    expect(
      Secret.isSecret(Secret.fromVariable(new TerraformVariable(s, "x", { sensitive: true }))),
    ).toBe(true);
    expect(App).toBeDefined();
  });
});
