/** Builders for the Twilio trunk tests: a stack with a Twilio provider configured from sensitive variables. */
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import { Secret, TwilioSipTrunk, TwilioSipTrunkProps } from "../../lib";

/** A phone number SID. */
export const PN = "PN0123456789abcdef0123456789abcdef";

/** A Secret from a new sensitive variable. */
export function secretVar(scope: Construct, name: string): Secret {
  return Secret.fromVariable(
    new TerraformVariable(scope, name, { type: "string", sensitive: true }),
  );
}

/** A stack with the default Twilio provider. */
export function twilioStack(id = "test"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new TwilioProvider(stack, "twilio", {
    username: secretVar(stack, "twilio_account_sid").value,
    password: secretVar(stack, "twilio_auth_token").value,
  });
  return stack;
}

/** A trunk in us-south with a termination credential, a domain name and a phone number. */
export function twilioTrunk(
  stack: TerraformStack,
  props: Partial<TwilioSipTrunkProps> = {},
  id = "trunk",
): TwilioSipTrunk {
  return new TwilioSipTrunk(stack, id, {
    region: "us-south",
    domainName: "claims.pstn.twilio.com",
    phoneNumberSids: [PN],
    terminationCredentials: [{ username: "voice-agent", password: secretVar(stack, "sip_pw") }],
    ...props,
  });
}

/** The resources of one type in a synthesized stack, without cdktf metadata, by construct path. */
export function resourcesOf(stack: TerraformStack, type: string): Record<string, any> {
  Testing.synth(stack);
  const json = JSON.parse(JSON.stringify(stack.toTerraform()));
  const out: Record<string, any> = {};
  for (const body of Object.values<any>(json.resource?.[type] ?? {})) {
    const { ["//"]: meta, ...rest } = body;
    out[meta.metadata.path] = rest;
  }
  return out;
}
