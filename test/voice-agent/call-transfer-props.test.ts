import { Testing } from "cdktf";
import { isVoiceAgentError, VoiceAgent, VoiceAgentProps } from "../../lib";
import { RuleStatus } from "../../lib/rules/rule";
import { transferTargetsOnOwnTrunk } from "../../lib/rules/transfer-targets-on-own-trunk";
import { outcomeOf } from "../rules/fixtures/agent-stack";
import { stack, voiceAgentProps } from "./fixtures";

function problems(callTransfer: VoiceAgentProps["callTransfer"]): string[] {
  const s = stack();
  try {
    new VoiceAgent(s, "agent", voiceAgentProps(s, { callTransfer }));
    return [];
  } catch (e: any) {
    expect(isVoiceAgentError(e)).toBe(true);
    return e.problems.map((p: any) => `${p.prop} ${p.problem}`);
  }
}

/** Whether VAW-XFER-1 accepts a target as a number (tel:, or sip: on the fixture's termination host). */
function ruleAccepts(target: string): boolean {
  const o = outcomeOf(transferTargetsOnOwnTrunk, (s) => {
    s.manifest.callTransfer!.defaultTransferTarget = target;
    s.manifest.callTransfer!.allowedTransferTargets = [];
  });
  return o.status === RuleStatus.COMPLIANT;
}

const HOST = "trunk.carrier.example.com";

// Defect fixed (issue 9): props refused tel:+1-888-333-4444, sips: and SIP:, which
// the rule accepted, and accepted tel:+0123 and 19-digit numbers, which it refused.
describe("transfer targets: props validation and VAW-XFER-1 agree", () => {
  const accepted = [
    "tel:+1-888-333-4444",
    "tel:+1.888.333.4444",
    "tel:+1(888)333-4444",
    "TEL:+18883334444",
    `sip:+18883334444@${HOST}`,
    `sips:+18883334444@${HOST}`,
    `SIP:+18883334444@${HOST}:5061;transport=tls`,
    `sip:+44-20-7946-0958@${HOST.toUpperCase()}`,
    "tel:+44(0)20-7946-0958",
  ];
  const refused = [
    "tel:+0123",
    `tel:+${"1".repeat(19)}`,
    "tel:+1888333444455556666",
    "tel:18883334444",
    "tel:+1 888 333 4444",
    "tel:+1-555-0100",
    "sip:alice@" + HOST,
    `sip:+18883334444:secret@${HOST}`,
    `sip:+18883334444@${HOST};maddr=198.51.100.1`,
    `sip:+0123@${HOST}`,
    "+18883334444",
    "https://example.com",
    "",
  ];

  test.each(accepted)("both accept %j", (target) => {
    expect(problems({ defaultTarget: target })).toEqual([]);
    expect(problems({ allowedTargets: [target] })).toEqual([]);
    expect(ruleAccepts(target)).toBe(true);
  });

  test.each(refused)("both refuse %j", (target) => {
    expect(problems({ defaultTarget: target })).toHaveLength(1);
    expect(problems({ allowedTargets: [target] })).toHaveLength(1);
    expect(ruleAccepts(target)).toBe(false);
  });

  test("agree on every number length from 1 to 20 digits", () => {
    const digits = "44207946095812345678";
    const verdicts = new Set<boolean>();
    for (let n = 1; n <= digits.length; n++) {
      const target = `tel:+${digits.slice(0, n)}`;
      const props = problems({ defaultTarget: target }).length === 0;
      verdicts.add(props);
      expect({ target, props }).toEqual({ target, props: ruleAccepts(target) });
    }
    expect([...verdicts].sort()).toEqual([false, true]);
  });
});

describe("callTransfer.businessNumbers", () => {
  test("renders the declared numbers in the manifest, as given, for review", () => {
    const s = stack();
    new VoiceAgent(
      s,
      "agent",
      voiceAgentProps(s, {
        callTransfer: { defaultTarget: "tel:+12125550100", businessNumbers: ["+1 212 555 0100"] },
      }),
    );
    const json = JSON.parse(Testing.synth(s));
    const manifest: any = Object.values(json.resource.terraform_data)[0];
    expect(manifest.input.callTransfer.businessNumbers).toEqual(["+1 212 555 0100"]);
  });

  test("leaves the manifest without the field when nothing is declared", () => {
    const s = stack();
    new VoiceAgent(
      s,
      "agent",
      voiceAgentProps(s, { callTransfer: { defaultTarget: "tel:+18883334444" } }),
    );
    const json = JSON.parse(Testing.synth(s));
    const manifest: any = Object.values(json.resource.terraform_data)[0];
    expect(Object.keys(manifest.input.callTransfer)).not.toContain("businessNumbers");
  });

  test("takes valid international numbers, each once whatever its spelling", () => {
    expect(problems({ businessNumbers: ["+1 212 555 0100", "+44 20 7946 0958"] })).toEqual([]);
    expect(
      problems({
        businessNumbers: [
          "212 555 0100",
          "+1 212 555 0100",
          "+1 (212) 555-0100",
          "+44 (0)20 7946 0958",
          "+44 20 7946 0958",
        ],
      }),
    ).toEqual([
      "callTransfer.businessNumbers[0] has no country code: it must start with + and the country code",
      "callTransfer.businessNumbers[2] is listed twice",
      "callTransfer.businessNumbers[4] is listed twice",
    ]);
  });

  test("refuses mobile, personal, pager and voicemail numbers", () => {
    expect(problems({ businessNumbers: ["+44 7911 123456", "+44 70 1234 5678"] })).toEqual([
      "callTransfer.businessNumbers[0] is a mobile number, which cannot be declared a business number",
      "callTransfer.businessNumbers[1] is a personal (follow-me) number, which cannot be declared a business number",
    ]);
  });

  test("refuses what is not a list of strings", () => {
    expect(problems({ businessNumbers: "+12125550100" as any })).toHaveLength(1);
    expect(problems({ businessNumbers: [12125550100 as any] })).toEqual([
      "callTransfer.businessNumbers[0] must be a string",
    ]);
  });
});
