import { Testing } from "cdktf";
import { SipProviderKind, SipTrunk, TwilioTransferMode, VoiceAgentGuard } from "../../lib";
import { RuleStatus } from "../../lib/rules/rule";
import { twilioTransferModeMatchesAgent as rule } from "../../lib/rules/twilio-transfer-mode-matches-agent";
import {
  agentOn,
  findings,
  provisioningStack,
  REASON,
  secretOf,
  statuses,
  trunk,
} from "./provisioning-kit";

const AT = "guarded/agent/Manifest#input.sipTrunk.provisionedTrunk";
const transfer = { callTransfer: { defaultTarget: "sip:+18885550100@claims.pstn.twilio.com" } };

describe("VAW-TWILIO-5 a twilio trunk accepts call transfers exactly when its agent transfers calls", () => {
  test("passes an agent without transfer targets on a trunk with transfers off", () => {
    const { stack } = provisioningStack();
    agentOn(stack, trunk(stack));
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("passes an agent with a transfer target on a trunk with enable-all", () => {
    const { stack } = provisioningStack();
    agentOn(stack, trunk(stack, { transferMode: TwilioTransferMode.ENABLE_ALL }), transfer);
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("warns when the agent transfers calls but the trunk refuses them", () => {
    const { stack } = provisioningStack();
    agentOn(stack, trunk(stack, { transferMode: TwilioTransferMode.SIP_ONLY }), transfer);
    const [f] = findings(stack, "VAW-TWILIO-5");
    expect(f).toMatchObject({ level: "warning", blocking: false });
    expect(f.message).toMatch(
      /^the agent has 1 transfer target\(s\) but twilio_trunking_trunks_v1\.\S+ has transfer_mode "sip-only"; transfers to numbers fail$/,
    );
  });

  test("warns when the trunk accepts transfers the agent never makes", () => {
    const { stack } = provisioningStack();
    agentOn(stack, trunk(stack, { transferMode: TwilioTransferMode.ENABLE_ALL }));
    expect(findings(stack, "VAW-TWILIO-5")[0].message).toContain(
      "the dialog could transfer callers to any number",
    );
  });

  test("cannot verify a transfer mode given by a variable", () => {
    const { stack } = provisioningStack();
    const t = trunk(stack);
    t.resource.addOverride("transfer_mode", secretOf(stack, "mode").value);
    agentOn(stack, t);
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.CANNOT_VERIFY });
  });

  test("does not apply to a trunk the stack does not provision", () => {
    const { stack } = provisioningStack();
    agentOn(
      stack,
      new SipTrunk(stack, "plain", { providerKind: SipProviderKind.TWILIO }),
      transfer,
    );
    expect(statuses(rule, stack)).toEqual({ "guarded/agent/Manifest": RuleStatus.NOT_APPLICABLE });
  });

  test("an acknowledgement records the accepted mismatch", () => {
    const { stack } = provisioningStack();
    const agent = agentOn(stack, trunk(stack), transfer);
    VoiceAgentGuard.acknowledge(agent, { ruleId: "VAW-TWILIO-5", reason: REASON });
    expect(findings(stack, "VAW-TWILIO-5")[0]).toMatchObject({ acknowledged: true });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });
});
