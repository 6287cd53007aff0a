import { Testing } from "cdktf";
import { TrunkingTrunksCredentialListsV1 } from "../../.gen/providers/twilio/trunking-trunks-credential-lists-v1";
import { VoiceAgentGuard } from "../../lib";
import { RuleStatus } from "../../lib/rules/rule";
import { twilioTerminationAuthenticated as rule } from "../../lib/rules/twilio-termination-authenticated";
import { findings, provisioningStack, REASON, statuses, trunk } from "./provisioning-kit";

const AT = "guarded/trunk/Resource#domain_name";
const open = {
  terminationCredentials: [],
  terminationIpAddresses: [],
  allowUnprotectedTermination: true,
};

describe("VAW-TWILIO-3 twilio trunks protect their termination", () => {
  test("passes the TwilioSipTrunk default (ip access-control list and credential list)", () => {
    const { stack } = provisioningStack();
    trunk(stack);
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("passes a trunk with only the default ip access-control list", () => {
    const { stack } = provisioningStack();
    trunk(stack, { terminationCredentials: [] });
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.COMPLIANT });
  });

  test("blocks an open termination allowed on the construct", () => {
    const { stack } = provisioningStack();
    trunk(stack, open);
    expect(findings(stack, "VAW-TWILIO-3")[0]).toMatchObject({ level: "error", blocking: true });
    expect(() => Testing.synth(stack, true)).toThrow(
      /VAW-TWILIO-3 twilio_trunking_trunks_v1 at guarded\/trunk\/Resource: twilio_trunking_trunks_v1\.\S+ has neither a credential list nor an ip access-control list/,
    );
  });

  test("blocks a trunk whose only credential list is associated with another trunk", () => {
    const { stack } = provisioningStack();
    const a = trunk(stack, open, "a");
    const b = trunk(stack, open, "b");
    new TrunkingTrunksCredentialListsV1(stack, "assoc", {
      trunkSid: b.resource.sid,
      credentialListSid: "CL0",
    });
    expect(statuses(rule, stack)).toEqual({
      "guarded/a/Resource#domain_name": RuleStatus.NON_COMPLIANT,
      "guarded/b/Resource#domain_name": RuleStatus.COMPLIANT,
    });
    void a;
  });

  test("cannot verify when an association names a trunk sid that is not in the stack", () => {
    const { stack } = provisioningStack();
    trunk(stack, open);
    new TrunkingTrunksCredentialListsV1(stack, "assoc", {
      trunkSid: "TK0123",
      credentialListSid: "CL0",
    });
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.CANNOT_VERIFY });
  });

  test("an acknowledgement with a reason lets the stack synthesize", () => {
    const { stack } = provisioningStack();
    VoiceAgentGuard.acknowledge(trunk(stack, open), { ruleId: "VAW-TWILIO-3", reason: REASON });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(findings(stack, "VAW-TWILIO-3")[0]).toMatchObject({
      acknowledged: true,
      blocking: false,
    });
  });
});
