import { RuleStatus, Severity } from "../../lib/rules/rule";
import { watsonPlansKeepNoRequestData as rule } from "../../lib/rules/watson-plans-keep-no-request-data";
import { outcomeOf, withSoe } from "./fixtures/agent-stack";

describe("VAW-DATA-1 watson services run on plans that keep request data out of ibm's service improvement", () => {
  test("passes premium instances", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails a plus-plan instance, as an error for a phi agent", () => {
    const o = outcomeOf(rule, (s) => {
      s.resource.ibm_resource_instance.stt_us_east.plan = "plus";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.speechToText.location2.plan",
      severity: Severity.ERROR,
    });
  });

  test("warns for a pii-only agent, reading the plan the manifest states", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII"];
      s.manifest.textToSpeech!.location1.plan = "standard";
    });
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.WARNING });
  });

  test("cannot verify an instance whose plan is unknown", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.textToSpeech!.location1 = {
        serviceType: "Other service instance",
        region: "eu-gb",
        url: "https://api.eu-gb.text-to-speech.watson.cloud.ibm.com",
      };
    });
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.textToSpeech.location1.plan",
    });
  });

  test("does not judge soe slots", () => {
    const o = outcomeOf(rule, (s) => {
      withSoe(s);
      delete s.manifest.speechToText;
      delete s.manifest.textToSpeech;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
