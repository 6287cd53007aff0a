import * as fs from "fs";
import * as path from "path";
import { TerraformVariable } from "cdktf";
import {
  ALL_RULES,
  CloudantEventTarget,
  DataClass,
  MANIFEST_SCHEMA,
  Rule,
  RuleStatus,
  Severity,
  VoiceAgentGuard,
} from "../../lib";
import { failsClosed } from "../../lib/guard";
import {
  agentStack,
  reasonFor,
  removeOutdirs,
  resourceAt,
  STACK,
  synthApp,
  testStack,
} from "../e2e/e2e-kit";
import { onlyRules, ruleFindings } from "./guard-kit";

// Fail closed where the data is sensitive: a rule that cannot decide on an
// agent handling PHI or PCI (or a resource serving one) blocks, when its
// finding there would be an error.

afterAll(removeOutdirs);

/** A PHI agent forwarding CDR events to an existing Cloudant read by CRN from a variable, or to a new one. */
function phiAgent(store: "existing" | "new") {
  const s = synthApp();
  const crn = new TerraformVariable(s.stack, "events_crn", { type: "string" });
  agentStack(s.stack, {
    dataClasses: [DataClass.PHI],
    ...(store === "existing"
      ? {
          networkRestriction: false,
          agent: ({ stack }) => ({
            eventForwarding: {
              store: CloudantEventTarget.fromExisting(stack, "existing", {
                instanceCrn: crn.stringValue,
                url: "https://events.cloudantnosqldb.appdomain.cloud",
              }),
              cdr: true,
            },
          }),
        }
      : {}),
  });
  return s;
}

describe("fail closed on PHI and PCI, through app.synth", () => {
  test("a PHI agent whose event store cannot be judged blocks at the agent's manifest, saying why", () => {
    const s = phiAgent("existing");
    const error = s.synth();
    expect(error?.message).toContain(
      `VAW-EVT-3 terraform_data at ${STACK}/agent/Manifest: data.ibm_resource_instance.`,
    );
    expect(error?.message).toContain(
      'cannot verify this and the agent "billing" handles PHI: make the value decidable in this configuration',
    );
    expect(s.report().findings.find((f) => f.ruleId === "VAW-EVT-3")).toMatchObject({
      status: "cannot-verify",
      level: "error",
      blocking: true,
    });
  });

  test("the fixed twin, the store in this stack, passes", () => {
    const s = phiAgent("new");
    expect(s.synth()).toBeUndefined();
    expect(s.report().findings.filter((f) => f.status === "cannot-verify")).toEqual([]);
  });

  test("acknowledging the undecided rule with a reason lets it pass", () => {
    const s = phiAgent("existing");
    VoiceAgentGuard.acknowledge(s.stack.node.findChild("agent"), {
      ruleId: "VAW-EVT-3",
      reason: reasonFor("VAW-EVT-3"),
    });
    expect(s.synth()).toBeUndefined();
    expect(s.report().findings.find((f) => f.ruleId === "VAW-EVT-3")).toMatchObject({
      acknowledged: true,
      blocking: false,
    });
  });

  test("the event store of a PHI agent fails closed; the same store of a PII agent only warns", () => {
    const judged = (dataClasses: DataClass[]) => {
      const stack = testStack();
      const cors = new TerraformVariable(stack, "cors", { type: "bool" });
      agentStack(stack, { dataClasses });
      resourceAt(stack, "events/Resource").addOverride("enable_cors", cors.booleanValue);
      return VoiceAgentGuard.evaluate(stack).findings.find((f) => f.ruleId === "VAW-CLOUDANT-2");
    };
    const phi = judged([DataClass.PHI]);
    expect(phi).toMatchObject({
      status: "cannot-verify",
      level: "error",
      blocking: true,
      constructPath: `${STACK}/events/Resource`,
    });
    expect(phi?.message).toContain('this serves the agent "billing", which handles PHI');
    expect(judged([DataClass.PII])).toMatchObject({
      status: "cannot-verify",
      level: "warning",
      blocking: false,
    });
  });
});

/** A rule that cannot decide on any subject. */
function undecidedRule(over: Partial<Rule> = {}): Rule {
  return {
    id: "VAW-TEST-1",
    severity: Severity.ERROR,
    title: "subjects are decidable",
    explanation: "for the fail-closed tests",
    fix: "make it decidable",
    docUrl: "https://example.com/rule",
    acknowledgeable: true,
    scope: "resource",
    check: (ctx) =>
      [...ctx.document.all].map((subject) => ({
        status: RuleStatus.CANNOT_VERIFY,
        subject,
        detail: "the value is an expression",
      })),
    ...over,
  };
}

/**
 * A rendered stack: an agent with `dataClasses`; the resource its manifest
 * names (`ibm_cloudant.store`), one that refers to it (`ibm_cloudant_database.db`),
 * a data source it depends on (`data.ibm_resource_group.rg`), an app reached
 * through a local (`ibm_code_engine_app.soe`); a PII agent and an unrelated instance.
 */
