import { Testing } from "cdktf";
import { VoiceAgentGuard } from "../../lib";
import { RuleStatus } from "../../lib/rules/rule";
import { soeAppsKeepAnInstanceRunning as rule } from "../../lib/rules/soe-apps-keep-an-instance-running";
import {
  agentOn,
  codeEngineSoe,
  findings,
  provisioningStack,
  REASON,
  secretOf,
  statuses,
  trunk,
} from "./provisioning-kit";

const AT = "guarded/soe/Resource";
const withAgent = (stack: any, soe: any) =>
  agentOn(stack, trunk(stack), { assistant: { location1: { orchestrationEngine: soe } } });

describe("VAW-CE-2 code engine apps serving as an soe keep an instance running", () => {
  test("passes the code engine soe default of one warm instance", () => {
    const { stack } = provisioningStack();
    withAgent(stack, codeEngineSoe(stack));
    expect(statuses(rule, stack)).toEqual({ [`${AT}#scale_min_instances`]: RuleStatus.COMPLIANT });
  });

  test("warns about an soe allowed to scale to zero, without blocking", () => {
    const { stack } = provisioningStack();
    withAgent(stack, codeEngineSoe(stack, { minInstances: 0 }));
    const [f] = findings(stack, "VAW-CE-2");
    expect(f).toMatchObject({ level: "warning", blocking: false, constructPath: AT });
    expect(f.message).toBe(
      "scale_min_instances must be at least 1 for an soe, got 0; calls after a quiet period wait for a cold start",
    );
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test("says that an absent scale_min_instances means 0", () => {
    const { stack } = provisioningStack();
    const soe = codeEngineSoe(stack);
    soe.app.addOverride("scale_min_instances", null);
    withAgent(stack, soe);
    expect(findings(stack, "VAW-CE-2")[0].message).toContain("got undefined (absent means 0)");
  });

  test("does not apply to an app no agent uses as its soe", () => {
    const { stack } = provisioningStack();
    codeEngineSoe(stack, { minInstances: 0 });
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.NOT_APPLICABLE });
  });

  test("cannot verify a minimum given by a variable", () => {
    const { stack } = provisioningStack();
    const soe = codeEngineSoe(stack);
    soe.app.addOverride("scale_min_instances", secretOf(stack, "min").value);
    withAgent(stack, soe);
    expect(statuses(rule, stack)[`${AT}#scale_min_instances`]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("an acknowledgement records the accepted cold starts", () => {
    const { stack } = provisioningStack();
    const soe = codeEngineSoe(stack, { minInstances: 0 });
    withAgent(stack, soe);
    VoiceAgentGuard.acknowledge(soe, { ruleId: "VAW-CE-2", reason: REASON });
    expect(findings(stack, "VAW-CE-2")[0]).toMatchObject({ acknowledged: true });
  });
});
