/**
 * End-to-end cases of the skill rules (VAW-TTS-1, VAW-XFER-3, VAW-MMS-1,
 * VAW-SKILL-1, VAW-SKILL-2): a VoiceAgent given an AssistantSkill whose one
 * node is insecure, and the same skill fixed.
 */
import { AssistantSkill, DataClass } from "../../lib";
import { agentStack, AgentStackOptions } from "./e2e-kit";
import { RuleCase } from "./rule-case";

const AGENT = "agent/Manifest";

/** A v1 dialog skill with a welcome node and `output` as its second node. */
export function dialogSkill(output: Record<string, unknown>, name = "Billing dialog"): unknown {
  return {
    name,
    language: "en",
    intents: [],
    entities: [],
    dialog_nodes: [
      { dialog_node: "welcome", conditions: "welcome", output: { text: "Welcome to billing." } },
      { dialog_node: "node_2", conditions: "#help", output },
    ],
  };
}

/** Agent options that give the baseline agent this skill (and more agent props). */
export function withSkill(
  json: unknown,
  more: AgentStackOptions = {},
  agentProps: Record<string, unknown> = {},
): AgentStackOptions {
  return {
    ...more,
    agent: ({ wa }) => ({
      assistant: {
        location1: { service: wa, workspaceId: "ws-1" },
        skill: AssistantSkill.fromObject(json),
      },
      ...agentProps,
    }),
  };
}

const EXCLUDE = { command: "vgwActExcludeFromTTSCache" };
const BALANCE = "Your balance is $balance.";

export const SKILL_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-TTS-1",
    when: "a dialog node speaks $balance without vgwActExcludeFromTTSCache (PII agent)",
    fixedWhen: "the node carries vgwActExcludeFromTTSCache",
    level: "warning",
    at: AGENT,
    insecure: (stack) => void agentStack(stack, withSkill(dialogSkill({ text: BALANCE }))),
    fixed: (stack) =>
      void agentStack(stack, withSkill(dialogSkill({ text: BALANCE, vgwAction: EXCLUDE }))),
  },
  {
    ruleId: "VAW-TTS-1",
    when: "a dialog node speaks $diagnosis without vgwActExcludeFromTTSCache (PHI agent)",
    fixedWhen: "the PHI agent's node carries vgwActExcludeFromTTSCache",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      void agentStack(
        stack,
        withSkill(dialogSkill({ text: "It says $diagnosis." }), {
          dataClasses: [DataClass.PII, DataClass.PHI],
        }),
      ),
    fixed: (stack) =>
      void agentStack(
        stack,
        withSkill(dialogSkill({ text: "It says $diagnosis.", vgwAction: EXCLUDE }), {
          dataClasses: [DataClass.PII, DataClass.PHI],
        }),
      ),
  },
  {
    ruleId: "VAW-XFER-3",
    when: "the skill transfers to a number taken from context",
    fixedWhen: "the skill transfers to a declared business number",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            vgwAction: {
              command: "vgwActTransfer",
              parameters: { transferTarget: "tel:$callback" },
            },
          }),
        ),
      ),
    fixed: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            vgwAction: {
              command: "vgwActTransfer",
              parameters: { transferTarget: "tel:+18883334444" },
            },
          }),
          {},
          { callTransfer: { allowedTargets: ["tel:+18883334444"] } },
        ),
      ),
  },
  {
    ruleId: "VAW-MMS-1",
    when: "the skill sends MMS media over http:",
    fixedWhen: "the media URL is a fixed https URL",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            vgwAction: {
              command: "vgwActSendSMS",
              parameters: { message: "Map", mediaURL: "http://cdn.example.com/map.png" },
            },
          }),
        ),
      ),
    fixed: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            vgwAction: {
              command: "vgwActSendSMS",
              parameters: { message: "Map", mediaURL: "https://cdn.example.com/map.png" },
            },
          }),
        ),
      ),
  },
  {
    ruleId: "VAW-SKILL-1",
    when: "the skill carries a Watson Assistant password",
    fixedWhen: "the skill carries no credential",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            vgwAction: {
              command: "vgwActSetConversationConfig",
              parameters: { workspaceID: "ws-2", username: "apikey", password: "hunter2-literal" },
            },
          }),
        ),
      ),
    fixed: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            vgwAction: {
              command: "vgwActSetConversationConfig",
              parameters: { workspaceID: "ws-2" },
            },
          }),
        ),
      ),
  },
  {
    ruleId: "VAW-SKILL-2",
    when: "the skill misspells vgwActCollectDTMF as vgwActCollectDtmf",
    fixedWhen: "the command is spelled vgwActCollectDTMF",
    level: "warning",
    at: AGENT,
    insecure: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            text: "Enter your zip code.",
            vgwAction: { command: "vgwActCollectDtmf", parameters: { dtmfCount: 5 } },
          }),
        ),
      ),
    fixed: (stack) =>
      void agentStack(
        stack,
        withSkill(
          dialogSkill({
            text: "Enter your zip code.",
            vgwAction: { command: "vgwActCollectDTMF", parameters: { dtmfCount: 5 } },
          }),
        ),
      ),
  },
];
