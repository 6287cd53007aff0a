import { PhoneNumberFormat, PhoneNumberType, PhoneNumberUtil } from "google-libphonenumber";
import { RuleStatus, Severity } from "../../lib/rules/rule";
import { transferTargetsAreBusinessNumbers as rule } from "../../lib/rules/transfer-targets-are-business-numbers";
import { parsePhoneNumber } from "../../lib/core";
import { AgentStack, outcomeOf } from "./fixtures/agent-stack";

const TRUNK = "trunk.carrier.example.com";
const UK_MOBILE = "+44 7911 123456";
const UK_FIXED = "+44 20 7946 0958";
const US_GEOGRAPHIC = "+1 212 555 0100";

function withTarget(target: string, mutate: (s: AgentStack) => void = () => {}) {
  return (s: AgentStack) => {
    s.manifest.dataClasses = ["PII"];
    s.manifest.callTransfer!.defaultTransferTarget = target;
    s.manifest.callTransfer!.allowedTransferTargets = [];
    mutate(s);
  };
}

const declare =
  (...numbers: string[]) =>
  (s: AgentStack) => {
    (s.manifest.callTransfer as any).businessNumbers = numbers;
  };

describe("VAW-XFER-4 transfer targets are business numbers", () => {
  test("passes the compliant agent's toll-free targets", () => {
    expect(outcomeOf(rule).status).toBe(RuleStatus.COMPLIANT);
  });

  test("fails a uk mobile default target as an error at the default target", () => {
    const o = outcomeOf(rule, withTarget(`tel:${UK_MOBILE.replace(/ /g, "-")}`));
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      severity: Severity.ERROR,
      attributePath: "input.callTransfer.defaultTransferTarget",
    });
    expect(o.detail).toContain("+44 7911 123456, a mobile number");
  });

  test("judges the number inside a sip uri, whatever the host or scheme case", () => {
    for (const target of [
      `sip:+447911123456@${TRUNK}`,
      `SIPS:+44-7911-123456@${TRUNK}:5061;transport=tls`,
    ]) {
      const o = outcomeOf(rule, withTarget(target));
      expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.ERROR });
    }
    expect(outcomeOf(rule, withTarget(`sip:+442079460958@${TRUNK}`)).status).toBe(
      RuleStatus.COMPLIANT,
    );
  });

  test("fails a mobile allowed target even when the default is fine, naming its index", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.callTransfer!.allowedTransferTargets = ["tel:+442079460958", `tel:+447911123456`];
    });
    expect(o).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      attributePath: "input.callTransfer.allowedTransferTargets.1",
      severity: Severity.ERROR,
    });
  });

  test("passes a uk fixed line, also written with a (0) trunk prefix", () => {
    expect(outcomeOf(rule, withTarget(`tel:${UK_FIXED.replace(/ /g, "")}`)).status).toBe(
      RuleStatus.COMPLIANT,
    );
    expect(outcomeOf(rule, withTarget("tel:+44(0)20-7946-0958")).status).toBe(RuleStatus.COMPLIANT);
  });

  test("warns on a north american number unless the agent declares it a business number", () => {
    const target = "tel:+1-212-555-0100";
    const warned = outcomeOf(rule, withTarget(target));
    expect(warned).toMatchObject({
      status: RuleStatus.NON_COMPLIANT,
      severity: Severity.WARNING,
      attributePath: "input.callTransfer.defaultTransferTarget",
    });
    expect(warned.detail).toContain("a fixed-line-or-mobile number");
    expect(warned.detail).toContain("callTransfer.businessNumbers does not declare it");
    // declared in any spelling of the same number
    expect(outcomeOf(rule, withTarget(target, declare(US_GEOGRAPHIC))).status).toBe(
      RuleStatus.COMPLIANT,
    );
    expect(outcomeOf(rule, withTarget(target, declare("+1 (212) 555-0100"))).status).toBe(
      RuleStatus.COMPLIANT,
    );
    // another number declared does not help
    expect(outcomeOf(rule, withTarget(target, declare("+1 212 555 0101"))).status).toBe(
      RuleStatus.NON_COMPLIANT,
    );
  });

  test("makes an undetermined number an error for phi and pci agents (fail closed)", () => {
    for (const dataClass of ["PHI", "PCI"] as const) {
      const o = outcomeOf(
        rule,
        withTarget("tel:+12125550100", (s) => {
          s.manifest.dataClasses = ["PII", dataClass];
        }),
      );
      expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.ERROR });
    }
  });

  test("a business-number declaration never passes a mobile number", () => {
    const o = outcomeOf(rule, withTarget("tel:+447911123456", declare(UK_MOBILE)));
    expect(o).toMatchObject({ status: RuleStatus.NON_COMPLIANT, severity: Severity.ERROR });
  });

  test("keeps the error when a mobile and an undetermined target are found together", () => {
    const o = outcomeOf(rule, (s) => {
      s.manifest.dataClasses = ["PII"];
      s.manifest.callTransfer!.defaultTransferTarget = "tel:+12125550100";
      s.manifest.callTransfer!.allowedTransferTargets = ["tel:+447911123456"];
    });
    expect(o.severity).toBe(Severity.ERROR);
  });

  test("cannot verify an expression target or an undetermined one against expression declarations", () => {
    expect(outcomeOf(rule, withTarget("${var.target}")).status).toBe(RuleStatus.CANNOT_VERIFY);
    const o = outcomeOf(rule, withTarget("tel:+12125550100", declare("${var.desk}")));
    expect(o).toMatchObject({
      status: RuleStatus.CANNOT_VERIFY,
      attributePath: "input.callTransfer.businessNumbers",
    });
    // a personal number is an error whatever the declarations are
    expect(outcomeOf(rule, withTarget("tel:+447911123456", declare("${var.desk}"))).status).toBe(
      RuleStatus.NON_COMPLIANT,
    );
  });

  test("leaves targets that are no valid number to VAW-XFER-1", () => {
    for (const bad of ["tel:+0123", `tel:+${"1".repeat(19)}`, "tel:5550100", "https://x"])
      expect(outcomeOf(rule, withTarget(bad)).status).toBe(RuleStatus.NOT_APPLICABLE);
  });

  test("does not apply without transfer targets", () => {
    expect(outcomeOf(rule, (s) => delete s.manifest.callTransfer).status).toBe(
      RuleStatus.NOT_APPLICABLE,
    );
  });
});

