import { isRecord } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { perSoeLocation } from "./util/manifest-queries";
import { compliant, nonCompliant } from "./util/verdicts";

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
      const missing: string[] = [];
      if (!(typeof location.userName === "string" && location.userName.trim().length > 0))
        missing.push("userName");
      const literalPassword = typeof location.password === "string";
      if (!literalPassword && !isRecord(location.password)) missing.push("password");
      if (missing.length === 0 && !literalPassword) return compliant(`${path}.userName`);
      const what = `the service orchestration engine at ${path}`;
      const details = [
        ...(missing.length > 0
          ? [`${what} has no ${missing.join(" or ")}, so it is called without authentication`]
          : []),
        ...(literalPassword
          ? [`${what} has a password written as a literal string, not a secret reference`]
          : []),
      ];
      return nonCompliant(`${path}.${missing[0] ?? "password"}`, details.join("; "));
    });
  },
};
