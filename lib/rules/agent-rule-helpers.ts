/**
 * Helpers shared by the agent-level rules (`scope: "agent"`): one verdict per
 * agent, reading manifest values that may be Terraform expressions, the
 * data-class escalation, and the manifest's locations, credentials, URLs and
 * event forwarding. Pure functions; nothing here throws on malformed input.
 */
import {
  isExpression,
  isRecord,
  RenderedResource,
  TerraformDocument,
} from "../guard/terraform-document";
import {
  AgentManifest,
  ManifestCredential,
  ManifestDataClass,
  ManifestServiceLocation,
} from "../voice-agent/manifest-schema";
import { RenderedAgent, RuleContext, RuleOutcome, RuleStatus, Severity } from "./rule";

/** A rule's verdict on one agent, before it is attached to the manifest's resource. */
export interface Verdict {
  /** The status. */
  readonly status: RuleStatus;
  /** What is wrong or undecidable, lowercase, no secret values. */
  readonly detail?: string;
  /** The manifest field concerned, relative to the manifest (`sipTrunk.media`). */
  readonly attributePath?: string;
  /** Overrides the rule's severity (data-class escalation). */
  readonly severity?: Severity;
}

/** The agent is in the compliant state. */
export function compliant(attributePath?: string): Verdict {
  return { status: RuleStatus.COMPLIANT, attributePath };
}

/** The rule does not concern the agent. */
export function notApplicable(): Verdict {
  return { status: RuleStatus.NOT_APPLICABLE };
}

/** The deciding value is an unresolved expression (or lives outside the stack). */
export function cannotVerify(attributePath: string, detail: string): Verdict {
  return { status: RuleStatus.CANNOT_VERIFY, attributePath, detail };
}

/** The agent is not in the compliant state. */
export function nonCompliant(attributePath: string, detail: string, severity?: Severity): Verdict {
  return { status: RuleStatus.NON_COMPLIANT, attributePath, detail, severity };
}

/**
 * Merges several verdicts on one agent into one: non-compliant if any is
 * (details joined, the worst severity kept), else cannot-verify if any is,
 * else compliant if any is, else not applicable.
 */
export function combine(verdicts: readonly Verdict[]): Verdict {
  for (const status of [RuleStatus.NON_COMPLIANT, RuleStatus.CANNOT_VERIFY]) {
    const found = verdicts.filter((v) => v.status === status);
    if (found.length === 0) continue;
    const severities = found.map((v) => v.severity);
    const severity = severities.includes(Severity.ERROR)
      ? Severity.ERROR
      : severities.includes(Severity.WARNING)
        ? Severity.WARNING
        : undefined;
    const detail = found.map((v) => v.detail).join("; ");
    return { status, attributePath: found[0].attributePath, detail, severity };
  }
  const ok = verdicts.find((v) => v.status === RuleStatus.COMPLIANT);
  return ok ?? notApplicable();
}

/** Runs `judge` on every agent of the context; paths are prefixed with `input.` (the `terraform_data` argument). */
export function perAgent(
  context: RuleContext,
  judge: (agent: RenderedAgent) => Verdict,
): RuleOutcome[] {
  return context.agents.map((agent) => {
    const v = judge(agent);
    return {
      status: v.status,
      subject: agent.resource,
      ...(v.detail !== undefined ? { detail: v.detail } : {}),
      ...(v.attributePath !== undefined ? { attributePath: `input.${v.attributePath}` } : {}),
      ...(v.severity !== undefined ? { severity: v.severity } : {}),
    };
  });
}

/** A rendered boolean: a literal, an unresolved expression, or absent. */
export function flag(value: unknown): true | false | "expression" | "absent" {
  if (value === undefined || value === null) return "absent";
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return "expression";
}

/** A rendered value for a detail message (JSON, never a secret: callers pass only non-secret fields). */
export function shown(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

/** True for a string holding a `${...}` expression. */
export function isExpr(value: unknown): boolean {
  return isExpression(value);
}

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
  if (typeof t !== "string" || isExpression(t)) return "expression";
  const lower = t.toLowerCase();
  if (lower.includes("orchestration")) return "soe";
  return lower.startsWith("other") ? "other" : "mine";
}

/** A credential of the manifest, with its path. */
export interface CredentialUse {
  /** `sipAuthentication.credential`, `sms.webhookCredential` … */
  readonly path: string;
  /** The credential. */
  readonly credential: ManifestCredential;
}

/** Every credential the manifest names. */
export function credentialsOf(m: AgentManifest): CredentialUse[] {
  const candidates: [string, unknown][] = [
    ["sipAuthentication.credential", m.sipAuthentication?.credential],
    ["sms.webhookCredential", m.sms?.webhookCredential],
    ["outboundCalling.apiCredential", m.outboundCalling?.apiCredential],
    ["eventForwarding.credential", m.eventForwarding?.credential],
    ...serviceLocations(m).map((s): [string, unknown] => [
      `${s.path}.credential`,
      s.location.credential,
    ]),
  ];
  return candidates
    .filter(([, c]) => isRecord(c) && typeof c.resourceKey === "string")
    .map(([path, c]) => ({ path, credential: c as ManifestCredential }));
}

