import { isRecord, namesASecret, RenderedResource, secretAttributePaths } from "../../contracts";
import { isLiteralString } from "./rendered-values";

/** Keys of `ibm_code_engine_secret.data` that are not secret (user names, hosts, certificates, key IDs). */
const PUBLIC_SECRET_DATA = new Set([
  "username",
  "server",
  "email",
  "known_hosts",
  "tls_cert",
  "access_key_id",
]);

/**
 * Secret-holding attributes a literal may fill: the Twilio account SID (the
 * provider's user name, an identifier), and Code Engine secret data, whose
 * keys are judged one by one below.
 */
const LITERAL_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  "provider.twilio": ["username"],
  ibm_code_engine_secret: ["data"],
};

/** Literal values that cannot be a credential: booleans and numbers. */
const NOT_A_CREDENTIAL = /^(true|false|yes|no|on|off|[0-9]+(\.[0-9]+)?)$/i;

/**
 * Where a block holds secrets as literal strings: the attribute paths found,
 * or undefined when the block has no secret-bearing attribute at all (so it is
 * not judged). `kind` is the resource type, `data.<type>` or `provider.<name>`.
 */
export function literalSecretPaths(r: RenderedResource, kind: string): string[] | undefined {
  const attrs = secretAttributePaths(kind).filter(
    (a) => !a.includes(".") && !(LITERAL_ALLOWED[kind] ?? []).includes(a),
  );
  const codeEngine = r.type === "ibm_code_engine_secret" || r.type === "ibm_code_engine_app";
  if (attrs.length === 0 && !(codeEngine && r.mode === "managed")) return undefined;
  const found = attrs.flatMap((a) => literalPaths(r.body[a], a));
  if (r.type === "ibm_code_engine_secret" && r.mode === "managed")
    found.push(...literalPaths(r.body.data, "data", (k) => !PUBLIC_SECRET_DATA.has(k)));
  if (r.type === "ibm_code_engine_app" && r.mode === "managed")
    found.push(...literalSecretEnv(r.body.run_env_variables));
  return found;
}

/** Paths of literal strings in a value (a string, or a map of strings). */
function literalPaths(value: unknown, path: string, keep: (key: string) => boolean = () => true) {
  if (isLiteralString(value)) return [path];
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((k) => keep(k) && isLiteralString(value[k]))
    .map((k) => `${path}.${k}`);
}

/**
 * Literal environment variables whose name says they hold a secret (`type`
 * literal, the provider's default): `DB_PASSWORD`, not `SM_SECRET_NAME`,
 * `TOKEN_URL` or `ALLOW_CREDENTIALS`; values that are flags or numbers are no
 * credential whatever the name.
 */
function literalSecretEnv(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: unknown, i) =>
    isRecord(e) &&
    (e.type ?? "literal") === "literal" &&
    typeof e.name === "string" &&
    namesASecret(e.name) &&
    isLiteralString(e.value) &&
    !NOT_A_CREDENTIAL.test(e.value)
      ? [`run_env_variables.${i}.value`]
      : [],
  );
}
