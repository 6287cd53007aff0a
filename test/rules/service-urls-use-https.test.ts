import { RuleStatus } from "../../lib/rules/rule";
import { serviceUrlsUseHttps as rule } from "../../lib/rules/service-urls-use-https";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-DATA-3 watson service and cloudant urls in the agent manifest use https", () => {
  test("passes https urls", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails an http url of another account's instance", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.speechToText!.location2 = {
        serviceType: "Other service instance",
        region: "eu-gb",
        url: "http://stt.example.com/api",
      };
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.speechToText.location2.url",
    });
  });

  test("fails an http cloudant url", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.cloudantUrl = "http://events.example.com";
    });
    expect(o.attributePath).toBe("input.eventForwarding.cloudantUrl");
  });

  test("accepts an expression url of an instance picked in the dashboard", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.conversation.location1.url =
        "${ibm_resource_key.assistant_us_south.credentials.url}";
    });
    expect(o.status).toBe(RuleStatus.COMPLIANT);
  });

  test("cannot verify an expression url typed for another account's instance", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.cloudantSource = "Other Cloudant service instance";
      s.manifest.eventForwarding.cloudantUrl = "${var.cloudant_url}";
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.eventForwarding.cloudantUrl",
    });
  });

  test("does not apply when the agent names no such url", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.eventForwarding.enabled = false;
      s.manifest.conversation = {
        location1: {
          serviceType: "Service orchestration engine",
          region: "us-south",
          url: "http://soe",
        },
      };
      delete s.manifest.speechToText;
      delete s.manifest.textToSpeech;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
