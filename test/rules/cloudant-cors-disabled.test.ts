import { TerraformVariable } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { VoiceAgentGuard } from "../../lib/guard";
import { cloudantCorsDisabled as rule } from "../../lib/rules/cloudant-cors-disabled";
import { RuleStatus } from "../../lib/rules/rule";
import {
  agentManifest,
  appAndStack,
  findings,
  secureCloudant,
  statuses,
  writerKey,
} from "./resource-rule-kit";

const corsCloudant = (stack: any, id = "events", enableCors?: any) =>
  new Cloudant(stack, id, {
    name: id,
    location: "us-south",
    plan: "standard",
    legacyCredentials: false,
    enableCors,
  });

describe("VAW-CLOUDANT-2 cloudant instances have CORS disabled", () => {
  test("passes a cloudant with enable_cors = false", () => {
    const { stack } = appAndStack();
    secureCloudant(stack);
    expect(statuses(rule, stack)).toEqual({ "guarded/events#enable_cors": RuleStatus.COMPLIANT });
  });

  test("warns about a cloudant that leaves enable_cors out (the default is true)", () => {
    const { stack } = appAndStack();
    corsCloudant(stack);
    const [f] = findings(stack, "VAW-CLOUDANT-2");
    expect(f).toMatchObject({ level: "warning", blocking: false, attributePath: "enable_cors" });
    expect(f.message).toBe(
      "enable_cors must be false, got undefined (absent means the provider default, true)",
    );
  });

  test("is an error for the instance receiving agents' events, whatever their data classes", () => {
    for (const dataClasses of [["PII", "PCI"], ["PII"]]) {
      const { stack } = appAndStack();
      const c = corsCloudant(stack, "events", true);
      agentManifest(stack, "agent", { cloudant: c, key: writerKey(stack, "key", c), dataClasses });
      const [f] = findings(stack, "VAW-CLOUDANT-2");
      expect(f).toMatchObject({ level: "error", blocking: true, constructPath: "guarded/events" });
      expect(f.message).toContain('the instance receives call events of "Claims line"');
    }
  });

  test("stays a warning on a cloudant that receives no agent's events", () => {
    const { stack } = appAndStack();
    const events = secureCloudant(stack);
    corsCloudant(stack, "reports", true);
    agentManifest(stack, "agent", { cloudant: events });
    expect(findings(stack, "VAW-CLOUDANT-2")).toEqual([
      expect.objectContaining({ level: "warning", constructPath: "guarded/reports" }),
    ]);
  });

  test("judges enable_cors held in a variable by its literal default, and says so", () => {
    const { stack } = appAndStack();
    const v = new TerraformVariable(stack, "cors", { type: "bool", default: true });
    const c = corsCloudant(stack, "events", v.booleanValue);
    agentManifest(stack, "agent", { cloudant: c });
    const [f] = findings(stack, "VAW-CLOUDANT-2");
    expect(f).toMatchObject({ level: "error", status: "non-compliant" });
    expect(f.message).toContain("judged by the default of var.cors");
  });

  test("cannot verify enable_cors given by a variable", () => {
    const { stack } = appAndStack();
    corsCloudant(
      stack,
      "events",
      new TerraformVariable(stack, "cors", { type: "bool" }).booleanValue,
    );
    expect(statuses(rule, stack)["guarded/events#enable_cors"]).toBe(RuleStatus.CANNOT_VERIFY);
  });

  test("an acknowledgement on the stack accepts the error of a PHI event sink", () => {
    const { stack } = appAndStack();
    const c = corsCloudant(stack, "events", true);
    agentManifest(stack, "agent", { cloudant: c, dataClasses: ["PHI"] });
    VoiceAgentGuard.acknowledge(stack, {
      ruleId: "VAW-CLOUDANT-2",
      reason: "browser dashboard reads events, origins pinned by security",
      expires: "2999-12-31",
    });
    expect(findings(stack, "VAW-CLOUDANT-2")[0]).toMatchObject({
      level: "error",
      blocking: false,
      acknowledgement: { constructPath: "guarded", expires: "2999-12-31" },
    });
  });

  test("an addOverride that turns CORS back on is found", () => {
    const { stack } = appAndStack();
    secureCloudant(stack).addOverride("enable_cors", true);
    expect(statuses(rule, stack)["guarded/events#enable_cors"]).toBe(RuleStatus.NON_COMPLIANT);
  });
});
