import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { CloudantDatabase } from "../../.gen/providers/ibm/cloudant-database";
import { EventType, IEventStore } from "../contracts";
import { ServiceCredential } from "../credentials";
import { isToken, validateProps } from "../core";
import { AGENT_NAME_MAX, CLOUDANT_EVENT_TARGET_DEFAULTS } from "./cloudant-event-target-defaults";
import { eventDatabaseName } from "./event-database-name";

/** One events database the store created. */
export interface EventDatabase {
  /** The agent whose events it receives. */
  readonly agentName: string;
  /** The event type it receives. */
  readonly eventType: EventType;
  /** The database name. */
  readonly databaseName: string;
  /** The Terraform address of the `ibm_cloudant_database`. */
  readonly resourceAddress: string;
}

/**
 * What new and existing Cloudant event targets share: the agent's Writer
 * credential and the non-partitioned databases created on request.
 */
export abstract class CloudantEventStore extends Construct implements IEventStore {
  /** The Terraform address of the Cloudant instance (resource or data source). */
  public abstract readonly instanceAddress: string;
  /** The instance CRN. */
  public abstract readonly instanceCrn: string;
  /** The Cloudant URL the agent writes to. */
  public abstract readonly url: string;
  /** The agent's credential: an IAM API key with the Writer role. */
  public abstract readonly credential: ServiceCredential;
  /** The provider for the databases. */
  protected abstract readonly databaseProvider?: TerraformProvider;

  private readonly created = new Map<string, EventDatabase>();

  /** Every database created so far, in the order requested. */
  public get databases(): readonly EventDatabase[] {
    return [...this.created.values()];
  }

  /**
   * The database for one agent's events of one type (see
   * `eventDatabaseName`). Created non-partitioned on the first request; the
   * same name is returned after. Fails when two different agents would share
   * a database.
   */
  public databaseFor(agentName: string, eventType: EventType): string {
    let name = "";
    validateProps("CloudantEventTarget", this, (c) => {
      if (c.required("agentName", agentName, "give the agent's name")) {
        if (isToken(agentName)) {
          c.add("agentName", "must be a literal", agentName, "give the agent's name as a string");
        } else {
          c.string("agentName", agentName, { min: 1, max: AGENT_NAME_MAX });
        }
      }
      if (c.required("eventType", eventType, "use EventType.CDR, TRANSCRIPTION or TURN")) {
        if (isToken(eventType))
          c.add(
            "eventType",
            "must be a literal",
            eventType,
            "use EventType.CDR, TRANSCRIPTION or TURN",
          );
        else c.oneOf("eventType", eventType, Object.values(EventType));
      }
      if (c.count > 0) return;
      name = eventDatabaseName(agentName, eventType);
      const existing = this.created.get(name);
      if (existing && existing.agentName !== agentName) {
        c.add(
          "agentName",
          `gives database ${JSON.stringify(name)}, already used by agent ${JSON.stringify(existing.agentName)}`,
          agentName,
          "give agents names that differ in letters or digits, not only in case or punctuation",
        );
      }
    });
    if (!this.created.has(name)) {
      const db = new CloudantDatabase(this, this.databaseId(name), {
        db: name,
        instanceCrn: this.instanceCrn,
        partitioned: CLOUDANT_EVENT_TARGET_DEFAULTS.partitioned,
        provider: this.databaseProvider,
      });
      this.created.set(name, {
        agentName,
        eventType,
        databaseName: name,
        resourceAddress: `${CloudantDatabase.tfResourceType}.${db.friendlyUniqueId}`,
      });
    }
    return name;
  }

  private databaseId(name: string): string {
    let id = `Database-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    while (this.node.tryFindChild(id)) id += "_";
    return id;
  }
}
