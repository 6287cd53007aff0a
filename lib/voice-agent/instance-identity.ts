import { IConstruct } from "constructs";
import { isToken } from "../core";
import { AgentConflict, AgentRegistration } from "./voice-agent-service-types";
import { VOICE_AGENT_LIMITS } from "./voice-agent-defaults";

/**
 * Which Voice Agent with Watson instance a handle stands for. The limits of
 * an instance (150 agents, one agent per phone number, unique agent names)
 * hold for the instance, not for the handle: every handle of an app
 * (`new VoiceAgentService`, `fromCrn`, `fromName`, in any stack) is compared
 * with the others, handles that are decidably the same instance share one
 * {@link InstanceAgents} registry, and pairs that cannot be decided are kept
 * so that the guard can say so where their agents would conflict.
 */

/** What a handle knows about its instance. */
export type InstanceReference =
  | {
      /** A new `ibm_resource_instance`: its CRN and id are tokens of that resource. */
      readonly kind: "new";
      readonly crn: string;
      readonly id: string;
      readonly name: string;
      readonly region?: string;
      readonly resourceGroupId?: string;
    }
  | {
      /** `fromCrn`: the CRN as given (literal or token). */
      readonly kind: "crn";
      readonly crn: string;
      readonly region?: string;
    }
  | {
      /** `fromName`: the lookup's name, resource group and location; `crn` is the data source's token. */
      readonly kind: "name";
      readonly crn: string;
      readonly name: string;
      readonly resourceGroupId: string;
      readonly region?: string;
    };

/** Whether two handles are one instance; `reason` says why it cannot be decided. */
export type Sameness =
  | { readonly same: true }
  | { readonly same: false }
  | { readonly same: "unknown"; readonly reason: string };

const literal = (s: string | undefined): s is string => typeof s === "string" && !isToken(s);
const norm = (s: string) => s.trim().toLowerCase();

/** Compares the instances of two handles. */
export function compareInstances(a: InstanceReference, b: InstanceReference): Sameness {
  const tokensOf = (r: InstanceReference) => (r.kind === "new" ? [r.crn, r.id] : [r.crn]);
  // one token string is one value (fromCrn(other.instanceCrn), across stacks too)
  if (tokensOf(a).some((t) => tokensOf(b).includes(t))) return { same: true };
  if (literal(a.region) && literal(b.region) && norm(a.region) !== norm(b.region))
    return { same: false };
  if (a.kind === "new" && b.kind === "new") return { same: false };
  if (a.kind === "crn" && b.kind === "crn" && literal(a.crn) && literal(b.crn))
    return { same: norm(a.crn) === norm(b.crn) };
  const named = (r: InstanceReference) => (r.kind === "crn" ? undefined : r);
  const na = named(a);
  const nb = named(b);
  if (na && nb && literal(na.name) && literal(nb.name) && na.name !== nb.name)
    return { same: false };
  if (
    a.kind === "name" &&
    b.kind === "name" &&
    literal(a.name) &&
    a.name === b.name &&
    literal(a.resourceGroupId) &&
    literal(b.resourceGroupId)
  ) {
    if (a.resourceGroupId !== b.resourceGroupId) return { same: false };
    if (a.region === b.region) return { same: true };
  }
  return { same: "unknown", reason: undecidedReason(a, b) };
}

function undecidedReason(a: InstanceReference, b: InstanceReference): string {
  const tokenCrn = [a, b].some((r) => r.kind === "crn" && !literal(r.crn));
  if (tokenCrn) return "a crn is an unresolved expression";
  if (a.kind === "name" || b.kind === "name")
    return "a name lookup's crn is only known at apply time";
  return "a new instance's crn is only known at apply time";
}

/** An agent as the shared registry keeps it: with the handle it was added through. */
interface RegisteredAgent {
  readonly agent: AgentRegistration;
  readonly handlePath: string;
}

/** The agents of one instance, across every handle decidably of that instance. */
export class InstanceAgents {
  private readonly agents: RegisteredAgent[] = [];
  private readonly byName = new Map<string, RegisteredAgent>();
  private readonly byNumber = new Map<string, RegisteredAgent>();

  constructor(private readonly numberKey: (n: string) => string) {}

  /** Agents registered so far. */
  public get size(): number {
    return this.agents.length;
  }

  /** The registered agents, in order. */
  public get all(): readonly RegisteredAgent[] {
    return this.agents;
  }

