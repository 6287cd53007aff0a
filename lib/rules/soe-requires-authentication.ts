import { isRecord } from "../guard/terraform-document";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { compliant, nonCompliant, perSoeLocation } from "./agent-rule-helpers";

/**
 * VAW-SOE-2 (docs/threat-model.md#t19): the agent authenticates to the service
 * orchestration engine with a user name and password.
 */
export const soeRequiresAuthentication: Rule = {
  id: "VAW-SOE-2",
  severity: Severity.ERROR,
  title: "The service orchestration engine requires a user name and password",
  explanation:
    "Voice Agent with Watson calls an SOE with HTTP basic authentication when a user name and password are set, and with " +
    "none otherwise (SOE token authentication is disabled by default). An SOE that accepts unauthenticated calls lets anyone " +
    "who finds its URL drive the conversation service and read what it returns. IBM's information security page requires " +
    "user authentication for the SOE.",
  fix: "set userName and password (a Secret) on the ServiceOrchestrationEngine and make the SOE reject requests without them",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec#SOE_config",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    return perSoeLocation(context, (path, location) => {
      const missing = [
        typeof location.userName === "string" && location.userName.length > 0
          ? undefined
          : "userName",
        isRecord(location.password) ? undefined : "password",
      ].filter((x): x is string => x !== undefined);
      if (missing.length === 0) return compliant(`${path}.userName`);
      return nonCompliant(
        `${path}.${missing[0]}`,
        `the service orchestration engine at ${path} has no ${missing.join(" or ")}, so it is called without authentication`,
      );
    });
  },
};
