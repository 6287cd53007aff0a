/**
 * Skill rules: rules that judge the Watson Assistant skill an agent runs. One
 * is written as a pure `checkSkill(skill, facts)` giving issues at places in
 * the skill; {@link skillRule} makes it a guard {@link Rule} over every agent
 * of a stack (an agent without a skill: not applicable, with the reason; a
 * skill whose content the guard does not have: cannot verify), and the same
 * `checkSkill` serves `scan-skill` on skill files alone.
 */
import {
  AgentManifest,
  ManifestDataClass,
  SkillModel,
  SkillNode,
  SkillPlace,
} from "../../contracts";
import { Rule, RuleContext, RuleOutcome, RuleStatus, Severity } from "../rule";
import { SensitivityFacts } from "./skill-sensitivity";

/** What a skill rule knows about the agent running the skill. */
export interface SkillFacts extends SensitivityFacts {
  /**
   * Whether the agent speaks (Voice and Voice + SMS agents); an SMS agent has no Text to Speech.
   * @default true
   */
  readonly speaks?: boolean;
  /** Whether turn events (the full response of every turn) are forwarded to Cloudant. */
  readonly turnEventsForwarded: boolean;
  /** The agent's declared transfer targets (default and allowed); absent when the skill is scanned alone. */
  readonly transferTargets?: readonly string[];
  /** The trunk's termination URI (SIP transfers must go through it); absent when unknown. */
  readonly terminationUri?: string;
}

/** One thing a skill rule found. */
export interface SkillIssue {
  /** The node (dialog node or action step). */
  readonly node: SkillNode;
  /** The offending value's place. */
  readonly place: SkillPlace;
  /** What is wrong, naming the node. */
  readonly detail: string;
  /** Overrides the rule's severity. */
  readonly severity?: Severity;
  /** False when this finding may not be acknowledged. */
  readonly acknowledgeable?: boolean;
}

/** A rule over skills. */
export interface SkillRule extends Rule {
  /** The pure check of one skill. */
  checkSkill(skill: SkillModel, facts: SkillFacts): readonly SkillIssue[];
}

/** The metadata of a skill rule. */
export type SkillRuleMetadata = Omit<Rule, "check" | "scope">;

/** Whether an agent's data classes include PHI or PCI. */
export function handlesPhiOrPci(classes: readonly ManifestDataClass[]): boolean {
  return classes.includes("PHI") || classes.includes("PCI");
}

/** The skill facts of an agent's manifest. */
export function skillFactsOf(manifest: AgentManifest): SkillFacts {
  const skill = manifest.conversation?.skill;
  const transfer = manifest.callTransfer;
  const targets = transfer
    ? [
        ...(typeof transfer.defaultTransferTarget === "string"
          ? [transfer.defaultTransferTarget]
          : []),
        ...(Array.isArray(transfer.allowedTransferTargets) ? transfer.allowedTransferTargets : []),
      ]
    : [];
  const termination = manifest.sipTrunk?.terminationUri;
  return {
    dataClasses: Array.isArray(manifest.dataClasses) ? manifest.dataClasses : ["PII"],
    sensitive: [...(skill?.sensitive ?? [])],
    notSensitive: [...(skill?.notSensitive ?? [])],
    speaks: manifest.agentType !== "SMS",
    turnEventsForwarded:
      manifest.eventForwarding?.enabled === true &&
      manifest.eventForwarding.turnEvents?.enabled === true,
    transferTargets: targets,
    ...(typeof termination === "string" ? { terminationUri: termination } : {}),
  };
}

/** The reason the report gives for not running skill rules on an agent without a skill. */
export const NO_SKILL_DETAIL =
  "the agent has no Watson Assistant skill, so the skill rules were not run: give assistant.skill (AssistantSkill.fromFile) to check what the dialog speaks, transfers and sends";

/** Makes a guard rule of a skill check. */
export function skillRule(
  meta: SkillRuleMetadata,
  checkSkill: (skill: SkillModel, facts: SkillFacts) => readonly SkillIssue[],
): SkillRule {
  return {
    ...meta,
    scope: "agent",
    checkSkill,
    check(context: RuleContext): readonly RuleOutcome[] {
      return context.agents.flatMap(({ manifest, resource, skill }): RuleOutcome[] => {
        const named = manifest.conversation?.skill;
        if (!named)
          return [
            { status: RuleStatus.NOT_APPLICABLE, subject: resource, detail: NO_SKILL_DETAIL },
          ];
        if (!skill) {
          const detail = `the content of skill "${named.name}" (${named.contentHash}) is not available to the guard: load it with AssistantSkill in the same program, or pass it to VoiceAgentGuard.check as options.skills`;
          // Fail closed where the data is sensitive: undecidable blocks PHI and PCI agents.
          const strict = handlesPhiOrPci(skillFactsOf(manifest).dataClasses);
          return [
            {
              status: strict ? RuleStatus.NON_COMPLIANT : RuleStatus.CANNOT_VERIFY,
              subject: resource,
              attributePath: "input.conversation.skill",
              detail,
              ...(strict ? { severity: Severity.ERROR } : {}),
            },
          ];
        }
        const issues = checkSkill(skill, skillFactsOf(manifest));
        if (issues.length === 0)
          return [
            {
              status: RuleStatus.COMPLIANT,
              subject: resource,
              attributePath: "input.conversation.skill",
            },
          ];
        return issues.map((i) => ({
          status: RuleStatus.NON_COMPLIANT,
          subject: resource,
          attributePath: "input.conversation.skill",
          detail: i.detail,
          ...(i.severity !== undefined ? { severity: i.severity } : {}),
          ...(i.acknowledgeable === false ? { acknowledgeable: false } : {}),
          skillLocation: {
            skill: skill.name,
            ...(skill.file !== undefined ? { file: skill.file } : {}),
            nodeId: i.node.id,
            pointer: i.place.pointer,
            line: i.place.line,
          },
        }));
      });
    },
  };
}

/** `dialog node "x"` or `action step "a/s"`, for messages. */
export function nodeLabel(node: SkillNode): string {
  const what =
    node.kind === "step"
      ? "action step"
      : node.kind === "handler"
        ? "handler"
        : node.kind === "standard"
          ? "dialog node"
          : `${node.kind.replace(/_/g, " ")} node`;
  return `${what} "${node.id}"`;
}
