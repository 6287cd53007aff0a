import { ServiceRole, WatsonServiceKind } from "../contracts";
import { deepFreeze } from "../core";

/**
 * Every default of the Watson service constructs (`WatsonAssistant`,
 * `SpeechToText`, `TextToSpeech`), in one place for review.
 *
 * - **Service endpoints: public and private.** Voice Agent with Watson is a
 *   hosted service that reaches Watson over the public network, so
 *   `private` alone would cut the agent off. The private endpoint is added
 *   for other callers in the account (an SOE, for example). IBM offers
 *   private endpoints only on paid plans, so `lite` instances get `public`.
 * - **Credential role: Reader.** The agent only calls the runtime APIs
 *   (`/message`, `/recognize`, `/synthesize`). Watson Assistant documents that
 *   the Reader service role may call the v1 and v2 runtime `/message` APIs
 *   (ibm-cloud-docs/assistant access-control.md, "Action privileges per
 *   service role"). The Speech to Text and Text to Speech docs do not say
 *   which role recognition and synthesis need; Reader follows IAM's meaning
 *   of the role (use the service without changing its resources). If IBM
 *   refuses a Reader key, set `credentialRole: ServiceRole.WRITER`; the agent
 *   never needs Manager.
 * - **Language: en-US.** The agent needs WA, STT and TTS set up for the same
 *   language; this value is what the agent checks.
 * - **Plans: paid.** Lite plans have no SLA and are deleted after 30 days
 *   of inactivity. Non-Premium plans log requests and results for IBM's
 *   service improvement unless each request opts out, which Voice Agent is
 *   not documented to do; Premium plans do not. The guard reports it
 *   (VAW-DATA-1); an accepted risk is recorded as an acknowledgement.
 */
export const WATSON_SERVICE_DEFAULTS = deepFreeze({
  /** `public-and-private` on paid plans (see {@link WATSON_SERVICE_DEFAULTS}). */
  serviceEndpoints: "public-and-private",
  /** `public` on `lite`, where IBM offers no private endpoint. */
  liteServiceEndpoints: "public",
  /** The agent's credential calls runtime APIs only. */
  credentialRole: ServiceRole.READER,
  /** The language the agent checks across WA, STT and TTS. */
  language: "en-US",
} as const);

/** Service endpoint settings a Watson instance may have (never private-only). */
export const WATSON_SERVICE_ENDPOINTS: readonly string[] = deepFreeze([
  "public",
  "public-and-private",
]);

/**
 * The Watson locations: the list in the Speech to Text WebSocket docs
 * (`api.{location}.speech-to-text.watson.cloud.ibm.com`), the same
 * `api.{location}.{offering}.watson.cloud.ibm.com` pattern as every Watson
 * service.
 */
export const WATSON_LOCATIONS: readonly string[] = deepFreeze([
  "us-south",
  "us-east",
  "eu-de",
  "eu-gb",
  "au-syd",
  "jp-tok",
  "kr-seo",
]);

/**
 * The languages Voice Agent with Watson supports (about.md), as locale codes:
 * Arabic (MSA: `ar-MS`, formerly `ar-AR` in Watson model names), Brazilian
 * Portuguese, Mandarin Chinese, Dutch, English (UK, US), French, German,
 * Italian, Japanese, Korean, Spanish (Argentinian, Castilian, Chilean,
 * Colombian, Mexican, Peruvian).
 */
export const WATSON_LANGUAGES: readonly string[] = deepFreeze([
  "ar-MS",
  "ar-AR",
  "pt-BR",
  "zh-CN",
  "nl-NL",
  "en-GB",
  "en-US",
  "fr-FR",
  "de-DE",
  "it-IT",
  "ja-JP",
  "ko-KR",
  "es-AR",
  "es-ES",
  "es-CL",
  "es-CO",
  "es-MX",
  "es-PE",
]);

/** What differs between the three Watson services. */
export interface WatsonServiceSpec {
  /** The resource-controller service name. */
  readonly kind: WatsonServiceKind;
  /** The construct class name shown in errors. */
  readonly constructName: string;
  /** The offering part of the service URL (`api.<location>.<offering>.watson.cloud.ibm.com`). */
  readonly urlOffering: string;
  /** Plans a new instance may use. */
  readonly plans: readonly string[];
  /** The default plan of a new instance. */
  readonly defaultPlan: string;
}

/**
 * Watson Assistant (`conversation`). Plans from the research note (section 5).
 * Default `plus`: the paid plan IBM sells for production assistants.
 */
export const WATSON_ASSISTANT_SPEC: WatsonServiceSpec = deepFreeze({
  kind: "conversation",
  constructName: "WatsonAssistant",
  urlOffering: "assistant",
  plans: ["lite", "plus", "standard", "premium", "enterprise"],
  defaultPlan: "plus",
});

/**
 * Speech to Text. Default `plus`: the STT pricing FAQ says Standard is no
 * longer sold to new users and Plus replaces it.
 */
export const SPEECH_TO_TEXT_SPEC: WatsonServiceSpec = deepFreeze({
  kind: "speech-to-text",
  constructName: "SpeechToText",
  urlOffering: "speech-to-text",
  plans: ["lite", "plus", "standard", "premium"],
  defaultPlan: "plus",
});

/** Text to Speech. Default `standard`: the TTS docs name Standard and Premium as its paid plans. */
export const TEXT_TO_SPEECH_SPEC: WatsonServiceSpec = deepFreeze({
  kind: "text-to-speech",
  constructName: "TextToSpeech",
  urlOffering: "text-to-speech",
  plans: ["lite", "standard", "premium"],
  defaultPlan: "standard",
});

/** Appended to the instance name to name the agent's credential. */
export const CREDENTIAL_NAME_SUFFIX = "-voice-agent";

/** The plan that does not log requests for IBM's service improvement. */
export const NON_LOGGING_PLAN = "premium";

/** The regional service URL of an instance: `https://api.<location>.<offering>.watson.cloud.ibm.com/instances/<guid>`. */
export function watsonServiceUrl(spec: WatsonServiceSpec, location: string, guid: string): string {
  return `https://api.${location}.${spec.urlOffering}.watson.cloud.ibm.com/instances/${guid}`;
}
