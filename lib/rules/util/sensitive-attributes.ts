import * as fs from "fs";
import * as path from "path";
import { isRecord } from "../../contracts";

/**
 * Which attributes of which blocks hold secrets: every attribute the vendored
 * provider schemas (`provider-schemas/*.json`) mark `sensitive`, plus the
 * secret-bearing attributes those schemas do NOT mark (the IBM provider's API
 * keys, the Twilio provider's and SIP credentials' passwords), listed here from
 * the provider notes. Keys are a resource type (`ibm_kms_key`), `data.<type>`,
 * or `provider.<name>`; values are top-level attribute names.
 */
const UNMARKED_SECRETS: Readonly<Record<string, readonly string[]>> = {
  "provider.ibm": [
    "ibmcloud_api_key",
    "bluemix_api_key",
    "iaas_classic_api_key",
    "softlayer_api_key",
    "iam_token",
    "iam_refresh_token",
  ],
  "provider.twilio": ["password"],
  twilio_api_accounts_sip_credential_lists_credentials: ["password"],
};

/** The schema-marked secrets, known from the provider notes; used when the schema files are not found. */
const MARKED_FALLBACK: Readonly<Record<string, readonly string[]>> = {
  ibm_iam_service_api_key: ["apikey"],
  ibm_kms_key: ["payload"],
  ibm_resource_key: ["credentials", "credentials_json"],
  ibm_sm_arbitrary_secret: ["payload"],
  ibm_sm_username_password_secret: ["password"],
  "data.ibm_sm_arbitrary_secret": ["payload"],
};

let cache: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** The secret-bearing top-level attributes of a block kind (`ibm_kms_key`, `data.x`, `provider.ibm`). */
export function secretAttributes(kind: string): ReadonlySet<string> {
  return (cache ??= load()).get(kind) ?? new Set<string>();
}

function load(): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  const add = (kind: string, attr: string) => {
    const set = map.get(kind) ?? new Set<string>();
    map.set(kind, set.add(attr));
  };
  const schemas = readSchemas();
  for (const [kind, attrs] of Object.entries(schemas.length ? {} : MARKED_FALLBACK))
    attrs.forEach((a) => add(kind, a));
  for (const providers of schemas) {
    for (const [address, p] of Object.entries(providers)) {
      if (!isRecord(p)) continue;
      const name = address.split("/").pop() ?? address;
      sensitiveOf(p.provider).forEach((a) => add(`provider.${name}`, a));
      for (const [prefix, key] of [
        ["", "resource_schemas"],
        ["data.", "data_source_schemas"],
      ]) {
        const section = isRecord(p[key]) ? p[key] : {};
        for (const [type, s] of Object.entries(section))
          sensitiveOf(s).forEach((a) => add(`${prefix}${type}`, a));
      }
    }
  }
  for (const [kind, attrs] of Object.entries(UNMARKED_SECRETS)) attrs.forEach((a) => add(kind, a));
  return map;
}

function sensitiveOf(schema: unknown): string[] {
  const block = isRecord(schema) && isRecord(schema.block) ? schema.block : {};
  const attrs = isRecord(block.attributes) ? block.attributes : {};
  return Object.keys(attrs).filter((a) => isRecord(attrs[a]) && attrs[a].sensitive === true);
}

/** The `provider_schemas` objects of the vendored schema files, found above this file (source or dist layout). */
function readSchemas(): Record<string, unknown>[] {
  for (let dir = __dirname, i = 0; i < 6; dir = path.dirname(dir), i++) {
    const folder = path.join(dir, "provider-schemas");
    if (!fs.existsSync(path.join(folder, "ibm.json"))) continue;
    return fs
      .readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(folder, f), "utf8")) as unknown)
      .map((j) => (isRecord(j) && isRecord(j.provider_schemas) ? j.provider_schemas : {}));
  }
  return [];
}
