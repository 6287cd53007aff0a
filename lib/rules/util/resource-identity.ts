/**
 * What a resource is, whoever created it: the service instance a reference
 * (`${ibm_cloudant.x.id}`, a literal CRN or GUID, a variable with a default)
 * points at, whether that instance receives agents' call events, and whether
 * it is a Voice Agent with Watson instance. Rules use it to give a raw
 * resource the same severity as the library's. Pure; never throws.
 */
import { isTerraformExpression } from "../../core";
import {
  INSTANCE_MANIFEST_SCHEMA,
  INSTANCE_MANIFEST_SCHEMA_KEY,
  isRecord,
  RenderedResource,
  TerraformDocument,
} from "../../contracts";
import { RuleContext } from "../rule";
import { eventForwardingTargets, handles } from "./manifest-queries";
import { resolveValue } from "./rendered-values";

/** The catalog name of Cloudant (`ibm_resource_instance.service`, CRN service segment). */
export const CLOUDANT_SERVICE = "cloudantnosqldb";

/** Catalog names of the Watson services an agent sends callers' words to. */
export const WATSON_SERVICES: Readonly<Record<string, string>> = {
  conversation: "Watson Assistant",
  "speech-to-text": "Speech to Text",
  "text-to-speech": "Text to Speech",
};

/**
 * The identities of the instance `value` refers to: the address of the
 * resource or data source it resolves to in this document, and `guid:<id>`
 * for a literal CRN or GUID (the CRN's instance segment). Empty when an
 * expression outside the document decides it.
 */
export function instanceIdentities(document: TerraformDocument, value: unknown): string[] {
  const resolved = resolveValue(document, value).value;
  const resource = document.resolve(resolved);
  if (resource) return [resource.address, ...literalGuid(resource.body.crn)];
  return literalGuid(resolved);
}

function literalGuid(value: unknown): string[] {
  if (typeof value !== "string" || value.length === 0 || isTerraformExpression(value)) return [];
  if (!value.startsWith("crn:")) return [`guid:${value.toLowerCase()}`];
  const guid = value.split(":")[7];
  return guid ? [`guid:${guid.toLowerCase()}`] : [];
}

/** The catalog service name of the instance `value` refers to, when the document or a literal CRN tells it. */
export function serviceOf(document: TerraformDocument, value: unknown): string | undefined {
  const resolved = resolveValue(document, value).value;
  const resource = document.resolve(resolved);
  if (resource) return serviceOfResource(document, resource);
  if (
    typeof resolved === "string" &&
    resolved.startsWith("crn:") &&
    !isTerraformExpression(resolved)
  )
    return resolved.split(":")[4] || undefined;
  return undefined;
}

/** The catalog service name of an instance resource or data source (`ibm_cloudant` is Cloudant). */
export function serviceOfResource(
  document: TerraformDocument,
  r: RenderedResource,
): string | undefined {
  if (r.type === "ibm_cloudant") return CLOUDANT_SERVICE;
  if (r.type !== "ibm_resource_instance") return undefined;
  const service = resolveValue(document, r.body.service).value;
  return typeof service === "string" && !isTerraformExpression(service) ? service : undefined;
}

/** An instance receiving agents' call events. */
export interface EventStore {
  /** The names of the agents forwarding to it. */
  readonly agents: readonly string[];
  /** Whether one of them handles PHI or PCI. */
  readonly phiOrPci: boolean;
  /** Whether one of them handles PHI. */
  readonly phi: boolean;
}

const STORES = new WeakMap<RuleContext, Map<string, EventStore>>();

/** Every instance identity ({@link instanceIdentities}) that receives agents' call events, or may. */
export function eventStores(context: RuleContext): ReadonlyMap<string, EventStore> {
  const cached = STORES.get(context);
  if (cached) return cached;
  const stores = new Map<string, EventStore>();
  for (const t of eventForwardingTargets(context)) {
    const ids = instanceIdentities(
      context.document,
      t.agent.manifest.eventForwarding?.cloudantInstance,
    );
    for (const id of ids) {
      const before = stores.get(id);
      stores.set(id, {
        agents: [...(before?.agents ?? []), String(t.agent.manifest.name)],
        phiOrPci: (before?.phiOrPci ?? false) || t.handlesPhiOrPci,
        phi: (before?.phi ?? false) || handles(t.agent.manifest, "PHI"),
      });
    }
  }
  STORES.set(context, stores);
  return stores;
}

/** The event store an instance reference points at, if it is one. */
export function eventStoreOf(context: RuleContext, value: unknown): EventStore | undefined {
  for (const id of instanceIdentities(context.document, value)) {
    const store = eventStores(context).get(id);
    if (store) return store;
  }
  return undefined;
}

/** The event store a resource is, if it is one. */
export function eventStoreResource(
  context: RuleContext,
  r: RenderedResource,
): EventStore | undefined {
  return eventStoreOf(context, r.address);
}

/** A short clause naming the agents of an event store, for details. */
export function receivesEventsOf(store: EventStore): string {
  return `the instance receives call events of ${store.agents.map((a) => JSON.stringify(a)).join(", ")}`;
}

const VOICE_AGENT_INSTANCES = new WeakMap<RuleContext, ReadonlySet<string>>();

/** Identities of the Voice Agent with Watson instances of the document (agent and instance manifests), built once per context. */
export function voiceAgentInstances(context: RuleContext): ReadonlySet<string> {
  const cached = VOICE_AGENT_INSTANCES.get(context);
  if (cached) return cached;
  const out = new Set<string>();
  const add = (crn: unknown) => {
    for (const id of instanceIdentities(context.document, crn)) out.add(id);
  };
  for (const a of context.agents) add(a.manifest.serviceInstanceCrn);
  for (const r of context.document.ofType("terraform_data")) {
    const input = r.body.input;
    if (isRecord(input) && input[INSTANCE_MANIFEST_SCHEMA_KEY] === INSTANCE_MANIFEST_SCHEMA)
      add(input.serviceInstanceCrn);
  }
  VOICE_AGENT_INSTANCES.set(context, out);
  return out;
}

/** True when `value` refers to one of the document's Voice Agent with Watson instances. */
export function isVoiceAgentInstance(context: RuleContext, value: unknown): boolean {
  const known = voiceAgentInstances(context);
  return instanceIdentities(context.document, value).some((id) => known.has(id));
}

/**
 * Plans on which IBM does not use Watson request data to improve its
 * services: Premium (and Enterprise, Watson Assistant's successor of
 * Premium). Per IBM's pages every other plan (lite, free, standard, plus,
 * trial) logs requests unless each request sends `X-Watson-Learning-Opt-Out`,
 * a header no Terraform argument or instance parameter sets; that Plus keeps
 * request data is inferred from IBM naming only Premium (unverified).
 */
export const NO_LEARNING_PLANS: readonly string[] = ["premium", "enterprise"];
