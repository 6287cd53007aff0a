#!/usr/bin/env node
/*
 * Generates the cdktf TypeScript bindings for the vendored provider schema
 * subsets in provider-schemas/ with cdktf's own generator
 * (@cdktf/provider-generator, TerraformProviderGenerator), offline.
 *
 * Output: .gen/providers/<name>/<resource>/index.ts, the layout `cdktf get`
 * produces. The run is deterministic: same schema in, same bytes out.
 *
 * Usage: node scripts/generate-bindings.js [outdir]   (default: .gen)
 */
"use strict";
process.env.CHECKPOINT_DISABLE = "1";
// @cdktf/commons runs `terraform version` when loaded; bindings need no terraform.
process.env.TERRAFORM_BINARY_NAME = "cdktf-ibm-voice-agent-no-terraform";
const fs = require("fs");
const path = require("path");
const { CodeMaker } = require("codemaker");
const {
  ConstructsMakerProviderTarget,
  TerraformProviderConstraint,
  Language,
} = require("@cdktf/commons");
const {
  TerraformProviderGenerator,
} = require("@cdktf/provider-generator/lib/get/generator/provider-generator");
const { PROVIDERS } = require("./providers");

async function generate(outdir) {
  const started = Date.now();
  fs.rmSync(path.join(outdir, "providers"), { recursive: true, force: true });
  for (const provider of PROVIDERS) {
    const schema = JSON.parse(fs.readFileSync(provider.schemaFile, "utf8"));
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, schema);
    const constraint = new TerraformProviderConstraint(`${provider.source}@${provider.version}`);
    generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));
    await generator.save(outdir);
  }
  return Date.now() - started;
}

if (require.main === module) {
  const outdir = path.resolve(process.argv[2] || path.join(__dirname, "..", ".gen"));
  generate(outdir).then(
    (ms) => console.log(`generated provider bindings into ${outdir} in ${ms} ms`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

module.exports = { generate };
