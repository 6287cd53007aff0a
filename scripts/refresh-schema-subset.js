#!/usr/bin/env node
/*
 * Refreshes a vendored provider schema subset from a full
 * `terraform providers schema -json` dump, keeping only the resource and
 * data-source types the library uses.
 *
 *   terraform providers schema -json > full.json      (on a networked machine)
 *   node scripts/refresh-schema-subset.js full.json ibm [--add-resource T]... [--add-data-source T]...
 *   npm run generate                                  (regenerate the bindings)
 *
 * The type list is the one already vendored in provider-schemas/<name>.json,
 * plus any --add-… given. The provider block and each schema are copied as
 * the dump has them (Terraform's own key order), types in sorted order.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { PROVIDERS, SCHEMA_DIR } = require("./providers");

function usage(message) {
  if (message) console.error(`error: ${message}`);
  console.error(
    "usage: refresh-schema-subset.js <full-schema.json> <provider name: ibm|twilio> [--add-resource TYPE]... [--add-data-source TYPE]...",
  );
  process.exit(2);
}

/** Picks the subset; returns { subset, missing } (types asked for but absent from the dump). */
function subsetSchema(full, registryAddress, resourceTypes, dataSourceTypes) {
  const provider = full.provider_schemas && full.provider_schemas[registryAddress];
  if (!provider) throw new Error(`the dump has no provider ${registryAddress}`);
  const missing = [];
  const pick = (section, types) => {
    const out = {};
    for (const t of [...types].sort()) {
      if (section && section[t]) out[t] = section[t];
      else missing.push(t);
    }
    return out;
  };
  const entry = {
    provider: provider.provider,
    resource_schemas: pick(provider.resource_schemas, resourceTypes),
  };
  if (dataSourceTypes.length > 0) {
    entry.data_source_schemas = pick(provider.data_source_schemas, dataSourceTypes);
  }
  return {
    subset: {
      format_version: full.format_version,
      provider_schemas: { [registryAddress]: entry },
    },
    missing,
  };
}

function main(argv) {
  const [dumpFile, name, ...rest] = argv;
  if (!dumpFile || !name) usage();
  const provider = PROVIDERS.find((p) => p.source.split("/")[1].toLowerCase() === name);
  if (!provider) usage(`unknown provider ${name}`);
  const current = JSON.parse(fs.readFileSync(provider.schemaFile, "utf8"));
  const [registryAddress] = Object.keys(current.provider_schemas);
  const entry = current.provider_schemas[registryAddress];
  const resources = new Set(Object.keys(entry.resource_schemas || {}));
  const dataSources = new Set(Object.keys(entry.data_source_schemas || {}));
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] === "--add-resource" && rest[i + 1]) resources.add(rest[i + 1]);
    else if (rest[i] === "--add-data-source" && rest[i + 1]) dataSources.add(rest[i + 1]);
    else usage(`unexpected argument ${rest[i]}`);
  }
  const full = JSON.parse(fs.readFileSync(dumpFile, "utf8"));
  const { subset, missing } = subsetSchema(full, registryAddress, resources, [...dataSources]);
  if (missing.length > 0) {
    console.error(`error: the dump lacks ${missing.join(", ")}; nothing written`);
    process.exit(1);
  }
  fs.writeFileSync(provider.schemaFile, `${JSON.stringify(subset, null, 2)}\n`);
  console.log(
    `wrote ${path.relative(process.cwd(), provider.schemaFile)}: ${resources.size} resources, ${dataSources.size} data sources; now run npm run generate`,
  );
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { subsetSchema, SCHEMA_DIR };
