/**
 * Questions rules ask of an agent manifest: its data classes and the
 * severity they call for, its service locations, transfer targets, event
 * forwarding and outbound calling. Pure; nothing here throws on malformed
 * input. A value decided by a Terraform expression is reported as such, never
 * read as off.
 */
import { isTerraformExpression } from "../../core";
import {
  AgentManifest,
  isRecord,
  ManifestDataClass,
  ManifestServiceLocation,
  RenderedResource,
  TerraformDocument,
} from "../../contracts";
import { RenderedAgent, RuleContext, RuleOutcome, Severity } from "../rule";
import { renderedBoolean, shown } from "./rendered-values";
import { cannotVerify, combine, notApplicable, perAgent, Verdict } from "./verdicts";

/** The agent's data classes; PII when the manifest names none (callers' numbers are personal data). */
export function dataClassesOf(m: AgentManifest): readonly ManifestDataClass[] {
  const classes = Array.isArray(m.dataClasses) ? m.dataClasses : [];
  return classes.length > 0 ? classes : ["PII"];
}

/** True when callers may disclose one of `classes` to the agent. */
export function handles(m: AgentManifest, ...classes: ManifestDataClass[]): boolean {
  return dataClassesOf(m).some((c) => classes.includes(c));
}

/** Options of {@link severityFor}. */
export interface StrictnessOptions {
  /** Data classes for which a finding is an error whatever the base severity. */
  readonly strictFor: readonly ManifestDataClass[];
}

/** The severity of a finding on `agent`: ERROR when it handles a `strictFor` class, else `base`. */
export function severityFor(
  agent: RenderedAgent,
  base: Severity,
  options: StrictnessOptions,
): Severity {
  return handles(agent.manifest, ...options.strictFor) ? Severity.ERROR : base;
}

/** The default strictness: PHI and PCI agents get errors. */
export const STRICT_FOR_PHI_PCI: StrictnessOptions = { strictFor: ["PHI", "PCI"] };

/** True for `Voice` and `Voice + SMS` agents (or any agent with a SIP trunk). */
export function isVoiceAgent(m: AgentManifest): boolean {
  return isRecord(m.sipTrunk) || m.agentType === "Voice" || m.agentType === "Voice + SMS";
}

/** One Watson (or SOE) location slot of the manifest, with its path. */
export interface ServiceSlot {
  /** `conversation.location1`, `speechToText.location2` … */
  readonly path: string;
  /** The slot's settings. */
  readonly location: ManifestServiceLocation;
}

/**
 * The manifest's secret reference fields, with their paths: every service
 * location's `password` and, when the manifest has an SMS section, the SMS
 * provider's `smsProviderPassword`, as rendered (a reference object, or
 * whatever an override put there, undefined when missing).
 */
export function manifestSecretReferences(m: AgentManifest): [string, unknown][] {
  const refs: [string, unknown][] = serviceLocations(m)
    .filter((s) => s.location.password !== undefined)
    .map((s) => [`${s.path}.password`, s.location.password]);
  if (m.sms)
    refs.push(["sms.smsProviderPassword", isRecord(m.sms) ? m.sms.smsProviderPassword : undefined]);
  return refs;
}

/** Every configured location of the conversation, Speech to Text and Text to Speech sections. */
export function serviceLocations(m: AgentManifest): ServiceSlot[] {
  const out: ServiceSlot[] = [];
  for (const section of ["conversation", "speechToText", "textToSpeech"] as const) {
    const s: unknown = m[section];
    if (!isRecord(s)) continue;
    for (const slot of ["location1", "location2"]) {
      const location = s[slot];
      if (isRecord(location))
        out.push({
          path: `${section}.${slot}`,
          location: location as unknown as ManifestServiceLocation,
        });
    }
  }
  return out;
}

/** How a location is connected: an SOE, an instance of another account, one of this account, or undecidable. */
export function locationKind(
  loc: ManifestServiceLocation,
): "soe" | "other" | "mine" | "expression" {
  const t = loc.serviceType;
  if (typeof t !== "string" || isTerraformExpression(t)) return "expression";
  const lower = t.toLowerCase();
  if (lower.includes("orchestration")) return "soe";
  return lower.startsWith("other") ? "other" : "mine";
}

/** The event types of the manifest, by field name. */
export const EVENT_TYPES = ["cdrEvents", "transcriptionEvents", "turnEvents"] as const;

/** An event type field of the manifest. */
export type EventTypeField = (typeof EVENT_TYPES)[number];

/** Which event types are forwarded: literally on, or decided by an expression. */
export interface Forwarding {
  /** Types forwarded for certain. */
  readonly on: readonly EventTypeField[];
  /** Types whose forwarding an expression decides (all possibly-on types when `enabled` is one). */
  readonly unresolved: readonly EventTypeField[];
}

/** The agent's event forwarding; both lists empty when it is off. */
export function forwarding(m: AgentManifest): Forwarding {
  const ef = isRecord(m.eventForwarding) ? m.eventForwarding : undefined;
  const master = renderedBoolean(ef?.enabled);
  if (!ef || master === false || master === "absent") return { on: [], unresolved: [] };
  const on: EventTypeField[] = [];
  const unresolved: EventTypeField[] = [];
  for (const t of EVENT_TYPES) {
    const v = renderedBoolean(isRecord(ef[t]) ? ef[t].enabled : undefined);
    if (v === "expression" || (v === true && master === "expression")) unresolved.push(t);
    else if (v === true) on.push(t);
  }
  return { on, unresolved };
}