function document(dataClasses: unknown) {
  return {
    "//": { metadata: { stackName: "s" } },
    locals: { soe: "${ibm_code_engine_app.soe.endpoint}" },
    data: { ibm_resource_group: { rg: { name: "default" } } },
    resource: {
      terraform_data: {
        agent: {
          input: {
            manifestSchema: MANIFEST_SCHEMA,
            name: "Claims line",
            dataClasses,
            eventForwarding: { cloudantInstance: "ibm_cloudant.store" },
            conversation: { location1: { url: "https://${local.soe}/soe" } },
          },
        },
        other: {
          input: { manifestSchema: MANIFEST_SCHEMA, name: "Info line", dataClasses: ["PII"] },
        },
      },
      ibm_cloudant: {
        store: { name: "store", resource_group_id: "${data.ibm_resource_group.rg.id}" },
        unrelated: { name: "unrelated" },
      },
      ibm_cloudant_database: { db: { instance_crn: "${ibm_cloudant.store.crn}", db: "cdr" } },
      ibm_code_engine_app: { soe: { name: "soe" } },
    },
  };
}

function levels(json: Record<string, unknown>, rule: Rule): Record<string, string> {
  const report = VoiceAgentGuard.check(json, onlyRules([rule], "s"));
  return Object.fromEntries(ruleFindings(report.findings).map((f) => [f.address, f.level]));
}

describe("fail closed, for the class of subjects and rules", () => {
  const serving = {
    "terraform_data.agent": "error",
    "ibm_cloudant.store": "error",
    "ibm_cloudant_database.db": "error",
    "data.ibm_resource_group.rg": "error",
    "ibm_code_engine_app.soe": "error",
  };
  const notServing = { "terraform_data.other": "warning", "ibm_cloudant.unrelated": "warning" };

  test.each([
    ["PHI", ["PHI"]],
    ["PCI", ["PCI", "PII"]],
    ["an expression", "${var.classes}"],
    ["a list holding an expression", ["PII", "${var.more}"]],
  ])("blocks on the agent and everything serving it when its data classes are %s", (_, classes) => {
    expect(levels(document(classes), undecidedRule())).toEqual({ ...serving, ...notServing });
  });

  test("warns everywhere for an agent handling PII only", () => {
    const all = Object.fromEntries(
      Object.keys({ ...serving, ...notServing }).map((a) => [a, "warning"]),
    );
    expect(levels(document(["PII"]), undecidedRule())).toEqual(all);
  });

  test("follows the rule's metadata: warning rules warn, unless they are errors for PHI and PCI", () => {
    const warning = undecidedRule({ severity: Severity.WARNING });
    expect(new Set(Object.values(levels(document(["PHI"]), warning)))).toEqual(
      new Set(["warning"]),
    );
    const escalating = undecidedRule({
      severity: Severity.WARNING,
      sensitiveDataSeverity: Severity.ERROR,
    });
    expect(levels(document(["PHI"]), escalating)).toEqual({ ...serving, ...notServing });
  });

  test("says when the rule cannot be acknowledged, and an acknowledgement is refused", () => {
    const strict = undecidedRule({ acknowledgeable: false });
    const report = VoiceAgentGuard.check(document(["PHI"]), {
      ...onlyRules([strict], "s"),
      acknowledgements: [
        ...onlyRules([], "s").acknowledgements,
        { ruleId: "VAW-TEST-1", constructPath: "s", reason: reasonFor("VAW-TEST-1") },
      ],
    });
    const agent = report.findings.find((f) => f.address === "terraform_data.agent");
    expect(agent?.message).toContain("VAW-TEST-1 cannot be acknowledged");
    expect(agent?.blocking).toBe(true);
    expect(report.acknowledgements.find((a) => a.ruleId === "VAW-TEST-1")?.status).toBe("rejected");
  });
});

describe("rule metadata for failing closed", () => {
  test("every rule that raises its severity for PHI or PCI in its check declares sensitiveDataSeverity", () => {
    const dir = path.join(__dirname, "..", "..", "lib", "rules");
    const escalating = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .filter((src) => /severityFor\(|\?\s*Severity\.ERROR\s*:/.test(src))
      .map((src) => /\bid: [^\n]*?"(VAW-[A-Z0-9]+-\d+)"/.exec(src)?.[1]);
    expect(escalating.length).toBeGreaterThan(0);
    for (const id of escalating) {
      const rule = ALL_RULES.find((r) => r.id === id);
      expect([id, rule?.severity === Severity.ERROR || rule?.sensitiveDataSeverity]).toEqual([
        id,
        rule?.severity === Severity.ERROR ? true : Severity.ERROR,
      ]);
      expect(rule && failsClosed(rule)).toBe(true);
    }
  });
});
