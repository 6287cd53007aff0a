import { CodeEngineApp } from "../../.gen/providers/ibm/code-engine-app";
import { CodeEngineServiceAccount, VoiceAgentGuard } from "../../lib";
import { codeEngineAppsWithoutServiceAccount as rule } from "../../lib/rules/code-engine-apps-without-service-account";
import { RuleStatus } from "../../lib/rules/rule";
import {
  codeEngineSoe,
  findings,
  provisioningStack,
  REASON,
  secretOf,
  statuses,
} from "./provisioning-kit";

const AT = "guarded/soe/Resource#run_service_account";

describe("VAW-CE-4 code engine apps run without a service account", () => {
  test('passes the code engine soe default "none"', () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack);
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("warns about an app given a writer service account", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack, { runServiceAccount: CodeEngineServiceAccount.WRITER });
    const [f] = findings(stack, "VAW-CE-4");
    expect(f).toMatchObject({ level: "warning", blocking: false });
    expect(f.message).toBe('run_service_account should be "none", got "writer"');
  });

  test("warns about a hand-written app that leaves it out (the project's default account)", () => {
    const { stack } = provisioningStack();
    new CodeEngineApp(stack, "app", {
      projectId: "0b5c3d9e-1f2a-4b6c-8d7e-9f0a1b2c3d4e",
      name: "app",
      imageReference: "icr.io/codeengine/helloworld",
    });
    expect(findings(stack, "VAW-CE-4")[0].message).toBe(
      'run_service_account should be "none", got undefined (absent means "default")',
    );
  });

  test("cannot verify a service account given by a variable", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack).app.addOverride("run_service_account", secretOf(stack, "sa").value);
    expect(statuses(rule, stack)[AT]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("an acknowledgement records the accepted service account", () => {
    const { stack } = provisioningStack();
    const soe = codeEngineSoe(stack, { runServiceAccount: CodeEngineServiceAccount.READER });
    VoiceAgentGuard.acknowledge(soe, { ruleId: "VAW-CE-4", reason: REASON });
    expect(findings(stack, "VAW-CE-4")[0]).toMatchObject({ acknowledged: true });
  });
});
