/**
 * Secure-by-default CDK for Terraform constructs for IBM Voice Agent with Watson
 * (the instance, its agents, SIP trunks, Cloudant event forwarding, service
 * orchestration engines, Watson services) and `VoiceAgentGuard`, the synth-time
 * guard that refuses insecure combinations. Jest matchers are in
 * `cdktf-ibm-voice-agent/testing`; the generated IBM and Twilio provider
 * bindings in `cdktf-ibm-voice-agent/providers/ibm/<resource>` and
 * `cdktf-ibm-voice-agent/providers/twilio/<resource>`.
 *
 * @packageDocumentation
 */

// The public API: every name exported here, nothing else. Each name is a
// decision: the API report (etc/cdktf-ibm-voice-agent.api.md) records it and
// `npm test` fails when this list changes without the report (CONTRIBUTING.md,
// "The API report"). Internals stay in their folders; test/public-api.test.ts
// counts the names (at most 150).

// Errors a caller can catch and inspect.
export { VoiceAgentGuardError, VoiceAgentPropsError, isVoiceAgentError } from "./core";
export type { GuardFailureFinding, GuardFailureSummary, PropProblem } from "./core";

// Secrets.
export { Secret, SecretSource } from "./secrets";
export type { SecretReference, SecretsManagerSecretOptions } from "./secrets";

// The contracts between components, and the rendered document rules read.
export {
  EventType,
  MANIFEST_SCHEMA,
  ServiceRole,
  TerraformDocument,
  VoiceAgentRegion,
} from "./contracts";
export type {
  AgentManifest,
  AgentManifestFormat,
  IEventStore,
  IServiceCredential,
  IWatsonService,
  RenderedResource,
  WatsonServiceKind,
} from "./contracts";

// Credentials.
export { ServiceCredential } from "./credentials";
export type { ServiceCredentialProps } from "./credentials";

// Watson services.
export {
  ExistingWatsonService,
  SpeechToText,
  TextToSpeech,
  WatsonAssistant,
  WatsonService,
} from "./watson";
export type {
  ExistingWatsonServiceAttributes,
  SpeechToTextProps,
  TextToSpeechProps,
  WatsonAssistantProps,
  WatsonServiceProps,
  WatsonServiceSpec,
} from "./watson";

// Event forwarding to Cloudant, and its network restriction.
export {
  CbrAddressType,
  CbrEnforcementMode,
  CloudantEventStore,
  CloudantEventTarget,
  ExistingCloudantEventTarget,
  NetworkRestriction,
  VOICE_AGENT_EGRESS_CANDIDATES,
} from "./event-forwarding";
export type {
  CbrAddress,
  CloudantEventTargetProps,
  EventDatabase,
  ExistingCloudantEventTargetAttributes,
  ExistingCloudantEventTargetProps,
  NetworkRestrictionOptions,
  NetworkRestrictionProps,
} from "./event-forwarding";

// Service orchestration engines.
export {
  CodeEngineServiceAccount,
  CodeEngineServiceOrchestrationEngine,
  ServiceOrchestrationEngine,
} from "./orchestration";
export type {
  CodeEngineImageRegistry,
  CodeEngineServiceOrchestrationEngineProps,
  CodeEngineSoeAssistant,
  CodeEngineSoeEnvironmentNames,
  CodeEngineSoeSecrets,
  IServiceOrchestrationEngine,
  ServiceOrchestrationEngineProps,
} from "./orchestration";

// SIP trunks.
export {
  MediaProtocol,
  SipProviderKind,
  SipTransport,
  SipTrunk,
  TwilioSipTrunk,
  TwilioTransferCallerId,
  TwilioTransferMode,
} from "./sip-trunk";
export type {
  ISipTrunk,
  SipTrunkProps,
  TwilioSipCredential,
  TwilioSipTrunkProps,
} from "./sip-trunk";

// Voice Agent with Watson: the instance and its agents.
export {
  AgentType,
  DataClass,
  SpeechModelType,
  VoiceAgent,
  VoiceAgentPlan,
  VoiceAgentService,
  VoiceAgentServiceBase,
} from "./voice-agent";
export type {
  AdvancedConfig,
  AgentOutboundCallingConfig,
  AssistantConfig,
  AssistantLocation,
  CallTransferConfig,
  EventForwardingConfig,
  IVoiceAgentService,
  IpAllowListEntry,
  OutboundCallingOptions,
  PhoneNumber,
  SipAuthenticationConfig,
  SmsConfig,
  SpeechToTextConfig,
  TextToSpeechConfig,
  VoiceAgentCredentialOptions,
  VoiceAgentProps,
  VoiceAgentServiceFromCrnOptions,
  VoiceAgentServiceFromNameOptions,
  VoiceAgentServiceProps,
  VoiceAgentServiceSettings,
  WatsonLocation,
} from "./voice-agent";

// Watson Assistant skills, analysed by the skill rules.
export { AssistantSkill } from "./assistant-skill";
export type { AssistantSkillOptions } from "./assistant-skill";
export type { IAssistantSkill, SkillModelFormat } from "./contracts";

// The rules the guard runs (for `VoiceAgentGuardOptions.rules`).
export { ALL_RULES, RuleStatus, Severity } from "./rules";
export type { RenderedAgent, Rule, RuleContext, RuleOutcome, SkillLocation } from "./rules";

// The guard: options, acknowledgements, reports.
export {
  GUARD_POLICY_ENV,
  GUARD_POLICY_FILE,
  GUARD_REPORT_SCHEMA_VERSION,
  VoiceAgentGuard,
} from "./guard";
export type {
  Acknowledgement,
  AcknowledgementProps,
  AcknowledgementRef,
  AcknowledgementResult,
  AcknowledgementStatus,
  EffectiveGuardPolicy,
  FindingLevel,
  GuardConfiguration,
  GuardFinding,
  GuardOptions,
  GuardPolicy,
  GuardPolicyLookup,
  GuardReport,
  RuleRun,
  SkillFindingLocation,
  StackGuardOptions,
  VoiceAgentGuardCheckOptions,
  VoiceAgentGuardOptions,
} from "./guard";

// Offline validation against the vendored provider schemas.
export { InvalidSchemaError, SchemaValidator, formatSchemaProblems } from "./schema";
export type {
  SchemaProblem,
  SchemaProblemCode,
  SchemaValidationResult,
  SchemaValidatorOptions,
} from "./schema";
// The `terraform providers schema -json` format (`SchemaValidatorOptions.schemas`), as one namespace.
export type { ProviderSchemaFormat } from "./schema";
