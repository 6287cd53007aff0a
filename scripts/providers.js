/*
 * The providers whose bindings are generated, with the version constraint that
 * lands in the synthesized `required_providers` block. cdktf.json lists the
 * same providers so that `cdktf get` on a networked machine gives the same layout.
 */
"use strict";
const path = require("path");

const SCHEMA_DIR = path.join(__dirname, "..", "provider-schemas");

const PROVIDERS = [
  {
    source: "IBM-Cloud/ibm",
    version: "~> 2.5",
    schemaFile: path.join(SCHEMA_DIR, "ibm.json"),
  },
  {
    source: "twilio/twilio",
    version: "~> 0.18",
    schemaFile: path.join(SCHEMA_DIR, "twilio.json"),
  },
];

module.exports = { PROVIDERS, SCHEMA_DIR };
