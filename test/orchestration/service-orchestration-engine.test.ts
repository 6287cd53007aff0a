import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import {
  isVoiceAgentError,
  Secret,
  ServiceOrchestrationEngine,
  ServiceOrchestrationEngineProps,
} from "../../lib";
import { SERVICE_ORCHESTRATION_ENGINE_DEFAULTS } from "../../lib/orchestration";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

function password(s: TerraformStack, id = "soe_password"): Secret {
  return Secret.fromVariable(new TerraformVariable(s, id, { type: "string", sensitive: true }));
}

function problems(make: (s: TerraformStack) => unknown): string[] {
  const s = stack();
  try {
    new ServiceOrchestrationEngine(s, "soe", make(s) as ServiceOrchestrationEngineProps);
    return [];
  } catch (e: any) {
    expect(isVoiceAgentError(e)).toBe(true);
    return e.problems.map((p: any) => `${p.prop} ${p.problem}`);
  }
}

const base = (s: TerraformStack) => ({
  url: "https://soe.example.com/SOE/ws",
  region: "us-south",
  userName: "va",
  password: password(s),
});

describe("ServiceOrchestrationEngine", () => {
  test("renders its conversation location with the password as a reference", () => {
    const s = stack();
    const soe = new ServiceOrchestrationEngine(s, "soe", base(s));
    expect(soe.renderLocation()).toEqual({
      serviceType: "Service orchestration engine",
      region: "us-south",
      url: "https://soe.example.com/SOE/ws",
      userName: "va",
      password: { source: "terraform-variable", address: "var.soe_password" },
    });
    expect(JSON.parse(Testing.synth(s)).resource).toBeUndefined();
  });

  test("requires basic authentication by default", () => {
    expect(SERVICE_ORCHESTRATION_ENGINE_DEFAULTS.allowUnauthenticatedAccess).toBe(false);
    expect(problems(() => ({ url: "https://soe.example.com", region: "us-south" }))).toEqual([
      "userName is required",
      "password is required",
    ]);
  });

  test("leaves credentials out only when explicitly allowed (the guard blocks it)", () => {
    const s = stack();
    const soe = new ServiceOrchestrationEngine(s, "soe", {
      url: "https://soe.example.com",
      region: "us-south",
      allowUnauthenticatedAccess: true,
    });
    expect(soe.renderLocation()).toEqual({
      serviceType: "Service orchestration engine",
      region: "us-south",
      url: "https://soe.example.com",
    });
    expect(problems((t) => ({ ...base(t), allowUnauthenticatedAccess: true }))).toEqual([
      "allowUnauthenticatedAccess contradicts the credentials given",
    ]);
  });

  test("url: 256 characters pass, 257 fail", () => {
    const url = (n: number) => `https://soe.example.com/${"a".repeat(n - 24)}`;
    expect(url(256)).toHaveLength(256);
    expect(problems((s) => ({ ...base(s), url: url(256) }))).toEqual([]);
    expect(problems((s) => ({ ...base(s), url: url(257) }))).toEqual([
      "url must be at most 256 characters",
    ]);
  });

  test("url: must be an absolute http(s) URL without credentials; http passes construction (the guard blocks it)", () => {
    expect(problems((s) => ({ ...base(s), url: "http://soe.example.com" }))).toEqual([]);
    expect(problems((s) => ({ ...base(s), url: "soe.example.com/SOE" }))).toEqual([
      "url is not a valid url",
    ]);
    expect(problems((s) => ({ ...base(s), url: "ftp://soe.example.com" }))).toEqual([
      "url must be an http(s) url",
    ]);
    expect(problems((s) => ({ ...base(s), url: "https://va:pw@soe.example.com" }))).toEqual([
      "url must not carry credentials in the url",
    ]);
  });

  test("user name: 64 characters pass, 65 fail", () => {
    expect(problems((s) => ({ ...base(s), userName: "u".repeat(64) }))).toEqual([]);
    expect(problems((s) => ({ ...base(s), userName: "u".repeat(65) }))).toEqual([
      "userName must be at most 64 characters",
    ]);
  });

  test("a password given as a string is refused and never shown", () => {
    const s = stack();
    try {
      new ServiceOrchestrationEngine(s, "soe", {
        ...base(s),
        password: "canary-soe-pw-777" as any,
      });
      throw new Error("no error");
    } catch (e: any) {
      expect(e.problems.map((p: any) => `${p.prop} ${p.problem}`)).toEqual([
        "password must be a Secret",
      ]);
      expect(e.message).not.toContain("canary-soe-pw-777");
    }
  });

  test("region must be an IBM Cloud region name", () => {
    expect(problems((s) => ({ ...base(s), region: "Dallas" }))).toEqual([
      "region has the wrong format",
    ]);
  });

  test("bad input is one error listing every problem, not a crash", () => {
    expect(problems(() => null)).toEqual(["props are required"]);
    expect(
      problems(() => ({ url: 5, region: [], userName: {}, allowUnauthenticatedAccess: "no" })),
    ).toEqual([
      "url must be a string",
      "region must be a string",
      "userName must be a string",
      "allowUnauthenticatedAccess must be true or false",
      "password is required",
    ]);
  });

  test("tokens pass where literals would be checked", () => {
    expect(
      problems((s) => ({
        ...base(s),
        url: new TerraformVariable(s, "url", { type: "string" }).stringValue,
        userName: new TerraformVariable(s, "user", { type: "string" }).stringValue,
      })),
    ).toEqual([]);
  });

  test("isServiceOrchestrationEngine recognises engines", () => {
    const s = stack();
    expect(
      ServiceOrchestrationEngine.isServiceOrchestrationEngine(
        new ServiceOrchestrationEngine(s, "soe", base(s)),
      ),
    ).toBe(true);
    expect(ServiceOrchestrationEngine.isServiceOrchestrationEngine({ url: "https://x" })).toBe(
      false,
    );
  });
});
