import { TerraformResource } from "cdktf";
import { TerraformDataRecord } from "../core";
import { Construct } from "constructs";
import { IServiceCredential, registerSkillModel } from "../contracts";
import { ensureGuard } from "../guard";
import { AgentManifest } from "../contracts";
import { renderAgentManifest } from "./render-agent-manifest";
import { phoneNumberStrings, validateVoiceAgentProps } from "./validate-voice-agent-props";
import { VOICE_AGENT_DEFAULTS as D } from "./voice-agent-defaults";
import { AgentType } from "./voice-agent-enums";
import { VoiceAgentProps } from "./voice-agent-props";

/**
 * One Voice Agent with Watson agent, modelled on the dashboard's agent form.
 *
 * IBM offers no API for agents, so the agent is not deployed by Terraform:
 * its whole configuration is rendered as a reviewable manifest (the `input`
 * of the `terraform_data` child `Manifest`, IBM's field names, secrets only
 * as references), which the guard checks and an operator enters in the
 * dashboard. What Terraform can create, it creates: the agent's dedicated
 * credentials on its instance (SIP authentication: Reader by default; SMS
 * webhook: Writer), each separate from any other use.
 *
 * Every documented limit is checked at construction, with one error listing
 * every problem.
 */
export class VoiceAgent extends Construct {
  /** The agent's manifest (values Terraform resolves at apply time appear as tokens). */
  public readonly manifest: AgentManifest;
  /** The `terraform_data` resource carrying the manifest. */
  public readonly manifestResource: TerraformResource;
  /** The agent's name. */
  public readonly agentName: string;
  /** The agent type. */
  public readonly agentType: AgentType;
  /** The dedicated SIP authentication credential, when SIP authentication is on. */
  public readonly sipAuthenticationCredential?: IServiceCredential;
  /** The dedicated SMS webhook credential (SMS and Voice + SMS agents). */
  public readonly smsWebhookCredential?: IServiceCredential;

  constructor(scope: Construct, id: string, props: VoiceAgentProps) {
    super(scope, id);
    ensureGuard(this);
    validateVoiceAgentProps(this, props);
    if (props.assistant.skill) registerSkillModel(props.assistant.skill.model);
    const service = props.service;
    this.agentName = props.name;
    this.agentType = props.agentType ?? D.agentType;
    service.registerAgent({
      constructPath: this.node.path,
      name: props.name,
      phoneNumbers: phoneNumberStrings(props.phoneNumbers),
    });
    const voice = this.agentType !== AgentType.SMS;
    if (voice && (props.sipAuthentication?.enabled ?? D.sipAuthenticationEnabled)) {
      this.sipAuthenticationCredential = service.addCredential(
        this,
        "SipAuthenticationCredential",
        {
          name: `${props.name}-sip-authentication`,
          role: props.sipAuthentication?.role ?? D.sipAuthenticationRole,
          provider: props.provider,
        },
      );
    }
    if (this.agentType !== AgentType.VOICE) {
      this.smsWebhookCredential = service.addCredential(this, "SmsWebhookCredential", {
        name: `${props.name}-sms-webhook`,
        role: D.smsWebhookRole,
        provider: props.provider,
      });
    }
    this.manifest = renderAgentManifest(props, {
      constructPath: this.node.path,
      region: (props.region ?? service.region) as string,
      sipAuthenticationCredential: this.sipAuthenticationCredential,
      smsWebhookCredential: this.smsWebhookCredential,
    });
    this.manifestResource = new TerraformDataRecord(this, "Manifest", {
      input: this.manifest as unknown as Record<string, unknown>,
    });
  }
}
