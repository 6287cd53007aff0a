import { isTerraformExpression } from "../core";
import { isRecord } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { shown } from "./util/rendered-values";
import {
  cannotVerify,
  combine,
  compliant,
  nonCompliant,
  notApplicable,
  perAgent,
} from "./util/verdicts";

/**
 * VAW-AVAIL-1 (docs/threat-model.md#t24): where a service has a Location 2, it
 * is in a different region from Location 1. Sections without Location 2 are
 * not judged.
 */
export const locationsInDifferentRegions: Rule = {
  id: "VAW-AVAIL-1",
  severity: Severity.WARNING,
  title: "Location 1 and Location 2 of each service are in different regions",
  explanation:
    "Location 2 is a standby the agent uses when Location 1 fails. IBM says service redundancy needs instances in different " +
    "regions: two instances in one region fail together in a regional outage, so the second location buys nothing.",
  fix: "put Location 2 of the conversation, Speech to Text and Text to Speech services in another region (e.g. us-east for a us-south Location 1)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-disaster-recovery",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) =>
      combine(
        (["conversation", "speechToText", "textToSpeech"] as const).map((section) => {
          const s: unknown = manifest[section];
          if (!isRecord(s) || !isRecord(s.location1) || !isRecord(s.location2))
            return notApplicable();
          const [r1, r2] = [s.location1.region, s.location2.region];
          const path = `${section}.location2.region`;
          if (isTerraformExpression(r1) || isTerraformExpression(r2))
            return cannotVerify(
              path,
              `the regions of ${section} are expressions, got ${shown(r1)} and ${shown(r2)}`,
            );
          if (String(r1).toLowerCase() !== String(r2).toLowerCase()) return compliant(path);
          return nonCompliant(
            path,
            `${section} location 1 and location 2 are both in ${shown(r1)}`,
          );
        }),
      ),
    );
  },
};
