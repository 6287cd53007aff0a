import { RuleStatus } from "../../lib/rules/rule";
import { sipAuthCredentialDedicated as rule } from "../../lib/rules/sip-auth-credential-dedicated";
import { compliantManifest, outcomeOf } from "./fixtures/agent-stack";

describe("VAW-CRED-1 the sip authentication credential is used for sip authentication only", () => {
  test("passes a dedicated sip authentication key", () => {
    expect(outcomeOf(rule)).toMatchObject({
      status: RuleStatus.COMPLIANT,
      attributePath: "input.sipAuthentication.credential.resourceKey",
    });
  });

  test("fails when the sms webhook uses the same key", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sms!.webhookCredential!.resourceKey = "ibm_resource_key.sip_auth";
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
    expect(o.detail).toContain("support: sms.webhookCredential (sms-webhook)");
  });

  test("fails when another agent's outbound api credential is the same key, written as an expression", () => {
    const o = outcomeOf(rule, (s) => {
      const other = compliantManifest("sales");
      other.outboundCalling.apiCredential!.resourceKey = "${ibm_resource_key.sip_auth.id}";
      s.moreAgents.push(other);
    });
    expect(o.status).toBe(RuleStatus.NON_COMPLIANT);
    expect(o.detail).toContain("sales: outboundCalling.apiCredential (outbound-api)");
  });

  test("fails when a watson connection uses the same key", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.speechToText!.location1.credential!.resourceKey = "ibm_resource_key.sip_auth";
    });
    expect(o.detail).toContain("speechToText.location1.credential");
  });

  test("allows several agents to share a sip authentication key", () => {
    const o = outcomeOf(rule, (s) => {
      const other = compliantManifest("sales");
      other.sms!.webhookCredential!.resourceKey = "ibm_resource_key.sales_sms";
      other.outboundCalling.apiCredential!.resourceKey = "ibm_resource_key.sales_outbound";
      s.moreAgents.push(other);
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("cannot verify a key given as an unresolvable expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipAuthentication.credential!.resourceKey = "${var.sip_key}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply when sip authentication is off", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.sipAuthentication.enabled = false;
      s.manifest.sms!.webhookCredential!.resourceKey = "ibm_resource_key.sip_auth";
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
