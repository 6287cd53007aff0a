import { IMAGE_DIGEST as DIGEST } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { isLiteralString, judgedByDefault, resolveValue, shown } from "./util/rendered-values";
import { cannotVerify, compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-CE-3 (docs/threat-model.md#t20): Code Engine app images are pinned by
 * digest (`…@sha256:<64 hex digits>`). A warning.
 */
export const codeEngineImagesPinnedByDigest: Rule = {
  id: "VAW-CE-3",
  severity: Severity.WARNING,
  title: "Code Engine app images are pinned by digest (@sha256:…)",
  explanation:
    "A tag such as :latest or :1.2 can be moved to other code by anyone who can push to the repository; Code Engine pulls " +
    "whatever the tag names when an instance starts. An SOE sees every utterance and holds the Watson Assistant key, so the " +
    "code it runs should be exactly the code that was reviewed.",
  fix: "reference the image as REGISTRY/NAMESPACE/REPOSITORY@sha256:<digest> (the digest is printed by the registry after a push)",
  docUrl: "https://cloud.ibm.com/docs/codeengine?topic=codeengine-deploy-app",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    return context.document.ofType("ibm_code_engine_app").map((app) => {
      const resolved = resolveValue(context.document, app.body.image_reference);
      const image = resolved.value;
      if (!isLiteralString(image))
        return outcome(
          app,
          cannotVerify(
            "image_reference",
            `image_reference is an expression, got ${shown(app.body.image_reference)}`,
          ),
        );
      if (DIGEST.test(image)) return outcome(app, compliant("image_reference"));
      return outcome(
        app,
        nonCompliant(
          "image_reference",
          `${shown(image)} is not pinned by digest${judgedByDefault(resolved)}; the code run can change without a change here`,
        ),
      );
    });
  },
};
