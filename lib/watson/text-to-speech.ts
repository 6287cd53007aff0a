import { Construct } from "constructs";
import { ExistingWatsonService, ExistingWatsonServiceAttributes } from "./existing-watson-service";
import { TEXT_TO_SPEECH_SPEC } from "./watson-defaults";
import { WatsonService, WatsonServiceProps } from "./watson-service";

/** Props of a new {@link TextToSpeech}. */
export type TextToSpeechProps = WatsonServiceProps;

/**
 * A new IBM Watson Text to Speech instance (`text-to-speech`): speaks the
 * agent's replies, with a dedicated credential for the agent (Reader by
 * default; see `WATSON_SERVICE_DEFAULTS`).
 */
export class TextToSpeech extends WatsonService {
  /**
   * An existing instance, found by CRN or by name; adds only the agent's own
   * credential on it.
   */
  public static fromExisting(
    scope: Construct,
    id: string,
    attrs: ExistingWatsonServiceAttributes,
  ): ExistingWatsonService {
    return new ExistingWatsonService(scope, id, TEXT_TO_SPEECH_SPEC, attrs);
  }

  /** Creates the instance and its credential; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, props: TextToSpeechProps) {
    super(scope, id, TEXT_TO_SPEECH_SPEC, props);
  }
}
