import { noCredentialsInSkill as rule } from "../../../lib/rules/skill/no-credentials-in-skill";
import { facts, issues, POSITIONS, Response, userDefined } from "./skill-kit";

const command = (command: string, parameters: Record<string, unknown>): Response => ({
  output: { generic: [userDefined({ vgwAction: { command, parameters } })] },
});

const CASES: readonly { when: string; insecure: Response; fixed: Response; says: string }[] = [
  {
    when: "vgwActSetConversationConfig carries a password",
    insecure: command("vgwActSetConversationConfig", {
      url: "https://api.us-south.assistant.watson.cloud.ibm.com",
      workspaceID: "ws-2",
      username: "apikey",
      password: "q1w2e3r4t5",
    }),
    fixed: command("vgwActSetConversationConfig", {
      url: "https://api.us-south.assistant.watson.cloud.ibm.com",
      workspaceID: "ws-2",
    }),
    says: "vgwActSetConversationConfig password",
  },
  {
    when: "vgwActSetSTTConfig carries Google thirdPartyCredentials",
    insecure: command("vgwActSetSTTConfig", {
      config: { model: "en-US_NarrowbandModel" },
      thirdPartyCredentials: {
        type: "service_account",
        private_key: "-----BEGIN PRIVATE KEY-----",
      },
    }),
    fixed: command("vgwActSetSTTConfig", { config: { model: "en-US_NarrowbandModel" } }),
    says: "vgwActSetSTTConfig thirdPartyCredentials",
  },
  {
    when: "vgwActSetTTSConfig carries an API key in its credentials",
    insecure: command("vgwActSetTTSConfig", {
      credentials: { url: "https://tts-adapter", apikey: "0123456789abcdef" },
    }),
    fixed: command("vgwActSetTTSConfig", { credentials: { url: "https://tts-adapter" } }),
    says: "vgwActSetTTSConfig credentials.apikey",
  },
  {
    when: "a service URL carries a user and password",
    insecure: command("vgwActSetConversationConfig", {
      url: "https://apikey:abc123@soe.example.com",
    }),
    fixed: command("vgwActSetConversationConfig", { url: "https://soe.example.com" }),
    says: "url",
  },
];

describe("VAW-SKILL-1: the skill carries no credentials", () => {
  for (const p of POSITIONS)
    for (const c of CASES) {
      test(`flags ${p.name} when ${c.when}`, () => {
        const found = issues(rule, p.build(c.insecure));
        expect(found).toEqual([expect.objectContaining({ nodeId: p.nodeId })]);
        expect(found[0].detail).toContain(c.says);
        expect(found[0].detail).not.toMatch(/q1w2e3r4t5|PRIVATE KEY|0123456789abcdef|abc123/);
      });
      test(`passes ${p.name} when the credential is removed`, () => {
        expect(issues(rule, p.build(c.fixed))).toEqual([]);
      });
    }

  test("is not acknowledgeable while turn events are forwarded", () => {
    const skill = POSITIONS[0].build(CASES[0].insecure);
    expect(issues(rule, skill, facts(["PII"], { turnEventsForwarded: true }))).toEqual([
      expect.objectContaining({ acknowledgeable: false }),
    ]);
    expect(issues(rule, skill)[0].acknowledgeable).toBeUndefined();
  });

  test("a credential taken from a context variable is not written into the skill", () => {
    const skill = POSITIONS[0].build(
      command("vgwActSetConversationConfig", { password: "$wa_password" }),
    );
    expect(issues(rule, skill)).toEqual([]);
  });

  test("finds credentials placed in context (v1)", () => {
    const skill = POSITIONS[0].build({
      context: {
        vgwAction: {
          command: "vgwActSetConversationConfig",
          parameters: { password: "pw-literal" },
        },
      },
    });
    expect(issues(rule, skill)).toEqual([
      expect.objectContaining({ pointer: "/dialog_nodes/1/context/vgwAction/parameters/password" }),
    ]);
  });
});
