/**
 * Which subjects of a rendered stack concern an agent whose callers may
 * disclose PHI or PCI: the agent's own manifest, every resource the manifest
 * refers to and what those depend on (forward, transitively), and the
 * resources that refer directly to one the manifest names (the event store's
 * databases, keys and CBR rules, the trunk's origination URLs and credential
 * lists). Used to fail closed: a rule that cannot decide on such a subject
 * blocks instead of warning. An agent whose data classes are an expression is
 * treated as handling PHI or PCI, since nothing shows that it does not.
 */
import { isRecord, RenderedResource, TerraformDocument } from "../contracts";
import { referencesIn } from "../core";
import { RenderedAgent } from "../rules";

/** Why a subject is treated as holding PHI or PCI data. */
export interface SensitiveReason {
  /** The agent's name as rendered (`Claims line`). */
  readonly agent: string;
  /** The sensitive classes it handles (`PHI`, `PCI`), or empty when its data classes are an expression. */
  readonly classes: readonly string[];
  /** True when the subject is the agent's manifest itself, false for a resource serving it. */
  readonly own: boolean;
}

const SENSITIVE_CLASSES = ["PHI", "PCI"];

/** The sensitive classes of an agent, `[]` when undecidable, undefined when it handles none. */
function sensitiveClasses(agent: RenderedAgent): string[] | undefined {
  const raw: unknown = agent.manifest.dataClasses;
  if (!Array.isArray(raw) || raw.some((c) => typeof c !== "string" || c.includes("${")))
    return typeof raw === "undefined" ? undefined : [];
  const found = SENSITIVE_CLASSES.filter((c) => raw.includes(c));
  return found.length > 0 ? found : undefined;
}

/** The resources a rendered value names: `${…}` references (through locals) and plain addresses. */
function namedResources(
  document: TerraformDocument,
  value: unknown,
  seenLocals = new Set<string>(),
): RenderedResource[] {
  const out: RenderedResource[] = [];
  const visitPlain = (v: unknown): void => {
    if (typeof v === "string") {
      const r = document.at(v);
      if (r) out.push(r);
    } else if (Array.isArray(v)) v.forEach(visitPlain);
    else if (isRecord(v))
      for (const [k, inner] of Object.entries(v)) if (k !== "//") visitPlain(inner);
  };
  visitPlain(value);
  for (const ref of referencesIn(value)) {
    if (ref.kind === "resource" || ref.kind === "data") {
      const r = document.at(ref.address);
      if (r) out.push(r);
    } else if (ref.kind === "local" && !seenLocals.has(ref.address)) {
      seenLocals.add(ref.address);
      const name = ref.address.slice("local.".length);
      out.push(...namedResources(document, document.locals[name], seenLocals));
    }
  }
  return out;
}

/**
 * The subjects (by address) that concern an agent handling PHI or PCI, with
 * the agents that make them so. Manifests of other agents are never included
 * through a shared resource: an agent is judged by its own data classes.
 */
export function sensitiveSubjects(
  document: TerraformDocument,
  agents: readonly RenderedAgent[],
): Map<string, SensitiveReason[]> {
  const out = new Map<string, SensitiveReason[]>();
  const manifests = new Set(agents.map((a) => a.resource.address));
  const refsOf = memo((r: RenderedResource) => namedResources(document, r.body));
  const add = (address: string, reason: SensitiveReason) => {
    const list = out.get(address) ?? [];
    if (!list.some((x) => x.agent === reason.agent && x.own === reason.own)) list.push(reason);
    out.set(address, list);
  };
  let referrers: Map<string, RenderedResource[]> | undefined;
  for (const agent of agents) {
    const classes = sensitiveClasses(agent);
    if (!classes) continue;
    const name =
      typeof agent.manifest.name === "string" ? agent.manifest.name : agent.resource.name;
    add(agent.resource.address, { agent: name, classes, own: true });
    const serving: SensitiveReason = { agent: name, classes, own: false };
    const direct = namedResources(document, agent.manifest).filter(
      (r) => !manifests.has(r.address),
    );
    const reached = new Set<string>();
    const queue = [...direct];
    while (queue.length > 0) {
      const r = queue.pop() as RenderedResource;
      if (reached.has(r.address) || manifests.has(r.address)) continue;
      reached.add(r.address);
      queue.push(...refsOf(r));
    }
    referrers ??= referrerIndex(document, refsOf);
    for (const d of direct)
      for (const r of referrers.get(d.address) ?? [])
        if (!manifests.has(r.address)) reached.add(r.address);
    for (const address of reached) add(address, serving);
  }
  return out;
}

/** For every resource, the resources whose bodies name it. */
function referrerIndex(
  document: TerraformDocument,
  refsOf: (r: RenderedResource) => RenderedResource[],
): Map<string, RenderedResource[]> {
  const index = new Map<string, RenderedResource[]>();
  for (const r of document.all)
    for (const target of refsOf(r)) {
      const list = index.get(target.address) ?? [];
      if (!list.includes(r)) list.push(r);
      index.set(target.address, list);
    }
  return index;
}

function memo<T extends { address: string }, R>(f: (x: T) => R): (x: T) => R {
  const cache = new Map<string, R>();
  return (x) => {
    if (!cache.has(x.address)) cache.set(x.address, f(x));
    return cache.get(x.address) as R;
  };
}

/** The clause a blocking cannot-verify finding ends with: why it blocks and what to do. */
export function failClosedClause(
  reasons: readonly SensitiveReason[],
  ruleId: string,
  acknowledgeable: boolean,
): string {
  const r = [...reasons].sort(
    (a, b) => Number(b.own) - Number(a.own) || (a.agent < b.agent ? -1 : 1),
  )[0];
  const what =
    r.classes.length > 0
      ? `handles ${r.classes.join(" and ")}`
      : "may handle PHI or PCI (its dataClasses are an expression)";
  const who = r.own
    ? `the agent ${JSON.stringify(r.agent)} ${what}`
    : `this serves the agent ${JSON.stringify(r.agent)}, which ${what}`;
  const others = reasons.length > 1 ? ` (and ${reasons.length - 1} more)` : "";
  const action = acknowledgeable
    ? `make the value decidable in this configuration (a literal, or the resource in this stack) or acknowledge ${ruleId} with a reason`
    : `make the value decidable in this configuration (a literal, or the resource in this stack); ${ruleId} cannot be acknowledged`;
  return `cannot verify this and ${who}${others}: ${action}`;
}
