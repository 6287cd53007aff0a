import { AgentManifest, SkillModel } from "../contracts";
import { RenderedResource, TerraformDocument } from "../contracts";

/** How bad a finding is. */
export enum Severity {
  /** Blocks synthesis unless acknowledged (where the rule allows it). */
  ERROR = "error",
  /** Reported, does not block. */
  WARNING = "warning",
}

/** The verdict of a rule on one subject (a resource or an agent manifest). */
export enum RuleStatus {
  /** The subject is in the compliant state the rule's title states. */
  COMPLIANT = "compliant",
  /** The subject is not. */
  NON_COMPLIANT = "non-compliant",
  /** The rule does not concern this subject. */
  NOT_APPLICABLE = "not-applicable",
  /** The deciding value is an unresolved Terraform expression: the rule cannot decide. */
  CANNOT_VERIFY = "cannot-verify",
}

/** One rule's verdict on one subject. */
export interface RuleOutcome {
  /** Compliant, non-compliant, not applicable or cannot verify. */
  readonly status: RuleStatus;
  /** The resource judged (for agent rules: the `terraform_data` resource carrying the manifest). */
  readonly subject: RenderedResource;
  /** For non-compliant / cannot-verify: what exactly is wrong, lowercase, no secret values. */
  readonly detail?: string;
  /** The attribute path concerned (`legacy_credentials`, `input.sipTrunk.media`). */
  readonly attributePath?: string;
  /** Overrides the rule's severity for this outcome (e.g. error for PHI/PCI agents). */
  readonly severity?: Severity;
  /** False when this finding may not be acknowledged although the rule's findings usually may. */
  readonly acknowledgeable?: boolean;
  /** For skill rules: where in the Watson Assistant skill the finding is. */
  readonly skillLocation?: SkillLocation;
}

/** A place in a Watson Assistant skill export, as findings report it. */
export interface SkillLocation {
  /** The skill's name. */
  readonly skill: string;
  /** The file the skill was read from, when it was read from one. */
  readonly file?: string;
  /** The dialog node id or `<action>/<step>`. */
  readonly nodeId: string;
  /** The JSON pointer of the offending value. */
  readonly pointer: string;
  /** Its 1-based line in the file (0 when the skill was given as an object). */
  readonly line: number;
}

/** An agent manifest found in the rendered JSON, with the resource carrying it. */
export interface RenderedAgent {
  /** The parsed manifest (the `terraform_data` resource's `input`). */
  readonly manifest: AgentManifest;
  /** The `terraform_data` resource. */
  readonly resource: RenderedResource;
  /** The Watson Assistant skill the manifest names (`conversation.skill`), when the guard has its content. */
  readonly skill?: SkillModel;
}

/** What a rule's check receives. */
export interface RuleContext {
  /** The stack's rendered Terraform JSON. */
  readonly document: TerraformDocument;
  /** The agent manifests in it. */
  readonly agents: readonly RenderedAgent[];
}

/**
 * One guard rule. One per file under `lib/rules/`, named after the compliant
 * state; `id` is stable and user-facing (acknowledgements name it).
 */
export interface Rule {
  /** Stable id, `VAW-<AREA>-<n>` (`VAW-SIP-1`). */
  readonly id: string;
  /** Default severity. */
  readonly severity: Severity;
  /**
   * The severity of a non-compliant finding on an agent whose callers may
   * disclose PHI or PCI, or on a resource serving one, where the rule raises
   * it above `severity`. The guard fails closed with it: a cannot-verify
   * outcome on such a subject blocks synthesis when this severity is error.
   * @default - severity
   */
  readonly sensitiveDataSeverity?: Severity;
  /** The compliant state, as a sentence (`SRTP is used only with TLS signalling`). */
  readonly title: string;
  /** Why it matters. */
  readonly explanation: string;
  /** How to fix a finding. */
  readonly fix: string;
  /** The IBM (or other) documentation page the explanation cites. */
  readonly docUrl: string;
  /** Whether a finding may be acknowledged with a reason. */
  readonly acknowledgeable: boolean;
  /** `agent` rules read manifests; `resource` rules read raw resources. */
  readonly scope: "agent" | "resource";
  /** The pure check: one outcome per subject it looked at. */
  check(context: RuleContext): readonly RuleOutcome[];
}
