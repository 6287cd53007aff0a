import { MANIFEST_SCHEMA, MANIFEST_SCHEMA_KEY } from "../contracts";
import { isRecord, RenderedResource } from "../contracts";
import { Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { forEachString } from "./util/rendered-values";
import { maskedUrl } from "./util/uris";
import { compliant, nonCompliant, outcome } from "./util/verdicts";

/**
 * VAW-HTTP-1 (docs/threat-model.md#t17): no resource, data source or provider
 * block names an endpoint with a plain `http://` URL. Agent manifests are left
 * to the agent rules, which know what each URL carries. A value that is wholly
 * an expression is not judged; `http://${var.host}` is (the scheme is
 * literal).
 */
export const endpointsUseHttps: Rule = {
  id: "VAW-HTTP-1",
  severity: Severity.ERROR,
  title: "Endpoints in resource arguments use https://",
  explanation:
    "An http:// endpoint sends whatever the resource exchanges with it (conversation content, call events, webhook " +
    "credentials, API keys in headers) in clear over the network, where it can be read and altered.",
  fix: "use the https:// URL of the endpoint (IBM Cloud and Twilio endpoints all serve TLS); for a private endpoint, terminate TLS on it",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-infosec",
  acknowledgeable: true,
  scope: "resource",
  check(context: RuleContext): readonly RuleOutcome[] {
    const subjects = [...context.document.all, ...context.document.providerBlocks].filter(
      (r) => !isManifest(r),
    );
    return subjects.flatMap((r) => {
      const found: RuleOutcome[] = [];
      forEachString(r.body, (s, path) => {
        if (/^http:\/\//i.test(s.trim()))
          found.push(
            outcome(r, nonCompliant(path, `${path} must be an https:// url, got ${maskedUrl(s)}`)),
          );
      });
      return found.length ? found : [outcome(r, compliant())];
    });
  },
};

function isManifest(r: RenderedResource): boolean {
  return (
    r.type === "terraform_data" &&
    isRecord(r.body.input) &&
    r.body.input[MANIFEST_SCHEMA_KEY] === MANIFEST_SCHEMA
  );
}
