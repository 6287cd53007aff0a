/**
 * The import rules of lib/ (see CONTRIBUTING.md, "Layers"). Checked by
 * `npm run lint:deps`, which `npm test` runs.
 *
 * Layers, lowest first; a folder imports only from the layers below it:
 *   core -> secrets -> contracts -> rules -> guard -> components -> lib/index.ts, lib/cli.ts, lib/testing
 * `schema` (the offline schema validator) sits on core alone. The components
 * (credentials, watson, event-forwarding, orchestration, sip-trunk,
 * voice-agent, assistant-skill, scan) may import one another as long as no
 * cycle forms. The only exception is the type-only back-edge of a props
 * validator to its construct (see `no-circular`).
 */
const COMPONENTS =
  "(credentials|watson|event-forwarding|orchestration|sip-trunk|voice-agent|assistant-skill|scan)";

/** A forbidden rule: files in `from` may not import lib folders outside `allowed`. */
function layer(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: "error",
    from: { path: `^lib/${from}/` },
    to: { path: "^lib/", pathNot: `^lib/(${from}|${allowed})/` },
  };
}

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "No import cycle between files (and so none between folders). The one documented exception is " +
        "aws-cdk's pattern: a props validator may `import type` its construct's props, so a cycle " +
        "whose only way back is a type-only import (erased at compile time) is allowed.",
      severity: "error",
      from: { path: "^lib/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    layer("core-imports-nothing", "core", "core", "core is the bottom layer: errors, validation, parsers"),
    layer("secrets-on-core", "secrets", "core", "secrets may use core only"),
    layer("contracts-on-secrets", "contracts", "core|secrets", "contracts: manifest schema, rendered document, interfaces"),
    layer("schema-on-core", "schema", "core", "the offline schema validator stands on core alone"),
    layer("rules-read-contracts", "rules", "core|contracts", "rules read only contracts and core"),
    layer("guard-on-rules", "guard", "core|secrets|contracts|rules", "the guard runs rules; it knows no component"),
    {
      name: "components-call-guard-by-entry",
      comment: "Components reach the guard only through its entry point and never run rules themselves.",
      severity: "error",
      from: { path: `^lib/${COMPONENTS}/` },
      to: { path: "^lib/(rules|testing)/|^lib/(index|cli)[.]ts$" },
    },
    {
      name: "through-the-folder-index",
      comment: "A cross-folder import names the folder (its index.ts), never a file inside it.",
      severity: "error",
      from: { path: "^lib/([^/]+)/" },
      to: { path: "^lib/([^/]+)/.+", pathNot: ["^lib/$1/", "^lib/[^/]+/index[.]ts$"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|[.]gen|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    includeOnly: "^lib/",
  },
};
