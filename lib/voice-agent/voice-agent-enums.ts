/** The dashboard's `Agent Type`. */
export enum AgentType {
  /** A phone agent over SIP. */
  VOICE = "Voice",
  /** A text-message-only agent (Twilio). */
  SMS = "SMS",
  /** A phone agent that can also send and receive text messages. */
  VOICE_AND_SMS = "Voice + SMS",
}

/** Speech to Text `Select model type`. */
export enum SpeechModelType {
  /** Narrowband (8 kHz telephone audio). */
  NARROWBAND = "Narrowband",
  /** Broadband (16 kHz audio). */
  BROADBAND = "Broadband",
  /** Both narrowband and broadband. */
  BOTH = "Both narrowband and broadband",
}

/** Voice Agent with Watson plans. */
export enum VoiceAgentPlan {
  /** Lite: agents reachable only in the instance's region; no peering. */
  LITE = "Lite",
  /** Standard. */
  STANDARD = "Standard",
  /** Premium. */
  PREMIUM = "Premium",
  /** Plus (sold through IBM sales; SMS only inside voice calls). */
  PLUS = "Plus",
}
