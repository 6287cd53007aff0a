/**
 * Which attributes of which Terraform blocks hold secrets: the contract
 * between the vendored provider schemas and the guard's secret-flow rules.
 * The schema-marked part is generated ({@link PROVIDER_SENSITIVE_ATTRIBUTES});
 * the attributes that hold secrets by purpose without the schema's flag are
 * listed here, from the providers' sources (IBM-Cloud/terraform-provider-ibm
 * v2.5.0, twilio/terraform-provider-twilio v0.18.46).
 */
import { PROVIDER_SENSITIVE_ATTRIBUTES } from "./provider-sensitive-attributes";
import { RenderedResource } from "./terraform-document";

export { PROVIDER_SENSITIVE_ATTRIBUTES } from "./provider-sensitive-attributes";

/**
 * Attributes that hold secrets by purpose although the provider schemas do
 * not mark them `sensitive` (or whose schema is not vendored): provider
 * credentials, SIP credential passwords, Code Engine secret data, the
 * credentials of an existing resource key read as a data source. A secret
 * reaching them is their intended use; a literal in them is a literal secret.
 */
export const UNMARKED_SECRET_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  "provider.ibm": [
    "bluemix_api_key",
    "iaas_classic_api_key",
    "iam_refresh_token",
    "iam_token",
    "ibmcloud_api_key",
    "softlayer_api_key",
  ],
  "provider.twilio": ["password", "username"],
  twilio_api_accounts_sip_credential_lists_credentials: ["password"],
  ibm_code_engine_secret: ["data"],
  "data.ibm_resource_key": ["credentials", "credentials_json"],
};

/** The block kind rules key secrets by: the resource type, `data.<type>`, or `provider.<name>`. */
export function blockKind(r: RenderedResource): string {
  if (r.mode === "data") return `data.${r.type}`;
  if (r.mode === "provider") return `provider.${r.type}`;
  return r.type;
}

/** True when the vendored provider schemas describe this kind (so an attribute they do not mark is known not to be sensitive). */
export function isVendoredKind(kind: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROVIDER_SENSITIVE_ATTRIBUTES, kind);
}

/** The secret-holding attribute paths of a kind: schema-marked and unmarked, sorted, each once. */
export function secretAttributePaths(kind: string): readonly string[] {
  let paths = SECRET_PATHS.get(kind);
  if (!paths) {
    const own = (m: Readonly<Record<string, readonly string[]>>) =>
      Object.prototype.hasOwnProperty.call(m, kind) ? m[kind] : [];
    paths = Object.freeze(
      [
        ...new Set([...own(PROVIDER_SENSITIVE_ATTRIBUTES), ...own(UNMARKED_SECRET_ATTRIBUTES)]),
      ].sort(),
    );
    SECRET_PATHS.set(kind, paths);
  }
  return paths;
}

const SECRET_PATHS = new Map<string, readonly string[]>();

/**
 * An attribute path as the schema names it: list indexes dropped and a
 * dynamic block's `content` read as the block (`dynamic.env.content.value`
 * is `env.value`, `credentials.0.apikey` is `credentials.apikey`).
 */
export function schemaAttributePath(attributePath: string): string {
  const parts = attributePath.split(".").filter((p) => !/^[0-9]+$/.test(p));
  if (parts[0] === "dynamic" && parts[2] === "content") parts.splice(0, 3, parts[1]);
  return parts.join(".");
}

/**
 * True when the attribute at `attributePath` of a block of `kind` holds a
 * secret: it is, or lies inside, a secret-holding attribute, or it is a
 * block whose value includes one.
 */
export function holdsSecret(kind: string, attributePath: string): boolean {
  const p = schemaAttributePath(attributePath);
  return secretAttributePaths(kind).some(
    (s) => p === s || p.startsWith(`${s}.`) || s.startsWith(`${p}.`),
  );
}

const SECRET_WORDS = new Set([
  "password",
  "passwd",
  "passphrase",
  "secret",
  "token",
  "apikey",
  "credential",
  "credentials",
  "psk",
  "privatekey",
]);
const SECRET_WORD_LIST = [...SECRET_WORDS];
const SECRET_PAIRS = new Set(["api key", "private key", "preshared key", "access token"]);
/** Last words that make a secret-sounding name refer to a secret rather than hold one. */
const REFERENCE_WORDS = new Set(
  (
    "name names id ids crn crns guid uuid url urls uri endpoint host path paths file files dir " +
    "directory group groups type types ref reference version versions length ttl expiry expiration " +
    "rotation interval count format manager mgr engine store vault location region label labels " +
    "description enabled mode policy policies role roles scope scopes provider source"
  ).split(" "),
);
/** Words that make a name a switch about secrets (`allow_credentials`, `create_secret`). */
const FLAG_WORDS = new Set(
  "allow enable enabled disable disabled use is has include require required create skip force rotate"
    .split(" ")
    .filter(Boolean),
);

/** The lowercase words of a name (`smSecretName`, `SM_SECRET_NAME`, `sm-secret.name` → sm, secret, name). */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * True when a name (an attribute, environment variable or map key) says it
 * holds a secret: it contains a secret word (password — also inside a word,
 * as in `adminpassword` —, token, API key,
 * private key, credential, secret…) that is not followed by a word naming a
 * reference to one (`_name`, `_id`, `_crn`, `_url`, `_path`, `_file` …) and
 * not preceded by a switch (`allow_`, `enable_`, `create_` …). Used only to
 * decide, for a block whose schema is not vendored, that an attribute may
 * legitimately receive a secret, and to spot literal credentials in
 * environment variables; never, alone, to raise a finding on a variable.
 */
export function namesASecret(name: string): boolean {
  const w = words(name);
  if (w.length === 0 || REFERENCE_WORDS.has(w[w.length - 1])) return false;
  const secretWord = (x: string) => SECRET_WORD_LIST.some((s) => x.includes(s));
  const at = w.findIndex((x, i) => secretWord(x) || SECRET_PAIRS.has(`${x} ${w[i + 1]}`));
  if (at < 0) return false;
  return !w.slice(0, at).some((x) => FLAG_WORDS.has(x));
}
