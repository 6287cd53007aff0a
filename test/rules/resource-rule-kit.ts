/** Helpers for the resource-rule tests: run one rule, or the whole guard, on a stack. */
import { TerraformStack, Testing } from "cdktf";
import { GuardFinding, renderedAgents, VoiceAgentGuard } from "../../lib/guard";
import { stackDocument } from "../../lib/guard/stack-guard";
import { Rule, RuleOutcome, RuleStatus } from "../../lib/rules/rule";

export * from "../guard/guard-kit";

/** The outcomes of one rule on a stack's rendered JSON (aspects invoked, metadata included). */
export function outcomes(rule: Rule, stack: TerraformStack): readonly RuleOutcome[] {
  Testing.synth(stack);
  const document = stackDocument(stack, stack.toTerraform());
  return rule.check({ document, agents: renderedAgents(document) });
}

/** The statuses of one rule's outcomes, by construct path (and attribute when several). */
export function statuses(rule: Rule, stack: TerraformStack): Record<string, RuleStatus> {
  const out: Record<string, RuleStatus> = {};
  for (const o of outcomes(rule, stack))
    out[
      o.attributePath ? `${o.subject.constructPath}#${o.attributePath}` : o.subject.constructPath
    ] = o.status;
  return out;
}

/** The guard's findings of one rule on a stack. */
export function findings(stack: TerraformStack, ruleId: string): GuardFinding[] {
  return VoiceAgentGuard.evaluate(stack).findings.filter((f) => f.ruleId === ruleId);
}
