/**
 * Applying acknowledgements to findings: collecting the recorded and given
 * ones, validating each, matching them to findings by rule id and construct
 * subtree (the deepest wins), and expiry.
 */
import { isRecord, TerraformDocument } from "../contracts";
import { PropProblem } from "../core";
import {
  Acknowledgement,
  acknowledgementProblems,
  coversPath,
  recordedAcknowledgements,
  sortAcknowledgements,
} from "./acknowledgements";
import { AcknowledgementResult, GuardFinding } from "./guard-report";
import { PendingFinding } from "./run-rules";

/** An acknowledgement with the reason it was rejected, if it was. */
export type CheckedAck = Acknowledgement & { readonly problem?: string };

/**
 * Recorded plus given acknowledgements, validated (`refusal` adds the guard
 * policy's problems with an otherwise valid one), de-duplicated and sorted.
 */
export function collectAcknowledgements(
  document: TerraformDocument,
  given: readonly Acknowledgement[],
  lookup: (id: string) => { acknowledgeable: boolean } | undefined,
  refusal: (ack: Acknowledgement) => PropProblem[] = () => [],
): CheckedAck[] {
  const seen = new Set<string>();
  const out: CheckedAck[] = [];
  for (const raw of [...recordedAcknowledgements(document.json), ...given]) {
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
    if (problems.length === 0) problems.push(...refusal(ack));
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

function covers(a: CheckedAck, f: PendingFinding): boolean {
  return !a.problem && a.ruleId === f.ruleId && coversPath(a.constructPath, f.constructPath);
}

function matches(a: CheckedAck, f: PendingFinding): boolean {
  return covers(a, f) && f.acknowledgeable !== false;
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

/** A finding with the acknowledgement that covers it applied (or its lapsed one noted). */
export function applyAcknowledgements(
  f: PendingFinding,
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

/** What became of one acknowledgement: active, expired, unmatched or rejected. */
export function ackResult(
  a: CheckedAck,
  findings: readonly PendingFinding[],
  today: string,
): AcknowledgementResult {
  const matched = findings.filter((f) => matches(a, f)).length;
  const refused = findings.filter((f) => covers(a, f) && f.acknowledgeable === false);
  const problem =
    a.problem ??
    (matched === 0 && refused.length > 0
      ? `the ${a.ruleId} findings it covers cannot be acknowledged: ${refused[0].message}`
      : undefined);
  const status = problem
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
    ...(problem ? { problem } : {}),
  };
}