  /** Conflicts `agent`, added through the handle at `handlePath`, would have. */
  public conflicts(agent: AgentRegistration, handlePath: string): AgentConflict[] {
    const out: AgentConflict[] = [];
    const via = (other: RegisteredAgent) =>
      other.handlePath === handlePath
        ? ""
        : ` (added through the handle at ${other.handlePath}, the same instance)`;
    const max = VOICE_AGENT_LIMITS.agentsPerInstance;
    if (this.agents.length >= max) {
      const handles = [...new Set(this.agents.map((a) => a.handlePath))];
      out.push({
        prop: "service",
        problem:
          `already has ${max} agents, the most an instance can hold` +
          (handles.some((h) => h !== handlePath)
            ? ` (counted across the handles ${handles.join(", ")})`
            : ""),
        value: handlePath,
        fix: "use another voice agent instance for further agents",
      });
    }
    if (!isToken(agent.name)) {
      const other = this.byName.get(agent.name);
      if (other)
        out.push({
          prop: "name",
          problem: `is already used by the agent at ${other.agent.constructPath}${via(other)}`,
          value: agent.name,
          fix: "give each agent of an instance a unique name",
        });
    }
    agent.phoneNumbers.forEach((n, i) => {
      if (isToken(n)) return;
      const other = this.byNumber.get(this.numberKey(n));
      if (other)
        out.push({
          prop: `phoneNumbers[${i}]`,
          problem: `is already assigned to the agent at ${other.agent.constructPath}${via(other)}`,
          value: n,
          fix: "a phone number can belong to one agent of an instance only",
        });
    });
    return out;
  }

  /** Adds an agent (after {@link conflicts} found none). */
  public add(agent: AgentRegistration, handlePath: string): void {
    const entry = { agent, handlePath };
    this.agents.push(entry);
    if (!isToken(agent.name) && !this.byName.has(agent.name)) this.byName.set(agent.name, entry);
    for (const n of agent.phoneNumbers) {
      if (isToken(n)) continue;
      const key = this.numberKey(n);
      if (!this.byNumber.has(key)) this.byNumber.set(key, entry);
    }
  }

  /**
   * What would conflict if `other`'s instance were this one: the agent count
   * over the limit, and names and numbers both use. Empty when nothing would.
   */
  public wouldConflictWith(other: InstanceAgents): string[] {
    if (other === this) return [];
    const out: string[] = [];
    const total = this.size + other.size;
    if (total > VOICE_AGENT_LIMITS.agentsPerInstance)
      out.push(
        `${total} agents, more than the ${VOICE_AGENT_LIMITS.agentsPerInstance} an instance holds`,
      );
    for (const { agent } of other.agents) {
      const mine = !isToken(agent.name) ? this.byName.get(agent.name) : undefined;
      if (mine)
        out.push(
          `agent name ${JSON.stringify(agent.name)} at ${agent.constructPath} and ${mine.agent.constructPath}`,
        );
      for (const n of agent.phoneNumbers) {
        const m = isToken(n) ? undefined : this.byNumber.get(this.numberKey(n));
        if (m)
          out.push(
            `phone number ${JSON.stringify(n)} on ${agent.constructPath} and ${m.agent.constructPath}`,
          );
      }
    }
    return out;
  }
}

/** A handle as the app's registry keeps it. */
export interface InstanceHandle {
  /** The handle's construct path. */
  readonly path: string;
  /** What it knows about its instance. */
  readonly reference: InstanceReference;
  /** The agents of its instance (shared with the handles of the same instance). */
  agents: InstanceAgents;
  /** Earlier handles whose sameness with this one cannot be decided, with the reason. */
  readonly undecided: { readonly handle: InstanceHandle; readonly reason: string }[];
}

const HANDLES = new WeakMap<IConstruct, InstanceHandle[]>();

/**
 * Enters a handle in its app's registry (the construct tree's root): it joins
 * the registry of every earlier handle that is decidably the same instance
 * and records the undecidable ones. Returns the handle and the conflicts the
 * joined registries have with each other (agents added before the handles
 * were known to be one instance).
 */
export function enterHandle(
  scope: IConstruct,
  reference: InstanceReference,
  numberKey: (n: string) => string,
): { handle: InstanceHandle; conflicts: AgentConflict[] } {
  const root = scope.node.root;
  let handles = HANDLES.get(root);
  if (!handles) HANDLES.set(root, (handles = []));
  const handle: InstanceHandle = {
    path: scope.node.path,
    reference,
    agents: new InstanceAgents(numberKey),
    undecided: [],
  };
  const conflicts: AgentConflict[] = [];
  for (const other of handles) {
    const s = compareInstances(reference, other.reference);
    if (s.same === "unknown") handle.undecided.push({ handle: other, reason: s.reason });
    if (s.same !== true || other.agents === handle.agents) continue;
    const joined = other.agents;
    for (const { agent, handlePath } of handle.agents.all) {
      conflicts.push(...joined.conflicts(agent, handlePath));
      joined.add(agent, handlePath);
    }
    for (const h of handles) if (h.agents === handle.agents) h.agents = joined;
    handle.agents = joined;
  }
  handles.push(handle);
  return { handle, conflicts };
}

/**
 * The undecided pairs of `handle` whose agents would conflict if they were one
 * instance, as lines for the guard (`<other handle>: <reason>; <conflicts>`).
 */
export function undecidedConflicts(handle: InstanceHandle): string[] {
  return handle.undecided.flatMap(({ handle: other, reason }) => {
    const problems = handle.agents.wouldConflictWith(other.agents);
    return problems.length === 0
      ? []
      : [
          `whether this instance and the one at ${other.path} are the same cannot be decided (${reason}); if they are: ${problems.join(", ")}`,
        ];
  });
}
