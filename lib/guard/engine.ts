/**
 * The guard engine: runs rules on one stack's rendered JSON, applies
 * acknowledgements and returns a {@link GuardReport}. Pure: it reads only the
 * document and the options (and, for expiries, the date from
 * {@link guardToday}).
 */
import { propsError } from "../core/errors";
import { ALL_RULES } from "../rules";
import { RenderedAgent, Rule, RuleOutcome, RuleStatus, Severity } from "../rules/rule";
import {
  AgentManifest,
  MANIFEST_SCHEMA,
  MANIFEST_SCHEMA_KEY,
} from "../voice-agent/manifest-schema";
import {
  Acknowledgement,
  acknowledgementProblems,
  compare,
  coversPath,
  guardToday,
  recordedAcknowledgements,
  sortAcknowledgements,
} from "./acknowledgements";
import {
  GuardCheck,
  REJECTED_ACKNOWLEDGEMENT,
  RULE_FAILED,
  UNMATCHED_ACKNOWLEDGEMENT,
} from "./guard-checks";
import {
  AcknowledgementResult,
  GUARD_REPORT_SCHEMA_VERSION,
  GuardFinding,
  GuardReport,
  RuleRun,
} from "./guard-report";
import { TerraformDocument, isRecord } from "./terraform-document";
import { TOOL_NAME, toolVersion } from "./tool-info";

/** Options of a guard run. */
export interface GuardOptions {
  /**
   * The rules to run.
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
   * The date expiries are compared against (a Date, or `YYYY-MM-DD`).
   * @default - the `VOICE_AGENT_GUARD_TODAY` environment variable, else the current date (UTC)
   */
  readonly now?: Date | string;
}

/** The agent manifests of a rendered stack: `terraform_data` resources whose `input.manifestSchema` is {@link MANIFEST_SCHEMA}. */
export function renderedAgents(document: TerraformDocument): RenderedAgent[] {
  return document
    .ofType("terraform_data")
    .filter((r) => isRecord(r.body.input) && r.body.input[MANIFEST_SCHEMA_KEY] === MANIFEST_SCHEMA)
    .map((resource) => ({ manifest: resource.body.input as unknown as AgentManifest, resource }));
}

/** Runs the guard on one stack's rendered JSON. */
export function runGuard(document: TerraformDocument, options: GuardOptions = {}): GuardReport {
  const today = guardToday(options.now);
  if (typeof today !== "string") throw propsError("VoiceAgentGuard", document.stackName, [today]);
  const rules = options.rules ?? ALL_RULES;
  const context = { document, agents: renderedAgents(document) };
  const findings: Pending[] = [];
  const runs: RuleRun[] = [];
  for (const rule of rules) {
    let outcomes: readonly RuleOutcome[];
    try {
      outcomes = rule.check(context);
    } catch (e) {
      findings.push(
        guardFinding(
          RULE_FAILED,
          document.stackName,
          `rule ${rule.id} failed: ${(e as Error)?.message ?? String(e)}`,
        ),
      );
      outcomes = [];
    }
    runs.push(ruleRun(rule, outcomes));
    for (const o of outcomes)
      if (o.status === RuleStatus.NON_COMPLIANT || o.status === RuleStatus.CANNOT_VERIFY)
        findings.push(ruleFinding(rule, o));
  }
  const known = new Map<string, { acknowledgeable: boolean }>();
  [...ALL_RULES, ...rules].forEach((r) => known.set(r.id, r));
  const acks = collectAcknowledgements(document, options, (id) => known.get(id));
  const judged = findings.map((f) => applyAcknowledgements(f, acks, today));
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
  const sorted = judged
    .map((f) => ({ ...f, blocking: f.blocking || (f.level === "error" && !f.acknowledgement) }))
    .sort(byLocation);
  const notApplicable = runs.filter((r) => !r.applicable).map((r) => r.id);
  return {
    schemaVersion: GUARD_REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: toolVersion() },
    stack: document.stackName,
    passed: !sorted.some((f) => f.blocking),
    counts: {
      errors: sorted.filter((f) => f.blocking).length,
      warnings: sorted.filter((f) => f.level === "warning" && !f.acknowledgement).length,
      acknowledged: sorted.filter((f) => f.acknowledgement).length,
      cannotVerify: sorted.filter((f) => f.status === "cannot-verify").length,
      rulesRun: runs.length,
      rulesNotApplicable: notApplicable.length,
    },
    findings: sorted,
    acknowledgements: ackResults,
    rules: runs,
    notApplicableRules: notApplicable,
  };
}

type Pending = Omit<GuardFinding, "blocking" | "acknowledged">;
type CheckedAck = Acknowledgement & { readonly problem?: string };

function ruleFinding(rule: Rule, o: RuleOutcome): Pending {
  const cannot = o.status === RuleStatus.CANNOT_VERIFY;
  return {
    ruleId: rule.id,
    level: cannot
      ? "warning"
      : (o.severity ?? rule.severity) === Severity.ERROR
        ? "error"
        : "warning",
    status: cannot ? "cannot-verify" : "non-compliant",
    constructPath: o.subject.constructPath,
    address: o.subject.address,
    resourceType: o.subject.type,
    ...(o.attributePath !== undefined ? { attributePath: o.attributePath } : {}),
    message: o.detail ?? (cannot ? `cannot verify: ${rule.title}` : `not compliant: ${rule.title}`),
    fix: rule.fix,
    docUrl: rule.docUrl,
  };
}

