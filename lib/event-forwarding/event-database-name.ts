import { EventType } from "../contracts";

/** The longest database name Cloudant accepts. */
export const CLOUDANT_DATABASE_NAME_MAX = 238;

/** Cloudant database names: a lowercase letter, then lowercase letters, digits and `_$()+-/`. */
export const CLOUDANT_DATABASE_NAME_PATTERN = /^[a-z][a-z0-9_$()+/-]*$/;

/**
 * The database for one agent's events of one type:
 * `<agent>-<type>-events`, where `<agent>` is the agent name lowercased with
 * every run of characters Cloudant does not allow replaced by `-` (and
 * leading or trailing `-` removed). A `va-` prefix is added when the result
 * would not start with a letter. The same inputs always give the same name.
 */
export function eventDatabaseName(agentName: string, eventType: EventType): string {
  const agent = agentName
    .toLowerCase()
    .replace(/[^a-z0-9_$()+/-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const name = `${agent}-${eventType}-events`;
  const prefixed = /^[a-z]/.test(name) ? name : `va-${name}`;
  return prefixed.slice(0, CLOUDANT_DATABASE_NAME_MAX);
}
