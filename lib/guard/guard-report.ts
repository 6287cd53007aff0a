/**
 * The guard's result for one stack: what `voice-agent-guard.json` holds and
 * what {@link runGuard} returns. Every list is sorted, and nothing in it
 * depends on the time of the run except whether an acknowledgement has
 * expired, so the same program gives a byte-identical report.
 */
import type { EffectiveGuardPolicy } from "./guard-policy";

/** The `schemaVersion` of {@link GuardReport}. */
export const GUARD_REPORT_SCHEMA_VERSION = "cdktf-ibm-voice-agent/guard-report/v1";

/** How a finding is reported: `error` blocks synthesis unless acknowledged, `warning` does not. */
export type FindingLevel = "error" | "warning";

/** Where an acknowledgement was made, and why. */
export interface AcknowledgementRef {
  /** The construct path the acknowledgement is attached to (it covers that subtree). */
  readonly constructPath: string;
  /** The written reason. */
  readonly reason: string;
  /** The last day it applies (`YYYY-MM-DD`), if it expires. */
  readonly expires?: string;
}

/** One thing the guard found: a rule's non-compliant or cannot-verify verdict on one subject. */
export interface GuardFinding {
  /** The rule (`VAW-CLOUDANT-1`), or a guard check (`VAW-GUARD-1`). */
  readonly ruleId: string;
  /**
   * `error` or `warning`. Cannot-verify verdicts are warnings, except where
   * the guard fails closed: on an agent handling PHI or PCI (or a resource
   * serving one), for a rule whose finding there would be an error.
   */
  readonly level: FindingLevel;
  /** `non-compliant`, or `cannot-verify` when the deciding value is an unresolved expression. */
  readonly status: "non-compliant" | "cannot-verify";
  /** The construct path of the subject (`stack/events/cloudant`). */
  readonly constructPath: string;
  /** The Terraform address of the subject (`ibm_cloudant.events_cloudant_1A2B3C4D`), empty for guard checks on acknowledgements. */
  readonly address: string;
  /** The Terraform type (`ibm_cloudant`), `output`, `variable`, a provider name, or `acknowledgement`. */
  readonly resourceType: string;
  /** The attribute concerned (`legacy_credentials`), when known. */
  readonly attributePath?: string;
  /** What is wrong, lowercase, never a secret value. */
  readonly message: string;
  /** How to fix it (the rule's fix). */
  readonly fix: string;
  /** The rule's documentation page. */
  readonly docUrl: string;
  /** For skill rules: the skill, file, node, JSON pointer and line of the finding. */
  readonly skill?: SkillFindingLocation;
  /** Present (false) when this finding cannot be acknowledged although its rule's findings usually can. */
  readonly acknowledgeable?: boolean;
  /** Whether the finding blocks synthesis: an error (or, when the policy says warnings fail, any finding) that no valid, unexpired acknowledgement covers. */
  readonly blocking: boolean;
  /** Whether a valid, unexpired acknowledgement accepts the finding (then {@link GuardFinding.acknowledgement} says which). */
  readonly acknowledged: boolean;
  /** The acknowledgement that accepts this finding, when one does. */
  readonly acknowledgement?: AcknowledgementRef;
  /** An acknowledgement that covered this finding but has expired (the finding counts again). */
  readonly expiredAcknowledgement?: AcknowledgementRef;
}

/** Where in a Watson Assistant skill a finding is. */
export interface SkillFindingLocation {
  /** The skill's name. */
  readonly name: string;
  /** The skill export file, when the skill was read from one. */
  readonly file?: string;
  /** The dialog node id, or `<action>/<step>` of an actions skill. */
  readonly nodeId: string;
  /** The JSON pointer of the offending value in the export. */
  readonly pointer: string;
  /** The value's 1-based line in the file; 0 when the skill was given as an object. */
  readonly line: number;
}

/** What became of one acknowledgement. */
export type AcknowledgementStatus = "active" | "expired" | "unmatched" | "rejected";

