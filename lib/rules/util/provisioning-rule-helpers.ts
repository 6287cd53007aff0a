/**
 * Helpers shared by the provisioning rules (Twilio trunks, Code Engine apps,
 * context-based restrictions): finding the trunk a Twilio child resource
 * belongs to, and the Code Engine apps agents use as their SOE.
 */
import { referencesIn } from "../../core";
import { RenderedResource, TerraformDocument } from "../../contracts";
import { conversationLocations, locationKind } from "./manifest-queries";
import { RuleContext } from "../rule";

/** The Terraform type of a Twilio Elastic SIP trunk. */
export const TWILIO_TRUNK = "twilio_trunking_trunks_v1";

/** The types that associate a termination credential list or IP access-control list with a trunk. */
export const TERMINATION_ASSOCIATIONS = [
  "twilio_trunking_trunks_credential_lists_v1",
  "twilio_trunking_trunks_ip_access_control_lists_v1",
] as const;

/** The Twilio trunk a `trunk_sid` value points at, when it is a trunk of this document. */
export function trunkOf(
  document: TerraformDocument,
  trunkSid: unknown,
): RenderedResource | undefined {
  const r = document.resolve(trunkSid);
  return r?.type === TWILIO_TRUNK ? r : undefined;
}

/** Names of the agents whose manifest names `trunk` as their provisioned trunk. */
export function agentsOnTrunk(context: RuleContext, trunk: RenderedResource): RenderedAgentName[] {
  return context.agents
    .filter(
      (a) =>
        context.document.resolve(a.manifest.sipTrunk?.provisionedTrunk)?.address === trunk.address,
    )
    .map((a) => ({ name: String(a.manifest.name), dataClasses: a.manifest.dataClasses ?? [] }));
}

/** An agent's name and data classes, as its manifest states them. */
export interface RenderedAgentName {
  /** The agent's name. */
  readonly name: string;
  /** Its data classes. */
  readonly dataClasses: readonly string[];
}

/** Addresses of the Code Engine apps whose endpoint an agent's conversation slot uses as its SOE URL. */
export function soeAppAddresses(context: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const { manifest } of context.agents)
    for (const { location } of conversationLocations(manifest)) {
      if (locationKind(location) !== "soe") continue;
      for (const ref of referencesIn(location.url)) {
        const app = context.document.resolve(ref.address);
        if (app?.type === "ibm_code_engine_app") out.add(app.address);
      }
    }
  return out;
}
