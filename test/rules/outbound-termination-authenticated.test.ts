import { outboundTerminationAuthenticated as rule } from "../../lib/rules/outbound-termination-authenticated";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf, withTwilioTrunk } from "./fixtures/agent-stack";

describe("VAW-OUT-2 the trunk's termination requires an ip access-control list or a credential list", () => {
  test("passes a trunk stating termination protection", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("passes a provisioned twilio trunk with an ip access-control list association", () => {
    const o = outcomeOf(rule, (s) => {
      withTwilioTrunk(s);
      s.resource.twilio_trunking_trunks_ip_access_control_lists_v1 = {
        acl: {
          trunk_sid: "${twilio_trunking_trunks_v1.support.sid}",
          ip_access_control_list_sid: "${twilio_api_accounts_sip_ip_access_control_lists.acl.sid}",
        },
      };
    });
    expect(o).toMatchObject({
      status: RuleStatus.COMPLIANT,
      attributePath: "input.sipTrunk.provisionedTrunk",
    });
  });

  test("fails an open termination", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipTrunk!.terminationCredentialList = false;
      s.manifest.sipTrunk!.terminationIpAccessControlList = false;
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("fails a provisioned trunk whose termination list belongs to another trunk", () => {
    const o = outcomeOf(rule, (s) => {
      withTwilioTrunk(s);
      s.resource.twilio_trunking_trunks_credential_lists_v1 = {
        other: { trunk_sid: "${twilio_trunking_trunks_v1.other.sid}", credential_list_sid: "CL1" },
      };
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
  });

  test("cannot verify when the termination flags are expressions", () => {
    const o = outcomeOf(rule, (s) => {
      (s.manifest.sipTrunk as any).terminationCredentialList = "${var.cl}";
      s.manifest.sipTrunk!.terminationIpAccessControlList = false;
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply when outbound calling is off", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.outboundCalling.enabled = false;
      s.manifest.sipTrunk!.terminationCredentialList = false;
      s.manifest.sipTrunk!.terminationIpAccessControlList = false;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