// The class, not the examples: Google's libphonenumber (an independent
// implementation with its own copy of the metadata) gives an example number for
// every region and number type; each must get the verdict its type calls for,
// written as a tel: target, as the user part of a sip: target, and in national
// spellings with separators.
describe("VAW-XFER-4 over libphonenumber's example numbers of every region and type", () => {
  const util = PhoneNumberUtil.getInstance();
  const TYPES: Record<string, "personal" | "business" | "undetermined"> = {
    MOBILE: "personal",
    PERSONAL_NUMBER: "personal",
    PAGER: "personal",
    VOICEMAIL: "personal",
    FIXED_LINE: "business",
    TOLL_FREE: "business",
    SHARED_COST: "business",
    PREMIUM_RATE: "business",
    UAN: "business",
    VOIP: "undetermined",
  };
  const typeName = (t: number) =>
    Object.keys(PhoneNumberType).find((k) => (PhoneNumberType as any)[k] === t);
  // Numbers whose type the two libraries' metadata versions give differently
  // (libphonenumber-js 1.13 knows Botswana's 7910… range as mobile).
  const METADATA_DIFFERENCES = new Set(["+26779101234"]);

  interface Example {
    readonly region: string;
    readonly type: string;
    readonly e164: string;
    readonly international: string;
    readonly expected: "personal" | "business" | "undetermined";
  }
  const examples: Example[] = [];
  for (const region of util.getSupportedRegions())
    for (const [type, requested] of Object.entries(TYPES)) {
      const n = util.getExampleNumberForType(region, (PhoneNumberType as any)[type]);
      if (!n) continue;
      const e164 = util.format(n, PhoneNumberFormat.E164);
      // Google's own type for the number: FIXED_LINE_OR_MOBILE where its fixed and mobile ranges overlap.
      const actual = typeName(util.getNumberType(n));
      const expected = actual === "FIXED_LINE_OR_MOBILE" ? "undetermined" : requested;
      examples.push({
        region,
        type,
        e164,
        international: util.format(n, PhoneNumberFormat.INTERNATIONAL),
        expected,
      });
    }
  // What the definition of a number (8 to 15 digits, a valid range in
  // libphonenumber-js's metadata) admits; the rest is VAW-XFER-1's (tested below).
  const judged = examples.filter(
    (e) => parsePhoneNumber(e.e164).ok && !METADATA_DIFFERENCES.has(e.e164),
  );

  test("covers every type in many regions", () => {
    expect(examples.length).toBeGreaterThan(1000);
    expect(judged.length).toBeGreaterThan(examples.length - 20);
    const perType = new Map<string, number>();
    for (const e of judged) perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    for (const type of Object.keys(TYPES)) expect(perType.get(type)).toBeGreaterThanOrEqual(10);
    expect(judged.filter((e) => e.expected === "undetermined").length).toBeGreaterThan(50);
  });

  test("blocks every personal example, passes every business one, warns on the rest", () => {
    const wrong: string[] = [];
    for (const e of judged) {
      const spellings = [
        `tel:${e.e164}`,
        `tel:${e.international.replace(/ /g, "-")}`,
        `sip:${e.e164}@${TRUNK};transport=tls`,
      ];
      for (const target of spellings) {
        const o = outcomeOf(rule, withTarget(target));
        const got =
          o.status === RuleStatus.COMPLIANT
            ? "business"
            : o.status === RuleStatus.NON_COMPLIANT && o.severity === Severity.ERROR
              ? "personal"
              : o.status === RuleStatus.NON_COMPLIANT && o.severity === Severity.WARNING
                ? "undetermined"
                : o.status;
        if (got !== e.expected)
          wrong.push(`${e.region} ${e.type} ${target}: expected ${e.expected}, got ${got}`);
      }
      if (e.expected === "undetermined") {
        const declared = outcomeOf(rule, withTarget(`tel:${e.e164}`, declare(e.international)));
        if (declared.status !== RuleStatus.COMPLIANT)
          wrong.push(`${e.region} ${e.type} ${e.e164}: still ${declared.status} when declared`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("leaves the examples that are no number by the issue's definition to VAW-XFER-1", () => {
    const rest = examples.filter((e) => !parsePhoneNumber(e.e164).ok);
    expect(rest.length).toBeGreaterThan(0);
    for (const e of rest)
      expect(outcomeOf(rule, withTarget(`tel:${e.e164}`)).status).toBe(RuleStatus.NOT_APPLICABLE);
  });
});
