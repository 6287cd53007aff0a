/**
 * The guard engine: runs rules on one stack's rendered JSON, applies
 * acknowledgements and returns a {@link GuardReport}. Pure: it reads only the
 * document and the options (and, for expiries, the date from
 * {@link guardToday}).
 */
import {
  AgentManifest,
  isRecord,
  MANIFEST_SCHEMA,
  MANIFEST_SCHEMA_KEY,
  SkillModel,
  skillModelByHash,
  TerraformDocument,
} from "../contracts";
import { propsError } from "../core";
import { ALL_RULES, RenderedAgent, Rule } from "../rules";
import {
  ackResult,
  applyAcknowledgements,
  collectAcknowledgements,
} from "./acknowledgement-matching";
import { Acknowledgement, guardToday } from "./acknowledgements";
import {
  GUARD_CHECKS,
  REJECTED_ACKNOWLEDGEMENT,
  RULES_WEAKENED,
  UNMATCHED_ACKNOWLEDGEMENT,
} from "./guard-checks";
import {
  checkGuardPolicy,
  combinePolicies,
  EffectiveGuardPolicy,
  GuardPolicy,
  policyRefusal,
} from "./guard-policy";
import { GuardConfiguration, GuardFinding, GuardReport } from "./guard-report";
import { assembleReport } from "./report-assembly";
import { ruleSet, RuleSet } from "./rule-set";
import { guardFinding, runRules } from "./run-rules";
import { sensitiveSubjects } from "./sensitive-subjects";

/** Options of a guard run. */
export interface GuardOptions {
  /**
   * The rules to run. Leaving out a built-in rule, or giving a copy of one
   * that is weaker (lower severity, acknowledgeable, another check), is
   * reported as a VAW-GUARD-4 error finding that must be acknowledged.
   * @default ALL_RULES - every agent and resource rule
   */
  readonly rules?: readonly Rule[];
  /**
   * Acknowledgements in addition to those recorded in the document's
   * `//.voiceAgentGuard` metadata (which are always read).
   * @default - only the recorded ones
   */
  readonly acknowledgements?: readonly Acknowledgement[];
  /**
   * The date expiries are compared against (a Date, or `YYYY-MM-DD`). Under a
   * guard policy a date before the current one is not used: the current date is.
   * @default - the `VOICE_AGENT_GUARD_TODAY` environment variable, else the current date (UTC)
   */
  readonly now?: Date | string;
  /**
   * Skill models for the skills the manifests name (by content hash), in
   * addition to those loaded in this program with `AssistantSkill`.
   * @default - only the loaded ones
   */
  readonly skills?: readonly SkillModel[];
  /**
   * The guard policy (or several, combined into the strictest) the run
   * follows. See {@link GuardPolicy}; `VoiceAgentGuard.loadPolicies()`
   * reads the organisation's policy file.
   * @default - none
   */
  readonly policy?: GuardPolicy | readonly GuardPolicy[];
  /**
   * Where the `rules` option was given (a construct path, `(app)`), for the
   * VAW-GUARD-4 finding.
   * @default "the rules option"
   */
  readonly rulesSetAt?: string;
}

/** True for the ids of built-in rules and guard checks. */
export function isBuiltInRuleId(id: string): boolean {
  return ALL_RULES.some((r) => r.id === id) || GUARD_CHECKS.some((c) => c.id === id);
}

/** The policies of an option value, each validated (one error listing every problem of the first bad one). */
export function policiesOf(
  policy: GuardPolicy | readonly GuardPolicy[] | undefined,
  rules: readonly Rule[] = [],
  where = "(policy)",
): GuardPolicy[] {
  const list: unknown[] = policy === undefined ? [] : Array.isArray(policy) ? policy : [policy];
  const custom = new Set(rules.map((r) => r.id));
  for (const p of list) checkGuardPolicy(p, where, (id) => isBuiltInRuleId(id) || custom.has(id));
  return list as GuardPolicy[];
}

