import { Testing } from "cdktf";
import { TrunkingTrunksV1 } from "../../.gen/providers/twilio/trunking-trunks-v1";
import { DataClass, MediaProtocol, VoiceAgentGuard } from "../../lib";
import { RuleStatus } from "../../lib/rules/rule";
import { twilioTrunksUseSecureTrunking as rule } from "../../lib/rules/twilio-trunks-use-secure-trunking";
import {
  agentOn,
  findings,
  provisioningStack,
  REASON,
  secretOf,
  statuses,
  trunk,
} from "./provisioning-kit";

const rtp = { media: MediaProtocol.RTP, allowUnencryptedMedia: true };

describe("VAW-TWILIO-1 twilio trunks use secure trunking", () => {
  test("passes the TwilioSipTrunk default", () => {
    const { stack } = provisioningStack();
    trunk(stack);
    expect(statuses(rule, stack)).toEqual({
      "guarded/trunk/Resource#secure": RuleStatus.COMPLIANT,
    });
  });

  test("blocks a trunk with rtp media, naming the phi agents that use it", () => {
    const { stack } = provisioningStack();
    agentOn(stack, trunk(stack, rtp), { dataClasses: [DataClass.PII, DataClass.PHI] });
    const [f] = findings(stack, "VAW-TWILIO-1");
    expect(f).toMatchObject({
      level: "error",
      blocking: true,
      constructPath: "guarded/trunk/Resource",
    });
    expect(f.message).toBe(
      "secure must be true, got false; call audio and signalling cross the network in clear; agents handling phi or pci use it: billing",
    );
  });

  test("blocks a hand-written trunk that leaves secure out (sent as false)", () => {
    const { stack } = provisioningStack();
    new TrunkingTrunksV1(stack, "raw", { friendlyName: "raw" });
    expect(findings(stack, "VAW-TWILIO-1")[0].message).toContain(
      "got undefined (the provider sends an unset secure as false)",
    );
  });

  test("cannot verify secure given by a variable", () => {
    const { stack } = provisioningStack();
    trunk(stack).resource.addOverride("secure", secretOf(stack, "secure").value);
    expect(statuses(rule, stack)["guarded/trunk/Resource#secure"]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("an acknowledgement with a reason lets the stack synthesize", () => {
    const { stack } = provisioningStack();
    const t = trunk(stack, rtp);
    VoiceAgentGuard.acknowledge(t, { ruleId: "VAW-TWILIO-1", reason: REASON });
    expect(findings(stack, "VAW-TWILIO-1")[0]).toMatchObject({
      blocking: false,
      acknowledged: true,
    });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test("an addOverride that turns secure trunking off fails synthesis", () => {
    const { stack } = provisioningStack();
    trunk(stack).resource.addOverride("secure", false);
    expect(() => Testing.synth(stack, true)).toThrow(
      /VAW-TWILIO-1 twilio_trunking_trunks_v1 at guarded\/trunk\/Resource: secure must be true/,
    );
  });
});
