import * as fc from "fast-check";
import { referencesIn } from "../../lib/assistant-skill/skill-references";

describe("referencesIn", () => {
  test.each([
    ["Your balance is $balance.", [{ kind: "variable", name: "balance" }]],
    ["$user.name called", [{ kind: "variable", name: "user" }]],
    ["Pay \\$$amount now", [{ kind: "variable", name: "amount" }]],
    ["Costs \\$5 or $5", []],
    ["Mail help@bank.example", []],
    ["You chose @product:gold", [{ kind: "entity", name: "product" }]],
    ["You said <? input.text ?>", [{ kind: "input", name: "input.text" }]],
    [
      "<? context['pin'] ?> and <? entities['sys-number'] ?>",
      [
        { kind: "variable", name: "pin" },
        { kind: "entity", name: "sys-number" },
      ],
    ],
    ["Hi ${step_001}", [{ kind: "variable", name: "step_001" }]],
    ["sip:${line}@trunk.example.net", [{ kind: "variable", name: "line" }]],
    ["sip:+1888\\@trunk.example.net", []],
    [
      "${system_integrations.voice_telephony.private.user_phone_number}",
      [{ kind: "input", name: "system_integrations.voice_telephony.private.user_phone_number" }],
    ],
  ])("%s", (text, expected) => {
    expect(referencesIn(text)).toEqual(expected);
  });

  test("finds every $variable put into plain text, whatever surrounds it", () => {
    const words = fc.stringMatching(/^[a-zA-Z ,.!?]{0,20}$/);
    const names = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);
    fc.assert(
      fc.property(words, names, words, (before, name, after) => {
        const text = `${before} $${name}${after.startsWith(" ") ? after : ` ${after}`}`;
        expect(referencesIn(text)).toContainEqual({ kind: "variable", name });
      }),
    );
  });
});