/** The guard's date: `now`, the environment or today; under a policy never before the current date. */
export function guardDate(
  stackName: string,
  now: Date | string | undefined,
  policy: EffectiveGuardPolicy | undefined,
): string {
  const today = guardToday(now);
  if (typeof today !== "string") throw propsError("VoiceAgentGuard", stackName, [today]);
  const current = new Date().toISOString().slice(0, 10);
  return policy && today < current ? current : today;
}

/**
 * The agent manifests of a rendered stack: `terraform_data` resources whose
 * `input.manifestSchema` is {@link MANIFEST_SCHEMA}, each with the content of
 * the skill its `conversation.skill` names, when known (given in `skills`, or
 * loaded in this program).
 */
export function renderedAgents(
  document: TerraformDocument,
  skills: readonly SkillModel[] = [],
): RenderedAgent[] {
  return document
    .ofType("terraform_data")
    .filter((r) => isRecord(r.body.input) && r.body.input[MANIFEST_SCHEMA_KEY] === MANIFEST_SCHEMA)
    .map((resource) => {
      const manifest = resource.body.input as unknown as AgentManifest;
      const hash = isRecord(manifest.conversation)
        ? manifest.conversation.skill?.contentHash
        : undefined;
      const skill =
        typeof hash === "string"
          ? (skills.find((s) => s.contentHash === hash) ?? skillModelByHash(hash))
          : undefined;
      return { manifest, resource, ...(skill ? { skill } : {}) };
    });
}

/** Runs the guard on one stack's rendered JSON. */
export function runGuard(document: TerraformDocument, options: GuardOptions = {}): GuardReport {
  const policy = combinePolicies(policiesOf(options.policy, options.rules, document.stackName));
  const today = guardDate(document.stackName, options.now, policy);
  const set = ruleSet(options.rules, policy?.enforcedRules);
  const agents = renderedAgents(document, options.skills);
  const context = { document, agents };
  const { findings, runs } = runRules(set.rules, context, sensitiveSubjects(document, agents));
  if (set.notRun.length > 0 || set.weakened.length > 0)
    findings.push(weakeningFinding(set, document.stackName, options.rulesSetAt));
  const known = new Map<string, { acknowledgeable: boolean }>();
  [...ALL_RULES, ...GUARD_CHECKS, ...set.rules].forEach((r) => known.set(r.id, r));
  const acks = collectAcknowledgements(
    document,
    options.acknowledgements ?? [],
    (id) => known.get(id),
    (ack) => policyRefusal(policy, ack, today),
  );
  const judged: GuardFinding[] = findings.map((f) => applyAcknowledgements(f, acks, today));
  const ackResults = acks.map((a) => ackResult(a, findings, today));
  for (const a of ackResults) {
    if (a.status === "unmatched")
      judged.push({
        ...guardFinding(
          UNMATCHED_ACKNOWLEDGEMENT,
          a.constructPath,
          `acknowledgement of ${a.ruleId} matches no finding at or below ${a.constructPath}`,
        ),
        blocking: false,
        acknowledged: false,
      });
    if (a.status === "rejected")
      judged.push({
        ...guardFinding(
          REJECTED_ACKNOWLEDGEMENT,
          a.constructPath,
          `acknowledgement of ${a.ruleId} is ignored: ${a.problem}`,
        ),
        blocking: false,
        acknowledged: false,
      });
  }
  const configuration: GuardConfiguration = {
    rulesNotRun: set.notRun,
    rulesWeakened: set.weakened,
    rulesRestored: set.restored,
    ...(policy ? { policy } : {}),
  };
  return assembleReport(document.stackName, judged, ackResults, runs, configuration);
}

function weakeningFinding(set: RuleSet, stackName: string, setAt = "the rules option") {
  const parts = [
    ...(set.notRun.length > 0
      ? [
          `${set.notRun.length} of ${ALL_RULES.length} built-in rules do not run (${set.notRun.join(", ")})`,
        ]
      : []),
    ...set.weakened.map((w) => `${w.id} runs weakened (${w.changes.join(", ")})`),
  ];
  return {
    ...guardFinding(
      RULES_WEAKENED,
      stackName,
      `the guard runs with fewer or weaker rules than built in, set by ${setAt}: ${parts.join("; ")}`,
      "guard",
    ),
    attributePath: "rules",
  };
}
