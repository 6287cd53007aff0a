import { Testing } from "cdktf";
import { VoiceAgentGuard } from "../../lib";
import { RuleStatus } from "../../lib/rules/rule";
import { twilioOriginationReachesVoiceAgent as rule } from "../../lib/rules/twilio-origination-reaches-voice-agent";
import { findings, provisioningStack, REASON, secretOf, statuses, trunk } from "./provisioning-kit";

const AT = "guarded/trunk/Origination-us-south#sip_url";

describe("VAW-TWILIO-4 twilio origination urls point at a voice agent sip host", () => {
  test("passes the TwilioSipTrunk origination urls of both regions", () => {
    const { stack } = provisioningStack();
    trunk(stack, { secondaryRegion: "us-east" });
    expect(statuses(rule, stack)).toEqual({
      [AT]: RuleStatus.COMPLIANT,
      "guarded/trunk/Origination-us-east#sip_url": RuleStatus.COMPLIANT,
    });
  });

  test("warns about an addOverride that sends calls to another host, without blocking", () => {
    const { stack } = provisioningStack();
    trunk(stack).originationUrls[0].addOverride(
      "sip_url",
      "sip:sbc.example.com:5061;transport=tls",
    );
    const [f] = findings(stack, "VAW-TWILIO-4");
    expect(f).toMatchObject({ level: "warning", blocking: false });
    expect(f.message).toBe(
      '"sip:sbc.example.com:5061;transport=tls" sends calls to "sbc.example.com", not to a voice agent with watson sip host (us-south.voiceagent.cloud.ibm.com, us-east.voiceagent.cloud.ibm.com)',
    );
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test("warns about a look-alike host", () => {
    const { stack } = provisioningStack();
    trunk(stack).originationUrls[0].addOverride(
      "sip_url",
      "sip:us-south.voiceagent.cloud.ibm.com.example.net;transport=tls",
    );
    expect(statuses(rule, stack)[AT]).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("cannot verify a url given by a variable", () => {
    const { stack } = provisioningStack();
    trunk(stack).originationUrls[0].addOverride("sip_url", secretOf(stack, "u").value);
    expect(statuses(rule, stack)[AT]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("an acknowledgement records the trusted intermediary", () => {
    const { stack } = provisioningStack();
    const t = trunk(stack);
    t.originationUrls[0].addOverride("sip_url", "sip:sbc.example.com;transport=tls");
    VoiceAgentGuard.acknowledge(t, { ruleId: "VAW-TWILIO-4", reason: REASON });
    expect(findings(stack, "VAW-TWILIO-4")[0]).toMatchObject({
      level: "warning",
      acknowledged: true,
    });
  });
});
