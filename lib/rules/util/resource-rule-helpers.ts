/**
 * Small pure helpers shared by the resource-level rules: outcome builders,
 * reading rendered values that may be Terraform expressions, deep string scans
 * and the event-forwarding targets named by agent manifests.
 */
import { isExpression, isRecord, RenderedResource } from "../../guard/terraform-document";
import { RenderedAgent, RuleContext, RuleOutcome, RuleStatus, Severity } from "../rule";

/** A compliant outcome. */
export function compliant(subject: RenderedResource, attributePath?: string): RuleOutcome {
  return { status: RuleStatus.COMPLIANT, subject, attributePath };
}

/** A non-compliant outcome; `severity` overrides the rule's default. */
export function nonCompliant(
  subject: RenderedResource,
  attributePath: string,
  detail: string,
  severity?: Severity,
): RuleOutcome {
  return { status: RuleStatus.NON_COMPLIANT, subject, attributePath, detail, severity };
}

/** An outcome for a deciding value that is an unresolved Terraform expression. */
export function cannotVerify(
  subject: RenderedResource,
  attributePath: string,
  detail: string,
): RuleOutcome {
  return { status: RuleStatus.CANNOT_VERIFY, subject, attributePath, detail };
}

/** What a rendered boolean argument is: a literal, an expression, or absent. */
export type RenderedBoolean = true | false | "expression" | "absent";

/** Reads a rendered boolean (`true`, `"false"`, `"${var.x}"`, absent). */
export function renderedBoolean(value: unknown): RenderedBoolean {
  if (value === undefined || value === null) return "absent";
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return "expression";
}

/** Describes a rendered value for a detail message (expressions shown as written, never secrets). */
export function shown(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Calls `visit` for every string inside `value` (objects and lists), with its dotted path; skips `//` metadata. */
export function forEachString(
  value: unknown,
  visit: (s: string, attributePath: string) => void,
  prefix = "",
): void {
  if (typeof value === "string") visit(value, prefix);
  else if (Array.isArray(value))
    value.forEach((v, i) => forEachString(v, visit, prefix ? `${prefix}.${i}` : String(i)));
  else if (isRecord(value))
    for (const key of Object.keys(value))
      if (key !== "//") forEachString(value[key], visit, prefix ? `${prefix}.${key}` : key);
}

/** True when a string is a non-empty literal (no `${...}` expression in it). */
export function isLiteralString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && !isExpression(value);
}

/** Every `${...}` reference chain in a string (`var.x`, `ibm_resource_key.k.credentials`, `local.y`). */
export function referencesIn(value: unknown): string[] {
  const out: string[] = [];
  forEachString(value, (s) => {
    for (const m of s.matchAll(/\$\{([^}]*)\}/g))
      for (const r of m[1].matchAll(/(?:data\.)?[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[[^\]]*\])+/g))
        out.push(r[0].replace(/\[[^\]]*\]/g, ""));
  });
  return out;
}

/** One agent's event forwarding, resolved against the document. */
export interface EventForwardingTarget {
  /** The agent. */
  readonly agent: RenderedAgent;
  /** The Cloudant instance resource, when it is in this document. */
  readonly instance?: RenderedResource;
  /** The databases of the enabled event types, as rendered (names or expressions). */
  readonly databases: readonly string[];
  /** The `ibm_resource_key` (or data source) whose credential writes the events, when in this document. */
  readonly credentialKey?: RenderedResource;
  /** Whether callers may disclose PHI or PCI to the agent. */
  readonly handlesPhiOrPci: boolean;
}

/** The event-forwarding targets of every agent that forwards events. */
export function eventForwardingTargets(context: RuleContext): EventForwardingTarget[] {
  return context.agents
    .filter((agent) => agent.manifest.eventForwarding?.enabled === true)
    .map((agent) => {
      const ef = agent.manifest.eventForwarding;
      const databases = [ef.cdrEvents, ef.transcriptionEvents, ef.turnEvents]
        .filter((e) => e?.enabled === true && typeof e.database === "string")
        .map((e) => e.database as string);
      const classes = Array.isArray(agent.manifest.dataClasses) ? agent.manifest.dataClasses : [];
      return {
        agent,
        instance: context.document.resolve(ef.cloudantInstance),
        databases,
        credentialKey: context.document.resolve(ef.credential?.resourceKey),
        handlesPhiOrPci: classes.includes("PHI") || classes.includes("PCI"),
      };
    });
}

/** Names that suggest a secret (variables, environment variables, map keys). */
export const SECRET_NAME = /(password|passwd|secret|token|api_?key|private_?key|credential)/i;

/**
 * Judges one string attribute of every resource of `type`: compliant when it
 * equals `expected`, cannot verify when it is an expression, otherwise
 * non-compliant with the detail `problem(value)` (value undefined when absent).
 */
export function expectLiteralAttribute(
  context: RuleContext,
  type: string,
  attribute: string,
  expected: string,
  problem: (value: unknown) => string,
): RuleOutcome[] {
  return context.document.ofType(type).map((r) => {
    const value = r.body[attribute] ?? undefined;
    if (value !== undefined && !isLiteralString(value))
      return cannotVerify(r, attribute, `${attribute} is an expression, got ${shown(value)}`);
    if (value === expected) return compliant(r, attribute);
    return nonCompliant(r, attribute, problem(value));
  });
}
