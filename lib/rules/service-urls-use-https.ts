import { isTerraformExpression } from "../core";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { locationKind, serviceLocations } from "./util/manifest-queries";
import { renderedBoolean } from "./util/rendered-values";
import { httpsVerdict } from "./util/uris";
import { Verdict, combine, compliant, notApplicable, perAgent } from "./util/verdicts";

/**
 * VAW-DATA-3 (docs/threat-model.md#t17): the Watson service URLs and the
 * Cloudant URL of the manifest use https. SOE URLs are VAW-SOE-1's. An
 * expression URL is judged only where a user types it (other-account
 * instances, other Cloudant); instances picked in the dashboard use IBM's own
 * https endpoints. Not acknowledgeable: API keys travel with every request.
 */
export const serviceUrlsUseHttps: Rule = {
  id: "VAW-DATA-3",
  severity: Severity.ERROR,
  title: "Watson service and Cloudant URLs in the agent manifest use https",
  explanation:
    "The agent sends callers' audio to Speech to Text, their words to Watson Assistant and Text to Speech, and call events " +
    "to Cloudant, each request with the service's API key or password. An http URL (possible for instances of other " +
    "accounts, whose URL is typed in) puts the key and the conversation on the network in clear.",
  fix: "use the https:// url of the service (every IBM Cloud service endpoint serves https)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-other_service",
  acknowledgeable: false,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perAgent(context, ({ manifest }) => {
      const verdicts = serviceLocations(manifest).map(({ path, location }) => {
        const kind = locationKind(location);
        if (kind === "soe") return notApplicable();
        return typed(`${path}.url`, location.url, "service url", kind !== "mine");
      });
      const ef = manifest.eventForwarding;
      const on = renderedBoolean(ef?.enabled);
      if ((on === true || on === "expression") && ef.cloudantUrl !== undefined) {
        const other = String(ef.cloudantSource ?? "")
          .toLowerCase()
          .startsWith("other");
        verdicts.push(typed("eventForwarding.cloudantUrl", ef.cloudantUrl, "cloudant url", other));
      }
      return combine(verdicts);
    });
  },
};

/** An expression URL of an instance picked in the dashboard is IBM's own endpoint: accepted. */
function typed(path: string, url: unknown, what: string, userTyped: boolean): Verdict {
  if (
    !userTyped &&
    typeof url === "string" &&
    isTerraformExpression(url) &&
    url.trimStart().startsWith("${")
  )
    return compliant(path);
  return httpsVerdict(path, url, what);
}
