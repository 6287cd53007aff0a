import { App, TerraformStack, TerraformVariable } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { VoiceAgent, VoiceAgentGuard, VoiceAgentPlan, VoiceAgentService } from "../../lib";
import { tempOutdir } from "../guard/guard-kit";
import { errorOf, VA_CRN, voiceAgentProps } from "./fixtures";

// The limits of a Voice Agent instance hold for the instance, not for the
// handle: every handle of the app that is decidably the same instance shares
// one registry of agents; pairs that cannot be decided are reported.

const OTHER_CRN =
  "crn:v1:bluemix:public:voiceagent:us-south:a/0123456789abcdef0123456789abcdef:99999999-2222-3333-4444-555555555555::";

function guardedStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new IbmProvider(stack, "ibm", { region: "us-south" });
  VoiceAgentGuard.apply(stack, { printWarnings: false });
  return stack;
}

const agent = (
  stack: TerraformStack,
  id: string,
  service: ReturnType<typeof VoiceAgentService.fromCrn>,
  phone: string,
) =>
  new VoiceAgent(stack, id, voiceAgentProps(stack, { service, name: id, phoneNumbers: [phone] }));

describe("identity is the instance, not the handle", () => {
  test("two fromCrn handles on one CRN cannot give one number to two agents", () => {
    const app = new App({ outdir: tempOutdir() });
    const stack = guardedStack(app, "calls");
    const a = VoiceAgentService.fromCrn(stack, "va_a", VA_CRN);
    const b = VoiceAgentService.fromCrn(stack, "va_b", VA_CRN);
    agent(stack, "billing", a, "+1 888 333 4444");
    const e = errorOf(() => agent(stack, "claims", b, "+18883334444"));
    expect(e.message).toContain(
      "VoiceAgent at calls/claims: phoneNumbers[0] is already assigned to the agent at calls/billing (added through the handle at calls/va_a, the same instance)",
    );
  });

  test("the fixed twin, another number, synthesizes", () => {
    const app = new App({ outdir: tempOutdir() });
    const stack = guardedStack(app, "calls");
    agent(stack, "billing", VoiceAgentService.fromCrn(stack, "va_a", VA_CRN), "+1 888 333 4444");
    agent(stack, "claims", VoiceAgentService.fromCrn(stack, "va_b", VA_CRN), "+1 888 333 5555");
    expect(() => app.synth()).not.toThrow();
  });

  test("handles in different stacks of one app share the instance's numbers and names", () => {
    const app = new App({ outdir: tempOutdir() });
    const one = guardedStack(app, "one");
    const two = guardedStack(app, "two");
    agent(one, "billing", VoiceAgentService.fromCrn(one, "va", VA_CRN), "+1 888 333 4444");
    const e = errorOf(
      () =>
        new VoiceAgent(
          two,
          "billing",
          voiceAgentProps(two, {
            service: VoiceAgentService.fromCrn(two, "va", VA_CRN),
            name: "billing",
            phoneNumbers: ["+1 888 333 4444"],
          }),
        ),
    );
    expect(e.message).toContain(
      "name is already used by the agent at one/billing (added through the handle at one/va",
    );
    expect(e.message).toContain("phoneNumbers[0] is already assigned to the agent at one/billing");
    // a different instance may use the same number
    agent(two, "other", VoiceAgentService.fromCrn(two, "va_other", OTHER_CRN), "+1 888 333 4444");
  });

  test("fromName and a fromCrn of its CRN are one instance, as are two fromName lookups of one name", () => {
    const app = new App({ outdir: tempOutdir() });
    const one = guardedStack(app, "one");
    const byName = VoiceAgentService.fromName(one, "va", {
      name: "contact-centre",
      resourceGroupId: "0123456789abcdef0123456789abcdef",
      location: "us-south",
      plan: VoiceAgentPlan.STANDARD,
    });
    agent(one, "billing", byName, "+1 888 333 4444");
    const byCrn = VoiceAgentService.fromCrn(one, "va_crn", byName.instanceCrn, {
      region: "us-south",
    });
    expect(errorOf(() => agent(one, "claims", byCrn, "+1 888 333 4444")).message).toContain(
      "(added through the handle at one/va, the same instance)",
    );
    const two = guardedStack(app, "two");
    const again = VoiceAgentService.fromName(two, "va", {
      name: "contact-centre",
      resourceGroupId: "0123456789abcdef0123456789abcdef",
      location: "us-south",
    });
    expect(errorOf(() => agent(two, "billing_two", again, "+1 888 333 4444")).message).toContain(
      "is already assigned to the agent at one/billing",
    );
  });

  test("the 150 agents of an instance are counted across its handles", () => {
    const app = new App({ outdir: tempOutdir() });
    const stack = guardedStack(app, "calls");
    const a = VoiceAgentService.fromCrn(stack, "va_a", VA_CRN);
    const b = VoiceAgentService.fromCrn(stack, "va_b", VA_CRN);
    for (let i = 0; i < 150; i++)
      agent(stack, `agent${i}`, i % 2 === 0 ? a : b, `+1 888 555 ${String(1000 + i)}`);
    const e = errorOf(() => agent(stack, "one_more", b, "+1 888 555 9999"));
    expect(e.message).toContain(
      "service already has 150 agents, the most an instance can hold (counted across the handles calls/va_a, calls/va_b)",
    );
  });

  test("handles whose sameness cannot be decided are reported where their agents would conflict", () => {
    const app = new App({ outdir: tempOutdir() });
    const stack = guardedStack(app, "calls");
    const crnA = new TerraformVariable(stack, "crn_a", { type: "string" }).stringValue;
    const crnB = new TerraformVariable(stack, "crn_b", { type: "string" }).stringValue;
    const a = VoiceAgentService.fromCrn(stack, "va_a", crnA, { region: "us-south" });
    const b = VoiceAgentService.fromCrn(stack, "va_b", crnB, { region: "us-south" });
    agent(stack, "billing", a, "+1 888 333 4444");
    agent(stack, "claims", b, "+1 888 333 4444");
    const findings = VoiceAgentGuard.evaluate(stack).findings.filter(
      (f) => f.ruleId === "VAW-INST-1",
    );
    expect(findings).toEqual([
      expect.objectContaining({
        status: "cannot-verify",
        level: "warning",
        constructPath: "calls/va_b/Settings",
        attributePath: "input.identityUndecided",
      }),
    ]);
    expect(findings[0].message).toContain(
      'whether this instance and the one at calls/va_a are the same cannot be decided (a crn is an unresolved expression); if they are: phone number "+1 888 333 4444" on calls/billing and calls/claims',
    );
    expect(() => app.synth()).not.toThrow();
  });

  test("undecidable handles whose agents would not conflict, and different regions, raise nothing", () => {
    const app = new App({ outdir: tempOutdir() });
    const stack = guardedStack(app, "calls");
    const crn = new TerraformVariable(stack, "crn", { type: "string" }).stringValue;
    agent(
      stack,
      "billing",
      VoiceAgentService.fromCrn(stack, "va_a", crn, { region: "us-south" }),
      "+1 888 333 4444",
    );
    agent(stack, "claims", VoiceAgentService.fromCrn(stack, "va_b", VA_CRN), "+1 888 333 5555");
    const east = VA_CRN.replace("us-south", "us-east");
    agent(stack, "east", VoiceAgentService.fromCrn(stack, "va_east", east), "+1 888 333 4444");
    expect(
      VoiceAgentGuard.evaluate(stack).findings.filter((f) => f.ruleId === "VAW-INST-1"),
    ).toEqual([]);
  });

  test("a new instance and a fromCrn of its CRN are one instance", () => {
    const app = new App({ outdir: tempOutdir() });
    const stack = guardedStack(app, "calls");
    const created = new VoiceAgentService(stack, "va", {
      catalogServiceName: "voiceagent",
      plan: VoiceAgentPlan.STANDARD,
      name: "contact-centre",
      location: "us-south",
    });
    agent(stack, "billing", created, "+1 888 333 4444");
    const again = VoiceAgentService.fromCrn(stack, "va_again", created.instanceCrn, {
      region: "us-south",
    });
    expect(errorOf(() => agent(stack, "claims", again, "+1 888 333 4444")).message).toContain(
      "(added through the handle at calls/va, the same instance)",
    );
  });

  test("an override that gives an agent another agent's number fails app.synth with VAW-INST-1 at the agent", () => {
    const app = new App({ outdir: tempOutdir() });
    const stack = guardedStack(app, "calls");
    const va = VoiceAgentService.fromCrn(stack, "va", VA_CRN);
    agent(stack, "billing", va, "+1 888 333 4444");
    const claims = agent(stack, "claims", va, "+1 888 333 5555");
    claims.manifestResource.addOverride("input.phoneNumbers", [{ number: "+1 888 333 4444" }]);
    expect(() => app.synth()).toThrow(
      /VAW-INST-1 terraform_data at calls\/claims\/Manifest: phone number "\+1 888 333 4444" is also assigned to the agent at calls\/billing/,
    );
  });
});
