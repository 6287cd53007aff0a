import { callAudioUsesSrtp } from "./call-audio-uses-srtp";
import { callerUrisKeptFromEventStores } from "./caller-uris-kept-from-event-stores";
import { callersAuthenticatedBySipDigest } from "./callers-authenticated-by-sip-digest";
import { eventsWrittenWithIamApiKey } from "./events-written-with-iam-api-key";
import { locationsInDifferentRegions } from "./locations-in-different-regions";
import { manifestSecretsAreSensitiveReferences } from "./manifest-secrets-are-sensitive-references";
import { outboundSecureTrunkingMatchesTrunk } from "./outbound-secure-trunking-matches-trunk";
import { outboundStatusWebhookUsesHttps } from "./outbound-status-webhook-uses-https";
import { outboundTerminationAuthenticated } from "./outbound-termination-authenticated";
import { pciEventsNotForwarded } from "./pci-events-not-forwarded";
import { phiCloudantRestrictedByCbr } from "./phi-cloudant-restricted-by-cbr";
import { phiEventsInProductionCloudant } from "./phi-events-in-production-cloudant";
import { Rule } from "./rule";
import { serviceUrlsUseHttps } from "./service-urls-use-https";
import { sipAuthCredentialDedicated } from "./sip-auth-credential-dedicated";
import { sipDigestOverTls } from "./sip-digest-over-tls";
import { sipDigestWithCapableTrunk } from "./sip-digest-with-capable-trunk";
import { sipSignalingUsesTls } from "./sip-signaling-uses-tls";
import { smsUrlsUseHttps } from "./sms-urls-use-https";
import { smsWebhookCredentialWriter } from "./sms-webhook-credential-writer";
import { soeRequiresAuthentication } from "./soe-requires-authentication";
import { soeUsesHttps } from "./soe-uses-https";
import { srtpRequiresTlsSignaling } from "./srtp-requires-tls-signaling";
import { transferKeepsTls } from "./transfer-keeps-tls";
import { transferTargetsAreBusinessNumbers } from "./transfer-targets-are-business-numbers";
import { transferTargetsOnOwnTrunk } from "./transfer-targets-on-own-trunk";
import { watsonPlansKeepNoRequestData } from "./watson-plans-keep-no-request-data";
import { instanceLimitsHoldAcrossHandles } from "./instance-limits-hold-across-handles";

/** Rules that check agent manifests (and the resources they reference), in id order. */
export const AGENT_RULES: readonly Rule[] = [
  srtpRequiresTlsSignaling,
  sipSignalingUsesTls,
  callAudioUsesSrtp,
  callersAuthenticatedBySipDigest,
  sipDigestOverTls,
  sipDigestWithCapableTrunk,
  soeUsesHttps,
  soeRequiresAuthentication,
  eventsWrittenWithIamApiKey,
  pciEventsNotForwarded,
  phiEventsInProductionCloudant,
  phiCloudantRestrictedByCbr,
  transferTargetsOnOwnTrunk,
  transferKeepsTls,
  transferTargetsAreBusinessNumbers,
  smsUrlsUseHttps,
  sipAuthCredentialDedicated,
  smsWebhookCredentialWriter,
  manifestSecretsAreSensitiveReferences,
  outboundSecureTrunkingMatchesTrunk,
  outboundTerminationAuthenticated,
  outboundStatusWebhookUsesHttps,
  locationsInDifferentRegions,
  watsonPlansKeepNoRequestData,
  callerUrisKeptFromEventStores,
  serviceUrlsUseHttps,
  instanceLimitsHoldAcrossHandles,
];
