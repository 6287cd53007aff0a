import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { ServiceRole } from "../../lib/contracts/interfaces";
import { ServiceCredential } from "../../lib/credentials/service-credential";
import { SecretSource } from "../../lib/secrets/secret";
import { rendered, synthJson } from "../util";
import { problemProps, propsErrorOf } from "./props-error";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

const base = { name: "agent-key", resourceInstanceId: "crn:v1:x", role: ServiceRole.WRITER };

describe("ServiceCredential", () => {
  test("creates one resource key with the name, instance and explicit role", () => {
    const s = stack();
    new ServiceCredential(s, "key", base);
    const keys = synthJson(s).resource.ibm_resource_key;
    expect(Object.values(keys)).toEqual([
      { name: "agent-key", resource_instance_id: "crn:v1:x", role: "Writer" },
    ]);
  });

  test("resourceKeyAddress names the synthesized resource key", () => {
    const s = stack();
    const cred = new ServiceCredential(s, "key", base);
    const [name] = Object.keys(synthJson(s).resource.ibm_resource_key);
    expect(cred.resourceKeyAddress).toBe(`ibm_resource_key.${name}`);
  });

  test("exposes name and role for other components", () => {
    const cred = new ServiceCredential(stack(), "key", { ...base, role: ServiceRole.READER });
    expect(cred.credentialName).toBe("agent-key");
    expect(cred.role).toBe("Reader");
  });

  test("the api key is a reference into the key's sensitive credentials, never a value", () => {
    const s = stack();
    const cred = new ServiceCredential(s, "key", base);
    expect(cred.apiKey.reference).toEqual({
      source: SecretSource.RESOURCE_KEY,
      address: cred.resourceKeyAddress,
      field: "credentials.apikey",
    });
    expect(rendered(s, cred.apiKey.value)).toBe(
      `\${${cred.resourceKeyAddress}.credentials["apikey"]}`,
    );
    const key = Object.values(synthJson(s).resource.ibm_resource_key)[0] as object;
    expect(Object.keys(key)).not.toContain("credentials");
    expect(synthJson(s).output).toBeUndefined();
  });

  test("passes tags", () => {
    const s = stack();
    new ServiceCredential(s, "key", { ...base, tags: ["env:prod"] });
    const key = Object.values(synthJson(s).resource.ibm_resource_key)[0] as any;
    expect(key.tags).toEqual(["env:prod"]);
  });

  test("passes an aliased provider", () => {
    const s = stack();
    const eu = new IbmProvider(s, "eu", { alias: "eu", region: "eu-de" });
    new ServiceCredential(s, "key", { ...base, provider: eu });
    const key = Object.values(synthJson(s).resource.ibm_resource_key)[0] as any;
    expect(key.provider).toBe("ibm.eu");
  });

  test("accepts tokens for name and instance id", () => {
    const s = stack();
    const name = new TerraformVariable(s, "name", { type: "string" });
    const inst = new TerraformVariable(s, "inst", { type: "string" });
    new ServiceCredential(s, "key", {
      ...base,
      name: name.stringValue,
      resourceInstanceId: inst.stringValue,
    });
    const key = Object.values(synthJson(s).resource.ibm_resource_key)[0] as any;
    expect(key.name).toBe("${var.name}");
    expect(key.resource_instance_id).toBe("${var.inst}");
  });

  test("fails when the role is missing: there is no default role", () => {
    expect(
      problemProps(
        () => new ServiceCredential(stack(), "key", { ...base, role: undefined as any }),
      ),
    ).toEqual(["role"]);
  });

  test("fails for a role outside Reader, Writer and Manager", () => {
    expect(
      problemProps(
        () => new ServiceCredential(stack(), "key", { ...base, role: "Administrator" as any }),
      ),
    ).toEqual(["role"]);
  });

  test("fails for an empty name", () => {
    expect(
      problemProps(() => new ServiceCredential(stack(), "key", { ...base, name: "" })),
    ).toEqual(["name"]);
  });

  test("accepts a 128-character name and fails at 129", () => {
    new ServiceCredential(stack(), "ok", { ...base, name: "a".repeat(128) });
    const e = propsErrorOf(
      () => new ServiceCredential(stack(), "key", { ...base, name: "a".repeat(129) }),
    );
    expect(e.problems[0].problem).toBe("must be at most 128 characters");
  });

  test("fails for a tag with characters IBM does not allow, or longer than 128", () => {
    expect(
      problemProps(
        () =>
          new ServiceCredential(stack(), "key", {
            ...base,
            tags: ["ok", "no/slash", "t".repeat(129)],
          }),
      ),
    ).toEqual(["tags[1]", "tags[2]"]);
  });

  test("lists every problem at once with the construct path", () => {
    const e = propsErrorOf(
      () =>
        new ServiceCredential(stack(), "key", {
          name: "",
          resourceInstanceId: undefined as any,
          role: "Owner" as any,
        }),
    );
    expect(e.problems.map((p) => p.prop)).toEqual(["name", "resourceInstanceId", "role"]);
    expect(e.message).toContain("ServiceCredential at test/key: name must not be empty");
  });

  test("fails with a props error, not a TypeError, when props are missing", () => {
    expect(problemProps(() => new ServiceCredential(stack(), "key", undefined as any))).toEqual([
      "props",
    ]);
  });
});
