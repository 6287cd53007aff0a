import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { expectLiteralAttribute, shown } from "./util/rendered-values";

/**
 * VAW-CBR-1 (docs/threat-model.md#t30): context-based restriction rules are
 * enforced, and say so explicitly (`enforcement_mode = "enabled"`).
 */
export const cbrRulesEnforced: Rule = {
  id: "VAW-CBR-1",
  severity: Severity.WARNING,
  title: 'Context-based restriction rules are enforced (enforcement_mode = "enabled")',
  explanation:
    "A rule in report mode only logs requests from outside its network zones; disabled does nothing. Either leaves the " +
    "instance reachable from anywhere while the configuration suggests otherwise. enforcement_mode is optional and " +
    "computed: left out, Terraform does not notice the rule being switched to report-only in the console.",
  fix: 'set enforcement_mode = "enabled" on the ibm_cbr_rule once the zone admits every legitimate caller (use "report" only while finding them)',
  docUrl:
    "https://cloud.ibm.com/docs/account?topic=account-context-restrictions-whatis#rule-enforcement",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return expectLiteralAttribute(context, "ibm_cbr_rule", "enforcement_mode", "enabled", (mode) =>
      mode === undefined
        ? 'enforcement_mode is not set; set "enabled" so that terraform keeps the rule enforced'
        : `enforcement_mode must be "enabled", got ${shown(mode)}; the rule does not deny requests from other networks`,
    );
  },
};
