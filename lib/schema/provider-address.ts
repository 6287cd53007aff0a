/** The public registry host Terraform assumes when a source names none. */
export const DEFAULT_REGISTRY_HOST = "registry.terraform.io";

/**
 * Normalizes a provider source the way Terraform does (case-insensitive,
 * host and namespace defaulted): `IBM-Cloud/ibm` →
 * `registry.terraform.io/ibm-cloud/ibm`, `random` →
 * `registry.terraform.io/hashicorp/random`.
 */
export function normalizeProviderSource(source: string): string {
  const parts = source.trim().toLowerCase().split("/");
  if (parts.length === 1) return `${DEFAULT_REGISTRY_HOST}/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `${DEFAULT_REGISTRY_HOST}/${parts[0]}/${parts[1]}`;
  return parts.join("/");
}

/**
 * The local provider name a resource uses: its `provider` meta-argument
 * (`ibm.eu` → `ibm`) or, without one, the type's prefix up to the first
 * underscore (`ibm_cloudant` → `ibm`), as Terraform infers it.
 */
export function localProviderName(type: string, providerMetaArgument: unknown): string {
  if (typeof providerMetaArgument === "string" && providerMetaArgument.length > 0) {
    const bare = providerMetaArgument.replace(/^\$\{\s*/, "").replace(/\s*\}$/, "");
    return bare.split(".")[0];
  }
  const underscore = type.indexOf("_");
  return underscore < 0 ? type : type.slice(0, underscore);
}
