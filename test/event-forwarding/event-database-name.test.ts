import { EventType } from "../../lib/contracts/interfaces";
import {
  CLOUDANT_DATABASE_NAME_PATTERN,
  eventDatabaseName,
} from "../../lib/event-forwarding/event-database-name";

describe("eventDatabaseName", () => {
  test("names the database <agent>-<type>-events", () => {
    expect(eventDatabaseName("sales", EventType.CDR)).toBe("sales-cdr-events");
    expect(eventDatabaseName("sales", EventType.TRANSCRIPTION)).toBe("sales-transcription-events");
    expect(eventDatabaseName("sales", EventType.TURN)).toBe("sales-turn-events");
  });

  test("lowercases and replaces characters cloudant does not allow", () => {
    expect(eventDatabaseName("Billing Line #2 (EU)", EventType.CDR)).toBe(
      "billing-line-2-(eu)-cdr-events",
    );
    expect(eventDatabaseName("  Zürich  ", EventType.CDR)).toBe("z-rich-cdr-events");
  });

  test("prefixes va- when the name would not start with a letter", () => {
    expect(eventDatabaseName("24x7 desk", EventType.TURN)).toBe("va-24x7-desk-turn-events");
    expect(eventDatabaseName("$$", EventType.TURN)).toBe("va-$$-turn-events");
  });

  test.each(["Sales", "a", "9 to 5", "__x__", "x".repeat(64), "Ünïcødé", "a/b+c"])(
    "always gives a valid cloudant database name (%s)",
    (agent) => {
      for (const type of Object.values(EventType)) {
        const name = eventDatabaseName(agent, type);
        expect(name).toMatch(CLOUDANT_DATABASE_NAME_PATTERN);
        expect(name.length).toBeLessThanOrEqual(238);
        expect(eventDatabaseName(agent, type)).toBe(name);
      }
    },
  );
});
