import { Testing } from "cdktf";
import { CodeEngineApp } from "../../.gen/providers/ibm/code-engine-app";
import { VoiceAgentGuard } from "../../lib";
import { codeEngineCredentialsInSecrets as rule } from "../../lib/rules/code-engine-credentials-in-secrets";
import { RuleStatus } from "../../lib/rules/rule";
import {
  codeEngineSoe,
  findings,
  provisioningStack,
  REASON,
  secretOf,
  statuses,
} from "./provisioning-kit";

const AT = "guarded/soe/Resource";
const app = (stack: any, env: any) =>
  new CodeEngineApp(stack, "app", {
    projectId: "0b5c3d9e-1f2a-4b6c-8d7e-9f0a1b2c3d4e",
    name: "app",
    imageReference: "icr.io/codeengine/helloworld",
    runEnvVariables: env,
  });

describe("VAW-CE-1 code engine apps receive credentials from code engine secrets", () => {
  test("passes the code engine soe, whose literal variables are not credentials", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack, { environment: { LOG_LEVEL: "info" } });
    expect(statuses(rule, stack)).toEqual({ [`${AT}#run_env_variables`]: RuleStatus.COMPLIANT });
  });

  test("blocks a literal variable named like a password even when its value is a sensitive reference", () => {
    const { stack } = provisioningStack();
    app(stack, [{ type: "literal", name: "DB_PASSWORD", value: secretOf(stack, "db").value }]);
    const [f] = findings(stack, "VAW-CE-1");
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      attributePath: "run_env_variables.0.type",
    });
    expect(f.message).toBe(
      '"DB_PASSWORD" is a literal environment variable whose name suggests a credential; its value is shown to every reader of the project',
    );
  });

  test("treats a variable without a type as literal, the documented default", () => {
    const { stack } = provisioningStack();
    app(stack, [{ name: "API_KEY", value: "${var.k}" }]);
    expect(statuses(rule, stack)).toEqual({
      "guarded/app#run_env_variables.0.type": RuleStatus.NON_COMPLIANT,
    });
  });

  test("cannot verify a credential variable whose type is an expression", () => {
    const { stack } = provisioningStack();
    app(stack, [{ type: secretOf(stack, "t").value, name: "TOKEN", reference: "s", key: "k" }]);
    expect(statuses(rule, stack)).toEqual({
      "guarded/app#run_env_variables.0.type": RuleStatus.CANNOT_VERIFY,
    });
  });

  test("an addOverride turning the soe password into a literal variable fails synthesis", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack).app.addOverride("run_env_variables.1", {
      type: "literal",
      name: "SOE_PASSWORD",
      value: "${var.soe_pw}",
    });
    expect(() => Testing.synth(stack, true)).toThrow(
      /VAW-CE-1 ibm_code_engine_app at guarded\/soe\/Resource: "SOE_PASSWORD" is a literal environment variable/,
    );
  });

  test("passes literal variables that name a credential's location, id or switch rather than hold one", () => {
    const { stack } = provisioningStack();
    app(stack, [
      { type: "literal", name: "TOKEN_URL", value: "https://iam.cloud.ibm.com/identity/token" },
      { type: "literal", name: "SM_SECRET_NAME", value: "soe-basic-auth" },
      { type: "literal", name: "DB_SECRET_ID", value: "0a1b2c3d-secret-id" },
      { type: "literal", name: "PRIVATE_KEY_PATH", value: "/etc/soe/key.pem" },
      { type: "literal", name: "CORS_ALLOW_CREDENTIALS", value: "true" },
    ]);
    expect(statuses(rule, stack)).toEqual({
      "guarded/app#run_env_variables": RuleStatus.COMPLIANT,
    });
  });

  test("an acknowledgement with a reason lets the stack synthesize", () => {
    const { stack } = provisioningStack();
    app(stack, [{ type: "literal", name: "MAPS_API_KEY", value: "${var.public_maps_key}" }]);
    VoiceAgentGuard.acknowledge(stack, { ruleId: "VAW-CE-1", reason: REASON });
    expect(findings(stack, "VAW-CE-1")[0]).toMatchObject({ acknowledged: true, blocking: false });
  });
});
