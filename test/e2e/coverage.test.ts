/**
 * Every rule the guard runs must have an end-to-end case: a new rule without
 * one fails this suite until a case is added to one of the `*-cases.ts`
 * tables (or, if it truly cannot be triggered through the constructs and
 * overrides, to NOT_TRIGGERABLE with the reason).
 */
import { ALL_RULES, Severity } from "../../lib";
import { CHANNEL_CASES } from "./channels-cases";
import { DATA_CASES } from "./data-cases";
import { EVENT_CASES } from "./events-cases";
import { PROVISIONING_CASES } from "./provisioning-cases";
import { RESOURCE_CASES } from "./resource-cases";
import { RuleCase } from "./rule-case";
import { SIP_CASES } from "./sip-cases";
import { SKILL_CASES } from "./skill-cases";
import { SOE_CASES } from "./soe-cases";

const CASES: readonly RuleCase[] = [
  ...SIP_CASES,
  ...SOE_CASES,
  ...EVENT_CASES,
  ...CHANNEL_CASES,
  ...DATA_CASES,
  ...RESOURCE_CASES,
  ...PROVISIONING_CASES,
  ...SKILL_CASES,
];

/**
 * Rules that cannot be triggered through the public constructs plus
 * `addOverride`, by id, with the reason. Keep it empty where possible.
 */
const NOT_TRIGGERABLE: Readonly<Record<string, string>> = {};

/** Rules whose finding is a warning for PII-only agents and an error for PHI or PCI ones. */
const ESCALATING_WITH_DATA_CLASSES = [
  "VAW-SIP-2",
  "VAW-SIP-3",
  "VAW-SIP-5",
  "VAW-XFER-2",
  "VAW-DATA-1",
  "VAW-DATA-2",
  "VAW-CLOUDANT-2",
  "VAW-TTS-1",
];

const covered = new Set(CASES.map((c) => c.ruleId));
const registered = new Map(ALL_RULES.map((r) => [r.id, r]));

describe("end-to-end coverage", () => {
  test("every rule in ALL_RULES has an end-to-end case", () => {
    const missing = [...registered.keys()].filter(
      (id) => !covered.has(id) && !(id in NOT_TRIGGERABLE),
    );
    expect(missing).toEqual([]);
  });

  test("every case and every exclusion names a registered rule", () => {
    const unknown = [...covered, ...Object.keys(NOT_TRIGGERABLE)].filter(
      (id) => !registered.has(id),
    );
    expect(unknown).toEqual([]);
  });

  test("no excluded rule also has a case", () => {
    expect(Object.keys(NOT_TRIGGERABLE).filter((id) => covered.has(id))).toEqual([]);
  });

  test("every rule has a case at its default severity", () => {
    const atDefault = (id: string) =>
      CASES.some((c) => c.ruleId === id && c.level === registered.get(id)?.severity);
    expect([...covered].filter((id) => !atDefault(id))).toEqual([]);
  });

  test("rules that escalate with the data classes have both a warning and an error case", () => {
    const levels = (id: string) =>
      [...new Set(CASES.filter((c) => c.ruleId === id).map((c) => c.level))].sort();
    for (const id of ESCALATING_WITH_DATA_CLASSES) {
      expect(registered.get(id)?.severity).toBe(Severity.WARNING);
      expect({ id, levels: levels(id) }).toEqual({ id, levels: ["error", "warning"] });
    }
  });
});
