import { Construct } from "constructs";
import { ExistingWatsonService, ExistingWatsonServiceAttributes } from "./existing-watson-service";
import { WATSON_ASSISTANT_SPEC } from "./watson-defaults";
import { WatsonService, WatsonServiceProps } from "./watson-service";

/** Props of a new {@link WatsonAssistant}. */
export type WatsonAssistantProps = WatsonServiceProps;

/**
 * A new IBM Watson Assistant instance (`conversation`): the dialog the agent
 * talks to through the runtime `/message` API, with a dedicated credential
 * of the least role that can call it (Reader; see `WATSON_SERVICE_DEFAULTS`).
 */
export class WatsonAssistant extends WatsonService {
  /**
   * An existing instance, found by CRN or by name; adds only the agent's own
   * credential on it.
   */
  public static fromExisting(
    scope: Construct,
    id: string,
    attrs: ExistingWatsonServiceAttributes,
  ): ExistingWatsonService {
    return new ExistingWatsonService(scope, id, WATSON_ASSISTANT_SPEC, attrs);
  }

  /** Creates the instance and its credential; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, props: WatsonAssistantProps) {
    super(scope, id, WATSON_ASSISTANT_SPEC, props);
  }
}
