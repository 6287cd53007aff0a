import { Construct } from "constructs";
import { ExistingWatsonService, ExistingWatsonServiceAttributes } from "./existing-watson-service";
import { SPEECH_TO_TEXT_SPEC } from "./watson-defaults";
import { WatsonService, WatsonServiceProps } from "./watson-service";

/** Props of a new {@link SpeechToText}. */
export type SpeechToTextProps = WatsonServiceProps;

/**
 * A new IBM Watson Speech to Text instance (`speech-to-text`): transcribes
 * what callers say, with a dedicated credential for the agent (Reader by
 * default; see `WATSON_SERVICE_DEFAULTS`).
 */
export class SpeechToText extends WatsonService {
  /**
   * An existing instance, found by CRN or by name; adds only the agent's own
   * credential on it.
   */
  public static fromExisting(
    scope: Construct,
    id: string,
    attrs: ExistingWatsonServiceAttributes,
  ): ExistingWatsonService {
    return new ExistingWatsonService(scope, id, SPEECH_TO_TEXT_SPEC, attrs);
  }

  /** Creates the instance and its credential; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, props: SpeechToTextProps) {
    super(scope, id, SPEECH_TO_TEXT_SPEC, props);
  }
}
