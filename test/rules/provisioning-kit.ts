/** Builders for the provisioning-rule tests: Twilio trunks, Code Engine SOEs and restricted Cloudant in a guarded stack. */
import { TerraformStack, TerraformVariable } from "cdktf";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import {
  CodeEngineServiceOrchestrationEngine,
  CodeEngineServiceOrchestrationEngineProps,
  ISipTrunk,
  Secret,
  ServiceOrchestrationEngine,
  TwilioSipTrunk,
  TwilioSipTrunkProps,
  VoiceAgent,
  VoiceAgentProps,
  WatsonAssistant,
} from "../../lib";
import { service, voiceAgentProps } from "../voice-agent/fixtures";
import { appAndStack } from "./resource-rule-kit";

export * from "./resource-rule-kit";

/** A reason long enough for an acknowledgement. */
export const REASON = "accepted by the security review board, ticket SEC-1234";

/** A Secret from a new sensitive variable. */
export function secretOf(stack: TerraformStack, name: string): Secret {
  return Secret.fromVariable(
    new TerraformVariable(stack, name, { type: "string", sensitive: true }),
  );
}

/** A guarded stack with IBM and Twilio providers (credentials from sensitive variables). */
export function provisioningStack(): ReturnType<typeof appAndStack> {
  const out = appAndStack();
  new TwilioProvider(out.stack, "twilio", {
    username: secretOf(out.stack, "twilio_sid").value,
    password: secretOf(out.stack, "twilio_token").value,
  });
  return out;
}

/** A signalling address of Twilio's in the tests (a documentation address). */
export const TWILIO_SIGNALLING = "198.51.100.20";

/** A secure Twilio trunk in us-south with a credential-protected termination. */
export function trunk(
  stack: TerraformStack,
  props: Partial<TwilioSipTrunkProps> = {},
  id = "trunk",
): TwilioSipTrunk {
  return new TwilioSipTrunk(stack, id, {
    region: "us-south",
    domainName: "claims.pstn.twilio.com",
    terminationCredentials: [{ username: "va", password: secretOf(stack, `${id}_pw`) }],
    allowedSourceAddresses: [TWILIO_SIGNALLING],
    ...props,
  });
}

/** An SOE on Code Engine forwarding to a new Watson Assistant. */
export function codeEngineSoe(
  stack: TerraformStack,
  props: Partial<CodeEngineServiceOrchestrationEngineProps> = {},
): CodeEngineServiceOrchestrationEngine {
  const assistant = new WatsonAssistant(stack, "assistant", {
    name: "claims-assistant",
    location: "us-south",
  });
  return ServiceOrchestrationEngine.onCodeEngine(stack, "soe", {
    name: "claims-soe",
    region: "us-south",
    image: `us.icr.io/claims/soe@sha256:${"b".repeat(64)}`,
    userName: "voice-agent",
    password: secretOf(stack, "soe_pw"),
    assistant: { service: assistant, workspaceId: "ws-1" },
    ...props,
  });
}

/** A voice agent on `sipTrunk` (and the given overrides), with shared Watson services. */
export function agentOn(
  stack: TerraformStack,
  sipTrunk: ISipTrunk,
  overrides: Partial<VoiceAgentProps> = {},
): VoiceAgent {
  // Twilio answers no digest challenge on originating calls: the protected setup restricts
  // callers to Twilio's signalling addresses with the instance's IP allow-list.
  const allowList =
    sipTrunk instanceof TwilioSipTrunk && overrides.service === undefined
      ? {
          service: service(stack, {
            ipAllowList: [{ ipNickname: "twilio", ipAddress: TWILIO_SIGNALLING }],
          }),
        }
      : {};
  return new VoiceAgent(
    stack,
    "agent",
    voiceAgentProps(stack, { sipTrunk, ...allowList, ...overrides }),
  );
}
