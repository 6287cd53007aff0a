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
      "enable_cors must be false, got undefined (absent means the service default, true)",
    );
  });

  test("is an error for the instance receiving events from an agent handling PHI or PCI", () => {
    const { stack } = appAndStack();
    const c = corsCloudant(stack, "events", true);
    agentManifest(stack, "agent", {
      cloudant: c,
      key: writerKey(stack, "key", c),
      dataClasses: ["PII", "PCI"],
    });
    const [f] = findings(stack, "VAW-CLOUDANT-2");
    expect(f).toMatchObject({ level: "error", blocking: true });
    expect(f.message).toContain("receives events from an agent handling PHI or PCI");
  });

  test("stays a warning when the forwarding agent handles only PII", () => {
    const { stack } = appAndStack();
    const c = corsCloudant(stack, "events", true);
    agentManifest(stack, "agent", { cloudant: c, dataClasses: ["PII"] });
    expect(findings(stack, "VAW-CLOUDANT-2")[0].level).toBe("warning");
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