function guardFinding(check: GuardCheck, constructPath: string, message: string): Pending {
  return {
    ruleId: check.id,
    level: check.severity === Severity.ERROR ? "error" : "warning",
    status: "non-compliant",
    constructPath,
    address: "",
    resourceType: check.id === RULE_FAILED.id ? "rule" : "acknowledgement",
    message,
    fix: check.fix,
    docUrl: check.docUrl,
  };
}

function ruleRun(rule: Rule, outcomes: readonly RuleOutcome[]): RuleRun {
  const count = (s: RuleStatus) => outcomes.filter((o) => o.status === s).length;
  const notApplicable = count(RuleStatus.NOT_APPLICABLE);
  return {
    id: rule.id,
    severity: rule.severity === Severity.ERROR ? "error" : "warning",
    title: rule.title,
    scope: rule.scope,
    acknowledgeable: rule.acknowledgeable,
    applicable: outcomes.length > notApplicable,
    outcomes: {
      compliant: count(RuleStatus.COMPLIANT),
      nonCompliant: count(RuleStatus.NON_COMPLIANT),
      cannotVerify: count(RuleStatus.CANNOT_VERIFY),
      notApplicable,
    },
  };
}

/** Recorded plus given acknowledgements, validated, de-duplicated and sorted. */
function collectAcknowledgements(
  document: TerraformDocument,
  options: GuardOptions,
  lookup: (id: string) => { acknowledgeable: boolean } | undefined,
): CheckedAck[] {
  const seen = new Set<string>();
  const out: CheckedAck[] = [];
  for (const raw of [
    ...recordedAcknowledgements(document.json),
    ...(options.acknowledgements ?? []),
  ]) {
    const r = isRecord(raw) ? raw : {};
    const ack: Acknowledgement = {
      ruleId: String(r.ruleId ?? ""),
      constructPath: typeof r.constructPath === "string" ? r.constructPath : document.stackName,
      reason: typeof r.reason === "string" ? r.reason : "",
      ...(r.expires !== undefined ? { expires: String(r.expires) } : {}),
    };
    const key = JSON.stringify([ack.ruleId, ack.constructPath, ack.reason, ack.expires ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    const problems = acknowledgementProblems(r, lookup);
    if (typeof r.constructPath !== "string")
      problems.push({
        prop: "constructPath",
        problem: "must be a construct path",
        received: String(r.constructPath),
        fix: "record acknowledgements with VoiceAgentGuard.acknowledge",
      });
    out.push(
      problems.length
        ? {
            ...ack,
            problem: problems.map((p) => `${p.prop} ${p.problem}, got ${p.received}`).join("; "),
          }
        : ack,
    );
  }
  return sortAcknowledgements(out);
}

function matches(a: CheckedAck, f: Pending): boolean {
  return !a.problem && a.ruleId === f.ruleId && coversPath(a.constructPath, f.constructPath);
}

function expired(a: Acknowledgement, today: string): boolean {
  return a.expires !== undefined && a.expires < today;
}

function ref(a: Acknowledgement) {
  return {
    constructPath: a.constructPath,
    reason: a.reason,
    ...(a.expires ? { expires: a.expires } : {}),
  };
}

function applyAcknowledgements(
  f: Pending,
  acks: readonly CheckedAck[],
  today: string,
): GuardFinding {
  // The most specific (deepest) acknowledgement wins.
  const covering = acks
    .filter((a) => matches(a, f))
    .sort((a, b) => b.constructPath.length - a.constructPath.length);
  const active = covering.find((a) => !expired(a, today));
  if (active) return { ...f, blocking: false, acknowledged: true, acknowledgement: ref(active) };
  const lapsed = covering.find((a) => expired(a, today));
  return {
    ...f,
    blocking: false,
    acknowledged: false,
    ...(lapsed ? { expiredAcknowledgement: ref(lapsed) } : {}),
  };
}

function ackResult(
  a: CheckedAck,
  findings: readonly Pending[],
  today: string,
): AcknowledgementResult {
  const matched = findings.filter((f) => matches(a, f)).length;
  const status = a.problem
    ? "rejected"
    : expired(a, today)
      ? "expired"
      : matched > 0
        ? "active"
        : "unmatched";
  return {
    ruleId: a.ruleId,
    ...ref(a),
    status,
    matchedFindings: matched,
    ...(a.problem ? { problem: a.problem } : {}),
  };
}

function byLocation(a: GuardFinding, b: GuardFinding): number {
  return (
    compare(a.ruleId, b.ruleId) ||
    compare(a.constructPath, b.constructPath) ||
    compare(a.address, b.address) ||
    compare(a.attributePath ?? "", b.attributePath ?? "") ||
    compare(a.message, b.message)
  );
}
