import {
  closest,
  VOICE_GATEWAY_COMMANDS,
  voiceCommandsKnown as rule,
} from "../../../lib/rules/skill/voice-commands-known";
import { issues, POSITIONS, Response, userDefined } from "./skill-kit";

const action = (command: string): Response => ({
  output: { generic: [userDefined({ vgwActionSequence: [{ command }] })] },
});

const MISSPELLED: readonly [string, string][] = [
  ["vgwActCollectDtmf", "vgwActCollectDTMF"],
  ["vgwActExcludeFromTtsCache", "vgwActExcludeFromTTSCache"],
  ["vgwActTransfre", "vgwActTransfer"],
  ["vgwActHangUp", "vgwActHangup"],
  ["vgwActPlayTxt", "vgwActPlayText"],
];

describe("VAW-SKILL-2: voice-gateway commands are documented and spelled exactly", () => {
  for (const p of POSITIONS)
    for (const [wrong, right] of MISSPELLED) {
      test(`flags ${wrong} in ${p.name} and suggests ${right}`, () => {
        const found = issues(rule, p.build(action(wrong)));
        expect(found).toEqual([expect.objectContaining({ nodeId: p.nodeId })]);
        expect(found[0].detail).toContain(`did you mean ${right}?`);
      });
      test(`passes ${right} in ${p.name}`, () => {
        expect(issues(rule, p.build(action(right)))).toEqual([]);
      });
    }

  test("accepts every documented command", () => {
    const skill = POSITIONS[0].build({
      output: { vgwActionSequence: VOICE_GATEWAY_COMMANDS.map((command) => ({ command })) },
    });
    expect(issues(rule, skill)).toEqual([]);
  });

  test("flags an unknown command without a suggestion when none is near", () => {
    const found = issues(rule, POSITIONS[0].build(action("doSomethingElse")));
    expect(found).toHaveLength(1);
    expect(found[0].detail).not.toContain("did you mean");
  });

  test("judges smsAction commands against the SMS gateway's", () => {
    const ok = POSITIONS[0].build({ output: { smsAction: { command: "terminateSession" } } });
    const wrong = POSITIONS[0].build({ output: { smsAction: { command: "smsActSendMeda" } } });
    expect(issues(rule, ok)).toEqual([]);
    expect(issues(rule, wrong)[0].detail).toContain("did you mean smsActSendMedia?");
  });

  test("closest prefers the same letters in another case", () => {
    expect(closest("VGWACTHANGUP", VOICE_GATEWAY_COMMANDS)).toBe("vgwActHangup");
    expect(closest("zzz", VOICE_GATEWAY_COMMANDS)).toBeUndefined();
  });
});
