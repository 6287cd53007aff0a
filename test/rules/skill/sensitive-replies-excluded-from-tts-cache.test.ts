import { sensitiveRepliesExcludedFromTtsCache as rule } from "../../../lib/rules/skill/sensitive-replies-excluded-from-tts-cache";
import { Severity } from "../../../lib";
import { EXCLUDE, facts, issues, POSITIONS, Response, text, userDefined } from "./skill-kit";

/** Insecure responses (speaking a sensitive value) and their fixed twins (the same plus the exclusion). */
const GENERIC_CASES: readonly { when: string; insecure: Response; fixed: Response }[] = [
  {
    when: "a text response speaks $account_number",
    insecure: { output: { generic: [text("Your account number is $account_number.")] } },
    fixed: { output: { generic: [text("Your account number is $account_number."), EXCLUDE] } },
  },
  {
    when: "a text response echoes <? input.text ?>",
    insecure: { output: { generic: [text("You said <? input.text ?>.")] } },
    fixed: { output: { generic: [EXCLUDE, text("You said <? input.text ?>.")] } },
  },
  {
    when: "vgwActPlayText in a sequence speaks the balance",
    insecure: {
      output: {
        generic: [
          userDefined({
            vgwActionSequence: [
              { command: "vgwActPlayText", parameters: { text: ["You owe \\$$current_balance."] } },
            ],
          }),
        ],
      },
    },
    fixed: {
      output: {
        generic: [
          userDefined({
            vgwActionSequence: [
              { command: "vgwActExcludeFromTTSCache" },
              { command: "vgwActPlayText", parameters: { text: ["You owe \\$$current_balance."] } },
            ],
          }),
        ],
      },
    },
  },
  {
    when: "an actions skill speaks a caller variable ${system_integrations.voice_telephony.private.user_phone_number}",
    insecure: {
      output: {
        generic: [
          text("I will call ${system_integrations.voice_telephony.private.user_phone_number}."),
        ],
      },
    },
    fixed: {
      output: {
        generic: [
          text("I will call ${system_integrations.voice_telephony.private.user_phone_number}."),
          EXCLUDE,
        ],
      },
    },
  },
];

/** Shapes only v1 dialog skills use. */
const DIALOG_CASES: readonly { when: string; insecure: Response; fixed: Response }[] = [
  {
    when: "output.text (string) speaks $date_of_birth",
    insecure: { output: { text: "Your date of birth is $date_of_birth." } },
    fixed: {
      output: {
        text: "Your date of birth is $date_of_birth.",
        vgwAction: { command: "vgwActExcludeFromTTSCache" },
      },
    },
  },
  {
    when: "output.text values speak @sys-number",
    insecure: {
      output: { text: { values: ["You pressed @sys-number."], selection_policy: "random" } },
    },
    fixed: {
      output: { text: { values: ["You pressed @sys-number."] } },
      context: { vgwAction: { command: "vgwActExcludeFromTTSCache" } },
    },
  },
];

describe("VAW-TTS-1: sensitive replies are excluded from the TTS cache", () => {
  for (const p of POSITIONS)
    for (const c of [...GENERIC_CASES, ...(p.dialog ? DIALOG_CASES : [])]) {
      test(`flags ${p.name} when ${c.when}`, () => {
        const found = issues(rule, p.build(c.insecure));
        expect(found).toEqual([
          expect.objectContaining({ nodeId: p.nodeId, severity: Severity.WARNING }),
        ]);
        expect(found[0].detail).toContain("without vgwActExcludeFromTTSCache");
      });
      test(`passes ${p.name} when ${c.when} with the exclusion on that node`, () => {
        expect(issues(rule, p.build(c.fixed))).toEqual([]);
      });
    }

  test("is an error for agents handling PHI or PCI, a warning for PII", () => {
    const skill = POSITIONS[0].build(GENERIC_CASES[0].insecure);
    expect(issues(rule, skill, facts(["PII", "PCI"]))[0].severity).toBe(Severity.ERROR);
    expect(issues(rule, skill, facts(["PII", "PHI"]))[0].severity).toBe(Severity.ERROR);
    expect(issues(rule, skill, facts(["PII"]))[0].severity).toBe(Severity.WARNING);
  });

  test("counts the data-class defaults only for the agent's classes, and declarations override them", () => {
    const skill = POSITIONS[0].build({ output: { text: "Your diagnosis is $diagnosis." } });
    expect(issues(rule, skill, facts(["PII"]))).toEqual([]);
    expect(issues(rule, skill, facts(["PHI"]))).toHaveLength(1);
    expect(issues(rule, skill, facts(["PHI"], { notSensitive: ["diagnosis"] }))).toEqual([]);
    const plain = POSITIONS[0].build({ output: { text: "Your ticket is $ticket_code." } });
    expect(issues(rule, plain, facts(["PII"]))).toEqual([]);
    expect(issues(rule, plain, facts(["PII"], { sensitive: ["ticket_code"] }))).toHaveLength(1);
  });

  test("does not flag fixed text, e-mail addresses, escaped dollars or values in conditions", () => {
    const skill = POSITIONS[0].build({
      output: { text: "Write to help@bank.example or pay \\$5 at any branch." },
    });
    expect(issues(rule, skill, facts(["PII", "PCI"]))).toEqual([]);
  });

  test("ignores output.text when a sequence plays its own text, and reads it when vgwActPlayText has none", () => {
    const own = POSITIONS[0].build({
      output: {
        text: "Your balance is $balance.",
        vgwActionSequence: [{ command: "vgwActPlayText", parameters: { text: ["One moment."] } }],
      },
    });
    expect(issues(rule, own)).toEqual([]);
    const none = POSITIONS[0].build({
      output: {
        text: "Your balance is $balance.",
        vgwActionSequence: [{ command: "vgwActPlayText" }, { command: "vgwActHangup" }],
      },
    });
    expect(issues(rule, none)).toHaveLength(1);
  });

  test("does not concern SMS agents, which have no Text to Speech", () => {
    const skill = POSITIONS[0].build(GENERIC_CASES[0].insecure);
    expect(issues(rule, skill, facts(["PII", "PCI"], { speaks: false }))).toEqual([]);
  });

  test("a misspelled exclusion does not count (names are case-sensitive)", () => {
    const skill = POSITIONS[0].build({
      output: {
        text: "Your balance is $balance.",
        vgwAction: { command: "vgwActExcludeFromTtsCache" },
      },
    });
    expect(issues(rule, skill)).toHaveLength(1);
  });

  test("text limited to a non-voice channel is not spoken", () => {
    const skill = POSITIONS[4].build({
      output: {
        generic: [{ ...text("Your PIN is $pin."), channels: [{ channel: "text_messaging" }] }],
      },
    });
    expect(issues(rule, skill)).toEqual([]);
  });
});