/** The scheme of a URL when it is written literally (`https`), `expression` when an expression decides it. */
export function urlScheme(url: string): string | "expression" {
  const m = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (m) return m[1].toLowerCase();
  return isExpression(url) ? "expression" : "";
}

/** A URL for a detail message, with any `user:password@` part masked. */
export function maskedUrl(url: string): string {
  return JSON.stringify(url.replace(/\/\/[^/@\s]*@/, "//***@"));
}

/** Judges one URL that must use https: compliant, non-compliant, or cannot verify. */
export function httpsVerdict(
  path: string,
  url: unknown,
  what: string,
  severity?: Severity,
): Verdict {
  if (typeof url !== "string" || url.length === 0) return notApplicable();
  const scheme = urlScheme(url);
  if (scheme === "https") return compliant(path);
  if (scheme === "expression")
    return cannotVerify(path, `the scheme of the ${what} is an expression, got ${maskedUrl(url)}`);
  return nonCompliant(path, `the ${what} must use https, got ${maskedUrl(url)}`, severity);
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
  const master = flag(ef?.enabled);
  if (!ef || master === false || master === "absent") return { on: [], unresolved: [] };
  const on: EventTypeField[] = [];
  const unresolved: EventTypeField[] = [];
  for (const t of EVENT_TYPES) {
    const v = flag(isRecord(ef[t]) ? ef[t].enabled : undefined);
    if (v === "expression" || (v === true && master === "expression")) unresolved.push(t);
    else if (v === true) on.push(t);
  }
  return { on, unresolved };
}

/** A SIP or tel URI's host (`sip:+1800@trunk.example.com:5061;transport=tls` → `trunk.example.com`), lowercased. */
export function sipHost(uri: string): string {
  const noScheme = uri.trim().replace(/^(sips?|tel):/i, "");
  const host = noScheme.slice(noScheme.lastIndexOf("@") + 1).split(/[;?>]/)[0];
  return host.replace(/:\d+$/, "").toLowerCase();
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
  const path = isExpression(m.eventForwarding?.enabled)
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

/** True when `x` is a verdict rather than a resource. */
export function isVerdict(x: RenderedResource | Verdict): x is Verdict {
  return "status" in x;
}

/** The identity of a credential's key: the resolved address, or the address as written; undefined for an unresolvable expression. */
export function keyIdentity(document: TerraformDocument, resourceKey: unknown): string | undefined {
  const resolved = document.resolve(resourceKey);
  if (resolved) return resolved.address;
  return typeof resourceKey === "string" && !isExpression(resourceKey) ? resourceKey : undefined;
}

/** One credential use of {@link keyUses}: its manifest path and how it is shown. */
interface KeyUse {
  readonly path: string;
  readonly shown: string;
}

/** Key uses by key identity, per context: built once, so that per-agent lookups stay linear in the agents. */
const KEY_USES = new WeakMap<RuleContext, Map<string, KeyUse[]>>();

/** Every credential use of the context's agents, by key identity, in agent then manifest order. */
function keyUses(context: RuleContext): Map<string, KeyUse[]> {
  let index = KEY_USES.get(context);
  if (index) return index;
  index = new Map();
  for (const { manifest } of context.agents)
    for (const u of credentialsOf(manifest)) {
      const identity = keyIdentity(context.document, u.credential.resourceKey);
      if (identity === undefined) continue;
      let list = index.get(identity);
      if (!list) index.set(identity, (list = []));
      list.push({ path: u.path, shown: `${manifest.name}: ${u.path} (${u.credential.purpose})` });
    }
  KEY_USES.set(context, index);
  return index;
}

/** Every use of the key `identity` across the agents of the context, as `<agent name>: <path>`. */
export function usesOfKey(
  context: RuleContext,
  identity: string,
  skip: (path: string) => boolean,
): string[] {
  return (keyUses(context).get(identity) ?? []).filter((u) => !skip(u.path)).map((u) => u.shown);
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

/** True for `sips:` URIs and URIs with `;transport=tls`. */
export function isTlsUri(uri: unknown): boolean {
  return typeof uri === "string" && (/^\s*sips:/i.test(uri) || /;transport=tls\b/i.test(uri));
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
  const v = flag(enabled);
  if (v === true) return undefined;
  if (v === "expression")
    return cannotVerify(
      "outboundCalling.enabled",
      `outboundCalling.enabled is an expression, got ${shown(enabled)}`,
    );
  return notApplicable();
}
