import { PropsChecker, isToken } from "../core";

/** Anything with an optional language: an `IWatsonService`, or a manifest service location. */
export interface HasLanguage {
  /** The language (`en-US`), when known. */
  readonly language?: string;
}

/** One service whose language differs from the first service with a known language. */
export interface LanguageMismatch {
  /** The key of the service that differs (`speechToText`). */
  readonly prop: string;
  /** Its language. */
  readonly language: string;
  /** The key of the service it was compared with (`conversation`). */
  readonly referenceProp: string;
  /** That service's language. */
  readonly referenceLanguage: string;
}

/**
 * Compares the languages of the given services, in key order, with the first
 * known one. Services that are missing, have no language, or whose language
 * is an unresolved token are skipped (nothing can be decided for them).
 */
export function findLanguageMismatches(
  services: Readonly<Record<string, HasLanguage | undefined>>,
): LanguageMismatch[] {
  const mismatches: LanguageMismatch[] = [];
  let reference: { prop: string; language: string } | undefined;
  for (const [prop, service] of Object.entries(services)) {
    const language = service?.language;
    if (typeof language !== "string" || isToken(language)) continue;
    if (!reference) {
      reference = { prop, language };
    } else if (language !== reference.language) {
      mismatches.push({
        prop,
        language,
        referenceProp: reference.prop,
        referenceLanguage: reference.language,
      });
    }
  }
  return mismatches;
}

/**
 * Adds one problem to `c` for each service whose language differs from the
 * first known one (Voice Agent with Watson requires Watson Assistant, Speech
 * to Text and Text to Speech to use the same language). Call it inside
 * `validateProps`, keyed by the prop names of the caller:
 * `checkSameLanguage(c, { conversation: wa, speechToText: stt, textToSpeech: tts })`.
 */
export function checkSameLanguage(
  c: PropsChecker,
  services: Readonly<Record<string, HasLanguage | undefined>>,
): void {
  for (const m of findLanguageMismatches(services)) {
    c.add(
      `${m.prop}.language`,
      `does not match ${m.referenceProp}.language (${JSON.stringify(m.referenceLanguage)})`,
      m.language,
      "set up watson assistant, speech to text and text to speech for the same language",
    );
  }
}
