import { isRecord, namesASecret } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { isLiteralString, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-CE-1 (docs/threat-model.md#t36): Code Engine apps receive credentials
 * through Code Engine secrets (`secret_key_reference` /
 * `secret_full_reference`), never as `literal` environment variables, whatever
 * the value's source.
 */
export const codeEngineCredentialsInSecrets: Rule = {
  id: "VAW-CE-1",
  severity: Severity.ERROR,
  title:
    "Code Engine apps receive credentials from Code Engine secrets, not literal environment variables",
  explanation:
    "A literal environment variable is part of the app's configuration: the Code Engine console and API show it to everyone " +
    "with read access to the project, and Terraform does not mark run_env_variables sensitive. That holds even when the value " +
    "comes from a sensitive variable. A variable named like a password, API key, token or secret belongs in an " +
    "ibm_code_engine_secret, referenced by secret_key_reference or secret_full_reference.",
  fix: "put the value in an ibm_code_engine_secret (format generic or basic_auth) and reference it with type secret_key_reference; the Code Engine SOE construct does this for its credentials",
  docUrl: "https://cloud.ibm.com/docs/codeengine?topic=codeengine-secret",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType("ibm_code_engine_app").flatMap((app) => {
      const list = app.body.run_env_variables;
      if (list === undefined) return [outcome(app, compliant("run_env_variables"))];
      if (!Array.isArray(list))
        return [
          outcome(
            app,
            cannotVerify(
              "run_env_variables",
              `run_env_variables is an expression, got ${shown(list)}`,
            ),
          ),
        ];
      const found: RuleOutcome[] = [];
      list.forEach((e: unknown, i) => {
        if (!isRecord(e)) return;
        const path = `run_env_variables.${i}`;
        const type = e.type ?? "literal";
        const named = typeof e.name === "string" && namesASecret(e.name);
        if (!isLiteralString(type) && named)
          found.push(
            outcome(
              app,
              cannotVerify(`${path}.type`, `the type of ${shown(e.name)} is an expression`),
            ),
          );
        else if (type === "literal" && named)
          found.push(
            outcome(
              app,
              nonCompliant(
                `${path}.type`,
                `${shown(e.name)} is a literal environment variable whose name suggests a credential; its value is shown to every reader of the project`,
              ),
            ),
          );
      });
      return found.length ? found : [outcome(app, compliant("run_env_variables"))];
    });
  },
};
