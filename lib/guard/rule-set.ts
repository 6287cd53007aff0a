/**
 * The rule set a guard run uses, compared with the built-in one: which
 * built-in rules do not run and which run weakened (a copy with a lower
 * severity, made acknowledgeable, or with another check). Nothing is silent:
 * each difference is reported (VAW-GUARD-4) and needs an acknowledgement.
 * Rules a policy enforces always run as built in.
 */
import { ALL_RULES, Rule, Severity } from "../rules";

/** A built-in rule that runs with a weaker definition, and what changed. */
export interface WeakenedRule {
  /** The rule id. */
  readonly id: string;
  /** What is weaker than built in (`severity error → warning`, `acknowledgeable`, `check replaced`). */
  readonly changes: readonly string[];
}

/** The rules to run and how they differ from the built-in set. */
export interface RuleSet {
  /** The rules that run, in the order given (enforced built-in rules restored where needed). */
  readonly rules: readonly Rule[];
  /** Built-in rule ids that do not run, in registry order. */
  readonly notRun: readonly string[];
  /** Built-in rules that run weakened. */
  readonly weakened: readonly WeakenedRule[];
  /** Enforced rule ids the options tried to disable or weaken (they run as built in). */
  readonly restored: readonly string[];
}

const level = (s: Severity | undefined) =>
  s === Severity.ERROR ? 2 : s === Severity.WARNING ? 1 : 0;

function weakerThan(given: Rule, builtIn: Rule): string[] {
  const changes: string[] = [];
  if (level(given.severity) < level(builtIn.severity))
    changes.push(`severity ${builtIn.severity} → ${given.severity}`);
  const sensitive = (r: Rule) => r.sensitiveDataSeverity ?? r.severity;
  if (level(sensitive(given)) < level(sensitive(builtIn)))
    changes.push(`severity for phi and pci ${sensitive(builtIn)} → ${sensitive(given)}`);
  if (given.acknowledgeable && !builtIn.acknowledgeable) changes.push("made acknowledgeable");
  if (given.check !== builtIn.check) changes.push("check replaced");
  return changes;
}

/** The rule set of `requested` (undefined: every built-in rule) under the enforced rule ids. */
export function ruleSet(
  requested: readonly Rule[] | undefined,
  enforced: readonly string[] = [],
): RuleSet {
  if (requested === undefined) return { rules: ALL_RULES, notRun: [], weakened: [], restored: [] };
  const byId = new Map<string, Rule[]>();
  for (const r of requested) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const notRun: string[] = [];
  const weakened: WeakenedRule[] = [];
  const restored: string[] = [];
  const rules = [...requested];
  for (const builtIn of ALL_RULES) {
    const given = byId.get(builtIn.id) ?? [];
    // A copy as strong as the built-in rule (or the rule itself) is not a weakening.
    const changes = given.map((g) => weakerThan(g, builtIn));
    const intact = changes.some((c) => c.length === 0);
    if (intact) continue;
    if (enforced.includes(builtIn.id)) {
      restored.push(builtIn.id);
      for (let i = rules.length - 1; i >= 0; i--)
        if (rules[i].id === builtIn.id) rules.splice(i, 1);
      rules.push(builtIn);
    } else if (given.length === 0) notRun.push(builtIn.id);
    else weakened.push({ id: builtIn.id, changes: changes[0] });
  }
  return { rules, notRun, weakened, restored };
}
