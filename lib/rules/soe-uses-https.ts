import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { perSoeLocation } from "./util/manifest-queries";
import { httpsVerdict } from "./util/uris";

/**
 * VAW-SOE-1 (docs/threat-model.md#t18): the service orchestration engine is
 * called over https. Not acknowledgeable: the SOE receives every utterance and
 * the basic-auth password (VAW-SOE-2 requires one) with each request.
 */
export const soeUsesHttps: Rule = {
  id: "VAW-SOE-1",
  severity: Severity.ERROR,
  title: "The service orchestration engine is called over https",
  explanation:
    "An SOE sits between the agent and Watson Assistant and receives the full conversation (every utterance, context " +
    "variables, caller data) plus the agent's basic-auth credentials on every turn. IBM's information security page " +
    "requires a secure https URL and user authentication for it.",
  fix: "serve the SOE over https with a certificate from a public CA and give its https:// url",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#SOE_config",
  acknowledgeable: false,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perSoeLocation(context, (path, location) =>
      httpsVerdict(`${path}.url`, location.url, "service orchestration engine url"),
    );
  },
};
