import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { expectLiteralAttribute, shown } from "./util/rendered-values";

/**
 * VAW-CE-4 (docs/threat-model.md#t20): Code Engine apps run without a service
 * account (`run_service_account = "none"`). A warning.
 */
export const codeEngineAppsWithoutServiceAccount: Rule = {
  id: "VAW-CE-4",
  severity: Severity.WARNING,
  title: 'Code Engine apps run without a service account (run_service_account = "none")',
  explanation:
    "With a service account (the provider's default is the project's default account) the container receives a token for " +
    "the Code Engine API of its project. An SOE only calls Watson Assistant; the token would only let a compromised SOE read " +
    "or change the project, including its secrets.",
  fix: 'set run_service_account = "none" (the default of ServiceOrchestrationEngine.onCodeEngine) unless the app calls the Code Engine API',
  docUrl:
    "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/code_engine_app#run_service_account",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return expectLiteralAttribute(
      context,
      "ibm_code_engine_app",
      "run_service_account",
      "none",
      (value) =>
        `run_service_account should be "none", got ${shown(value)}` +
        (value === undefined ? ' (absent means "default")' : ""),
    );
  },
};
