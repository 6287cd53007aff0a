import { mmsMediaPublicAndFixed as rule } from "../../../lib/rules/skill/mms-media-public-and-fixed";
import { facts, issues, POSITIONS, Response, userDefined } from "./skill-kit";

const sms = (mediaURL: unknown): Response => ({
  output: {
    generic: [
      userDefined({
        vgwAction: {
          command: "vgwActSendSMS",
          parameters: { message: "Here is the map.", mediaURL },
        },
      }),
    ],
  },
});
const image = (source: string): Response => ({
  output: { generic: [{ response_type: "image", source, title: "Map" }] },
});
const MAP = "https://cdn.example.com/branch-map.png";

const CASES: readonly { when: string; insecure: Response; says: string }[] = [
  {
    when: "vgwActSendSMS sends media over http:",
    insecure: sms("http://cdn.example.com/map.png"),
    says: "over http:",
  },
  {
    when: "a mediaURL list carries a context variable",
    insecure: sms([MAP, "https://cdn.example.com/statements/$account_id.pdf"]),
    says: "carries $account_id",
  },
  {
    when: "an image response is over http:",
    insecure: image("http://cdn.example.com/map.png"),
    says: "over http:",
  },
];

describe("VAW-MMS-1: MMS media are fixed https URLs", () => {
  for (const p of POSITIONS)
    for (const c of CASES) {
      test(`flags ${p.name} when ${c.when}`, () => {
        const found = issues(rule, p.build(c.insecure));
        expect(found).toEqual([expect.objectContaining({ nodeId: p.nodeId })]);
        expect(found[0].detail).toContain(c.says);
      });
    }
  for (const p of POSITIONS)
    test(`passes ${p.name} with fixed https media (string, list, image)`, () => {
      expect(issues(rule, p.build(sms(MAP)))).toEqual([]);
      expect(issues(rule, p.build(sms([MAP, MAP])))).toEqual([]);
      expect(issues(rule, p.build(image(MAP)))).toEqual([]);
    });

  test("refuses any media from agents handling PHI or PCI", () => {
    const found = issues(rule, POSITIONS[0].build(image(MAP)), facts(["PII", "PHI"]));
    expect(found).toHaveLength(1);
    expect(found[0].detail).toContain("handling PHI data");
    expect(issues(rule, POSITIONS[0].build(image(MAP)), facts(["PII"]))).toEqual([]);
  });

  test("reads smsActSendMedia of the SMS gateway", () => {
    const skill = POSITIONS[0].build({
      output: {
        smsAction: {
          command: "smsActSendMedia",
          parameters: { mediaURL: ["http://x.example.com/a.gif"] },
        },
      },
    });
    expect(issues(rule, skill)).toHaveLength(1);
  });
});
