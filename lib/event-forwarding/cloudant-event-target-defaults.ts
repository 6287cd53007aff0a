import { ServiceRole } from "../contracts";
import { deepFreeze } from "../core";

/**
 * Every default of a `CloudantEventTarget`, in one place for review. Call
 * events (CDRs, transcriptions, turn events) may carry PHI, PII and PCI data,
 * so the instance is set up as a production store:
 *
 * - **IAM only** (`legacy_credentials = false`, always sent: the server
 *   default is true). Legacy Cloudant user names and passwords bypass IAM
 *   policies and rotation.
 * - **CORS off** (`enable_cors = false`; the provider default is on, with
 *   credentials allowed). The agent writes server to server; no browser
 *   needs access to the events.
 * - **Data events audited** (`include_data_events = true`): reads and
 *   writes of documents are sent to Activity Tracker, not only management
 *   events.
 * - **Standard plan.** Lite has no SLA and is not meant for production data.
 * - **Public and private endpoints.** The hosted agent reaches Cloudant over
 *   the public network; whether it can use a private endpoint is not
 *   documented, so private-only is refused.
 * - **Non-partitioned databases** (`partitioned = false`, sent explicitly):
 *   Voice Agent with Watson requires them.
 * - **Writer credential.** The agent only writes documents; Writer is the
 *   least Cloudant role that can, and Manager (which can manage databases,
 *   security and credentials) is never used.
 */
export const CLOUDANT_EVENT_TARGET_DEFAULTS = deepFreeze({
  /** Production plan with an SLA. */
  plan: "standard",
  /** IAM only. */
  legacyCredentials: false,
  /** No browser access. */
  enableCors: false,
  /** Document reads and writes are audited. */
  includeDataEvents: true,
  /** The agent uses the public endpoint; the private one serves other callers. */
  serviceEndpoints: "public-and-private",
  /** Voice Agent with Watson requires non-partitioned databases. */
  partitioned: false,
  /** The least role that can write documents. */
  credentialRole: ServiceRole.WRITER,
} as const);

/** The resource-controller service name of Cloudant. */
export const CLOUDANT_SERVICE = "cloudantnosqldb";

/** Plans a new event target may use (Cloudant Gen 1, where `legacy_credentials` applies). */
export const CLOUDANT_PLANS: readonly string[] = deepFreeze(["standard", "lite"]);

/** Service endpoint settings the event target may have (never private-only). */
export const CLOUDANT_SERVICE_ENDPOINTS: readonly string[] = deepFreeze([
  "public",
  "public-and-private",
]);

/** Appended to the instance name to name the agent's credential. */
export const EVENTS_CREDENTIAL_NAME_SUFFIX = "-voice-agent-events";

/** The longest agent name (Voice Agent with Watson limits agent names to 64 characters). */
export const AGENT_NAME_MAX = 64;
