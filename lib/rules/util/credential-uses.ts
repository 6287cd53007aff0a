/**
 * The credentials an agent manifest names, and where each resource key is
 * used across the agents of a stack.
 */
import { isTerraformExpression } from "../../core";
import { isRecord, ManifestCredential, TerraformDocument } from "../../contracts";
import { AgentManifest } from "../../contracts";
import { RuleContext } from "../rule";
import { serviceLocations } from "./manifest-queries";

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

/** The identity of a credential's key: the resolved address, or the address as written; undefined for an unresolvable expression. */
export function keyIdentity(document: TerraformDocument, resourceKey: unknown): string | undefined {
  const resolved = document.resolve(resourceKey);
  if (resolved) return resolved.address;
  return typeof resourceKey === "string" && !isTerraformExpression(resourceKey)
    ? resourceKey
    : undefined;
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
