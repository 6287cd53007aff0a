import { Testing } from "cdktf";
import { TrunkingTrunksOriginationUrlsV1 } from "../../.gen/providers/twilio/trunking-trunks-origination-urls-v1";
import { MediaProtocol, SipTransport, VoiceAgentGuard } from "../../lib";
import { RuleStatus } from "../../lib/rules/rule";
import { twilioOriginationUsesTls as rule } from "../../lib/rules/twilio-origination-uses-tls";
import { findings, provisioningStack, REASON, secretOf, statuses, trunk } from "./provisioning-kit";

const AT = "guarded/trunk/Origination-us-south";
const url = (stack: any, trunkSid: string, sipUrl: string) =>
  new TrunkingTrunksOriginationUrlsV1(stack, "url", {
    trunkSid,
    sipUrl,
    friendlyName: "url",
    priority: 10,
    weight: 10,
    enabled: true,
  });

describe("VAW-TWILIO-2 origination urls of secure twilio trunks use sip over tls", () => {
  test("passes the TwilioSipTrunk origination urls", () => {
    const { stack } = provisioningStack();
    trunk(stack, { secondaryRegion: "us-east" });
    expect(statuses(rule, stack)).toEqual({
      [`${AT}#sip_url`]: RuleStatus.COMPLIANT,
      "guarded/trunk/Origination-us-east#sip_url": RuleStatus.COMPLIANT,
    });
  });

  test("an addOverride dropping ;transport=tls fails synthesis, and no acknowledgement accepts it", () => {
    const { stack } = provisioningStack();
    const t = trunk(stack);
    t.originationUrls[0].addOverride("sip_url", "sip:us-south.voiceagent.cloud.ibm.com");
    expect(() =>
      VoiceAgentGuard.acknowledge(t, { ruleId: "VAW-TWILIO-2", reason: REASON }),
    ).toThrow(/not acknowledgeable|cannot be acknowledged/);
    expect(() => Testing.synth(stack, true)).toThrow(
      /VAW-TWILIO-2 twilio_trunking_trunks_origination_urls_v1 at guarded\/trunk\/Origination-us-south: "sip:us-south.voiceagent.cloud.ibm.com" has no ;transport=tls: the srtp keys/,
    );
  });

  test("fails a sips: url, which twilio origination does not take", () => {
    const { stack } = provisioningStack();
    trunk(stack).originationUrls[0].addOverride(
      "sip_url",
      "sips:us-south.voiceagent.cloud.ibm.com",
    );
    expect(findings(stack, "VAW-TWILIO-2")[0].message).toContain(
      "uses sips:, which twilio origination does not take",
    );
  });

  test("does not apply to a trunk with secure trunking off (VAW-TWILIO-1 reports it)", () => {
    const { stack } = provisioningStack();
    trunk(stack, {
      media: MediaProtocol.RTP,
      allowUnencryptedMedia: true,
      signalingTransport: SipTransport.UDP,
      allowUnencryptedSignaling: true,
    });
    expect(statuses(rule, stack)).toEqual({ [AT]: RuleStatus.NOT_APPLICABLE });
  });

  test("cannot verify a plain url of a trunk outside the stack, or a url given by a variable", () => {
    const { stack } = provisioningStack();
    url(stack, "TK0123", "sip:us-south.voiceagent.cloud.ibm.com");
    expect(statuses(rule, stack)).toEqual({ "guarded/url#sip_url": RuleStatus.CANNOT_VERIFY });
    const other = provisioningStack().stack;
    trunk(other).originationUrls[0].addOverride("sip_url", secretOf(other, "u").value);
    expect(statuses(rule, other)[`${AT}#sip_url`]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("passes a tls url of a trunk outside the stack", () => {
    const { stack } = provisioningStack();
    url(stack, "TK0123", "sip:us-south.voiceagent.cloud.ibm.com;transport=tls");
    expect(statuses(rule, stack)).toEqual({ "guarded/url#sip_url": RuleStatus.COMPLIANT });
  });
});
