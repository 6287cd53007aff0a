import { locationsInDifferentRegions as rule } from "../../lib/rules/locations-in-different-regions";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomeOf } from "./fixtures/agent-stack";

describe("VAW-AVAIL-1 location 1 and location 2 of each service are in different regions", () => {
  test("passes locations in us-south and us-east", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("warns when speech to text has both locations in one region", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.speechToText!.location2!.region = "us-south";
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.speechToText.location2.region",
    });
    expect(o.detail).toContain('both in "us-south"');
  });

  test("cannot verify a region given as an expression", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.conversation.location2!.region = "${var.region}";
    });
    expect(o.status).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("does not apply when no service has a location 2", () => {
    const o = outcomeOf(rule, (s) => {
      delete s.manifest.conversation.location2;
      delete s.manifest.speechToText!.location2;
      delete s.manifest.textToSpeech!.location2;
    });
    expect(o.status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