/**
 * Gate for event-forwarding rules: undefined when one of `types` is forwarded
 * for certain (the rule goes on), cannot-verify when an expression decides
 * it, not applicable when none is forwarded.
 */
export function whenForwarding(
  m: AgentManifest,
  types: readonly EventTypeField[] = EVENT_TYPES,
): Verdict | undefined {
  const f = forwarding(m);
  if (f.on.some((t) => types.includes(t))) return undefined;
  const unresolved = f.unresolved.filter((t) => types.includes(t));
  if (unresolved.length === 0) return notApplicable();
  const path = isTerraformExpression(m.eventForwarding?.enabled)
    ? "eventForwarding.enabled"
    : `eventForwarding.${unresolved[0]}.enabled`;
  return cannotVerify(path, `whether ${unresolved.join(", ")} are forwarded is an expression`);
}

/**
 * The Cloudant instance an agent forwards events to, when this stack holds
 * it; otherwise a cannot-verify verdict saying why its settings are unknown.
 */
export function eventCloudant(
  document: TerraformDocument,
  m: AgentManifest,
): RenderedResource | Verdict {
  const address = m.eventForwarding?.cloudantInstance;
  const path = "eventForwarding.cloudantInstance";
  if (typeof address !== "string" || address.length === 0)
    return cannotVerify(path, "the cloudant instance is not in this stack (other account)");
  const resource = document.resolve(address);
  if (!resource)
    return cannotVerify(path, `the cloudant instance ${shown(address)} is not in this stack`);
  return resource;
}

/** A transfer target of the manifest, with its path. */
export interface TransferTargetUse {
  /** `callTransfer.defaultTransferTarget` or `callTransfer.allowedTransferTargets.<i>`. */
  readonly path: string;
  /** The target URI as rendered. */
  readonly target: unknown;
}

/** The default transfer target and the allowed transfer targets. */
export function transferTargets(m: AgentManifest): TransferTargetUse[] {
  const ct = isRecord(m.callTransfer) ? m.callTransfer : undefined;
  if (!ct) return [];
  const out: TransferTargetUse[] = [];
  if (ct.defaultTransferTarget !== undefined)
    out.push({ path: "callTransfer.defaultTransferTarget", target: ct.defaultTransferTarget });
  (Array.isArray(ct.allowedTransferTargets) ? ct.allowedTransferTargets : []).forEach((target, i) =>
    out.push({ path: `callTransfer.allowedTransferTargets.${i}`, target }),
  );
  return out;
}

/** The conversation section's locations (the only slots an SOE can fill). */
export function conversationLocations(m: AgentManifest): ServiceSlot[] {
  return serviceLocations(m).filter((s) => s.path.startsWith("conversation."));
}

/**
 * Runs `judge` on every SOE slot of every agent: a slot whose service type is
 * an expression cannot be verified, and a slot that is not an SOE does not apply.
 */
export function perSoeLocation(
  context: RuleContext,
  judge: (path: string, location: ManifestServiceLocation) => Verdict,
): RuleOutcome[] {
  return perAgent(context, ({ manifest }) =>
    combine(
      conversationLocations(manifest).map(({ path, location }) => {
        const kind = locationKind(location);
        if (kind === "expression")
          return cannotVerify(
            `${path}.serviceType`,
            `serviceType is an expression, got ${shown(location.serviceType)}`,
          );
        if (kind !== "soe") return notApplicable();
        return judge(path, location);
      }),
    ),
  );
}

/** Gate for outbound-calling rules: undefined when outbound calling is on, else not applicable or cannot verify. */
export function whenOutbound(m: AgentManifest): Verdict | undefined {
  const enabled = m.outboundCalling?.enabled;
  const v = renderedBoolean(enabled);
  if (v === true) return undefined;
  if (v === "expression")
    return cannotVerify(
      "outboundCalling.enabled",
      `outboundCalling.enabled is an expression, got ${shown(enabled)}`,
    );
  return notApplicable();
}

/** One agent's event forwarding, resolved against the document. */
export interface EventForwardingTarget {
  /** The agent. */
  readonly agent: RenderedAgent;
  /** True when events are forwarded for certain; false when an expression decides it. */
  readonly certain: boolean;
  /** The Cloudant instance resource, when it is in this document. */
  readonly instance?: RenderedResource;
  /** The databases of the forwarded (or possibly forwarded) event types, as rendered (names or expressions). */
  readonly databases: readonly string[];
  /** The `ibm_resource_key` (or data source) whose credential writes the events, when in this document. */
  readonly credentialKey?: RenderedResource;
  /** Whether callers may disclose PHI or PCI to the agent. */
  readonly handlesPhiOrPci: boolean;
}

/**
 * The event-forwarding targets of every agent that forwards events, or may
 * (an expression decides it: then the target is treated as receiving them,
 * with `certain` false). Built on {@link forwarding}, so that agent and
 * resource rules give one answer.
 */
export function eventForwardingTargets(context: RuleContext): EventForwardingTarget[] {
  return context.agents.flatMap((agent) => {
    const f = forwarding(agent.manifest);
    const types = [...f.on, ...f.unresolved];
    if (types.length === 0) return [];
    const ef = agent.manifest.eventForwarding;
    const databases = EVENT_TYPES.filter((t) => types.includes(t))
      .map((t) => ef[t]?.database)
      .filter((d): d is string => typeof d === "string");
    return [
      {
        agent,
        certain: f.on.length > 0,
        instance: context.document.resolve(ef.cloudantInstance),
        databases,
        credentialKey: context.document.resolve(ef.credential?.resourceKey),
        handlesPhiOrPci: handles(agent.manifest, "PHI", "PCI"),
      },
    ];
  });
}
