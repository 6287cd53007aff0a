import { cbrRulesEnforced } from "./cbr-rules-enforced";
import { codeEngineAppsWithoutServiceAccount } from "./code-engine-apps-without-service-account";
import { codeEngineCredentialsInSecrets } from "./code-engine-credentials-in-secrets";
import { codeEngineImagesPinnedByDigest } from "./code-engine-images-pinned-by-digest";
import { Rule } from "./rule";
import { soeAppsKeepAnInstanceRunning } from "./soe-apps-keep-an-instance-running";
import { twilioOriginationReachesVoiceAgent } from "./twilio-origination-reaches-voice-agent";
import { twilioOriginationUsesTls } from "./twilio-origination-uses-tls";
import { twilioTerminationAuthenticated } from "./twilio-termination-authenticated";
import { twilioTransferModeMatchesAgent } from "./twilio-transfer-mode-matches-agent";
import { twilioTrunksUseSecureTrunking } from "./twilio-trunks-use-secure-trunking";

/** Rules on resources the library provisions around the agent (Twilio trunks, Code Engine, context-based restrictions), in id order. */
export const PROVISIONING_RULES: readonly Rule[] = [
  twilioTrunksUseSecureTrunking,
  twilioOriginationUsesTls,
  twilioTerminationAuthenticated,
  twilioOriginationReachesVoiceAgent,
  twilioTransferModeMatchesAgent,
  codeEngineCredentialsInSecrets,
  soeAppsKeepAnInstanceRunning,
  codeEngineImagesPinnedByDigest,
  codeEngineAppsWithoutServiceAccount,
  cbrRulesEnforced,
];
