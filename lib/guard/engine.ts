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
import { REJECTED_ACKNOWLEDGEMENT, UNMATCHED_ACKNOWLEDGEMENT } from "./guard-checks";
import { GuardFinding, GuardReport } from "./guard-report";
import { assembleReport } from "./report-assembly";
import { guardFinding, runRules } from "./run-rules";

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
  /**
   * Skill models for the skills the manifests name (by content hash), in
   * addition to those loaded in this program with `AssistantSkill`.
   * @default - only the loaded ones
   */
  readonly skills?: readonly SkillModel[];
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
  const today = guardToday(options.now);
  if (typeof today !== "string") throw propsError("VoiceAgentGuard", document.stackName, [today]);
  const rules = options.rules ?? ALL_RULES;
  const context = { document, agents: renderedAgents(document, options.skills) };
  const { findings, runs } = runRules(rules, context);
  const known = new Map<string, { acknowledgeable: boolean }>();
  [...ALL_RULES, ...rules].forEach((r) => known.set(r.id, r));
  const acks = collectAcknowledgements(document, options.acknowledgements ?? [], (id) =>
    known.get(id),
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
  return assembleReport(document.stackName, judged, ackResults, runs);
}