/** One acknowledgement as the report lists it. */
export interface AcknowledgementResult extends AcknowledgementRef {
  /** The rule it accepts. */
  readonly ruleId: string;
  /** `active` (accepts findings), `expired`, `unmatched` (stale: no finding to accept), `rejected` (invalid). */
  readonly status: AcknowledgementStatus;
  /** How many findings it accepted (or would have, when expired). */
  readonly matchedFindings: number;
  /** Why it was rejected. */
  readonly problem?: string;
}

/** One rule's run. */
export interface RuleRun {
  /** The rule id. */
  readonly id: string;
  /** Its default severity. */
  readonly severity: FindingLevel;
  /** Its title (the compliant state). */
  readonly title: string;
  /** `agent` or `resource`. */
  readonly scope: "agent" | "resource";
  /** Whether its findings may be acknowledged. */
  readonly acknowledgeable: boolean;
  /** False when it judged no subject in this stack (nothing it concerns). */
  readonly applicable: boolean;
  /** Why it judged some subjects not concerned, when it says (skill rules: the agent has no skill). */
  readonly notApplicableReasons?: readonly string[];
  /** Its verdicts, counted. */
  readonly outcomes: {
    /** Subjects found compliant. */
    readonly compliant: number;
    /** Subjects found non-compliant. */
    readonly nonCompliant: number;
    /** Subjects it could not decide on. */
    readonly cannotVerify: number;
    /** Subjects it reported as not concerned. */
    readonly notApplicable: number;
  };
}

/** How the guard was configured for a run: what it ran with less than built in, and the policy in force. */
export interface GuardConfiguration {
  /** Built-in rule ids that did not run (reported as VAW-GUARD-4), in registry order. */
  readonly rulesNotRun: readonly string[];
  /** Built-in rules that ran weakened (reported as VAW-GUARD-4), with what changed. */
  readonly rulesWeakened: readonly {
    /** The rule id. */
    readonly id: string;
    /** What is weaker than built in. */
    readonly changes: readonly string[];
  }[];
  /** Enforced rule ids the options left out or weakened: they ran as built in. */
  readonly rulesRestored: readonly string[];
  /** The guard policy in force (every policy given, combined into the strictest), when there is one. */
  readonly policy?: EffectiveGuardPolicy;
}

/** The guard's result for one stack. */
export interface GuardReport {
  /** Always {@link GUARD_REPORT_SCHEMA_VERSION}. */
  readonly schemaVersion: string;
  /** The guard that produced the report. */
  readonly tool: {
    /** `cdktf-ibm-voice-agent`. */
    readonly name: string;
    /** The package version. */
    readonly version: string;
  };
  /** The stack's name. */
  readonly stack: string;
  /** True when no finding blocks synthesis. */
  readonly passed: boolean;
  /** Totals. */
  readonly counts: {
    /** Blocking findings (errors not acknowledged). */
    readonly errors: number;
    /** Warnings not acknowledged (cannot-verify verdicts included). */
    readonly warnings: number;
    /** Findings accepted by an acknowledgement. */
    readonly acknowledged: number;
    /** Cannot-verify findings (acknowledged or not). */
    readonly cannotVerify: number;
    /** Rules run. */
    readonly rulesRun: number;
    /** Rules that judged no subject. */
    readonly rulesNotApplicable: number;
  };
  /** Every finding, sorted by rule id, construct path, address and attribute. */
  readonly findings: readonly GuardFinding[];
  /** Every acknowledgement, sorted by construct path and rule id. */
  readonly acknowledgements: readonly AcknowledgementResult[];
  /** Every rule run, in registry order. */
  readonly rules: readonly RuleRun[];
  /** Ids of the rules that judged no subject. */
  readonly notApplicableRules: readonly string[];
  /** The rule set and the policy the run used. */
  readonly configuration: GuardConfiguration;
}
