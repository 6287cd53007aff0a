import { transferTargetsFixedInSkill as rule } from "../../../lib/rules/skill/transfer-targets-fixed-in-skill";
import { Severity } from "../../../lib";
import { facts, issues, POSITIONS, Response, userDefined } from "./skill-kit";

const transfer = (target: string): Response => ({
  output: {
    generic: [
      userDefined({
        vgwAction: { command: "vgwActTransfer", parameters: { transferTarget: target } },
      }),
    ],
  },
});
const connect = (uri: string): Response => ({
  output: {
    generic: [
      {
        response_type: "connect_to_agent",
        transfer_info: { target: { service_desk: { sip: { uri } } } },
      },
    ],
  },
});

const BUSINESS = "tel:+18883334444";
const AGENT = facts(["PII"], { transferTargets: [BUSINESS], terminationUri: "trunk.example.net" });

const CASES: readonly { when: string; insecure: Response; fixed: Response; says: string }[] = [
  {
    when: "vgwActTransfer takes its target from a context variable",
    insecure: transfer("tel:$callback_number"),
    fixed: transfer(BUSINESS),
    says: "built from $callback_number",
  },
  {
    when: "vgwActTransfer takes its target from the caller's words",
    insecure: transfer("tel:+1<? input.text ?>"),
    fixed: transfer("tel:+1-888-333-4444"),
    says: "built from input.text",
  },
  {
    when: "connect_to_agent dials a number outside the declared list",
    insecure: connect("sip:+18005550100@trunk.example.net"),
    fixed: connect("sip:+18883334444@trunk.example.net"),
    says: "not among the agent's declared transfer targets",
  },
  {
    when: "a SIP target leaves the trunk",
    insecure: transfer("sip:+18883334444\\@elsewhere.example.com"),
    fixed: transfer("sip:+18883334444\\@trunk.example.net"),
    says: "leaves the trunk",
  },
  {
    when: "the target is a UK mobile number",
    insecure: transfer("tel:+447400123456"),
    fixed: transfer(BUSINESS),
    says: "personal number",
  },
  {
    when: "the target is not a transfer URI at all",
    insecure: transfer("18883334444"),
    fixed: transfer(BUSINESS),
    says: "is refused",
  },
];

describe("VAW-XFER-3: transfers in the skill go to fixed, declared business numbers", () => {
  for (const p of POSITIONS)
    for (const c of CASES) {
      test(`flags ${p.name} when ${c.when}`, () => {
        const found = issues(rule, p.build(c.insecure), AGENT);
        expect(found).toEqual([
          expect.objectContaining({ nodeId: p.nodeId, severity: Severity.ERROR }),
        ]);
        expect(found[0].detail).toContain(c.says);
      });
      test(`passes ${p.name} when it is fixed`, () => {
        expect(issues(rule, p.build(c.fixed), AGENT)).toEqual([]);
      });
    }

  test("without an agent (scan-skill) a number of undetermined type is a warning, a fixed line passes", () => {
    expect(issues(rule, POSITIONS[0].build(transfer("tel:+12127365000")))).toEqual([
      expect.objectContaining({ severity: Severity.WARNING }),
    ]);
    expect(issues(rule, POSITIONS[0].build(transfer("tel:+442079460018")))).toEqual([]);
  });

  test("reads the v1 single vgwAction and vgwActionSequence shapes", () => {
    const single = POSITIONS[0].build({
      output: {
        vgwAction: { command: "vgwActTransfer", parameters: { transferTarget: "tel:$n" } },
      },
    });
    const seq = POSITIONS[0].build({
      output: {
        vgwActionSequence: [
          { command: "vgwActPlayText", parameters: { text: ["Transferring."] } },
          { command: "vgwActTransfer", parameters: { transferTarget: "tel:$n" } },
        ],
      },
    });
    expect(issues(rule, single, AGENT)).toHaveLength(1);
    expect(issues(rule, seq, AGENT)).toEqual([
      expect.objectContaining({
        pointer: "/dialog_nodes/1/output/vgwActionSequence/1/parameters/transferTarget",
      }),
    ]);
  });
});
