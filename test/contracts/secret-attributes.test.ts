import * as fs from "fs";
import {
  renderSensitiveAttributes,
  SENSITIVE_ATTRIBUTES_PATH,
} from "../../scripts/generate-sensitive-attributes";
import {
  holdsSecret,
  isVendoredKind,
  namesASecret,
  PROVIDER_SENSITIVE_ATTRIBUTES,
  secretAttributePaths,
} from "../../lib/contracts";

describe("secret-holding attributes", () => {
  test("the generated map is up to date with provider-schemas/*.json (regenerate with `npm run generate:sensitive`)", () => {
    expect(fs.readFileSync(SENSITIVE_ATTRIBUTES_PATH, "utf8")).toBe(renderSensitiveAttributes());
  });

  test("carries the schema's sensitive flags and knows every vendored type, terraform_data included", () => {
    expect(PROVIDER_SENSITIVE_ATTRIBUTES.ibm_resource_key).toEqual([
      "credentials",
      "credentials_json",
    ]);
    expect(PROVIDER_SENSITIVE_ATTRIBUTES["data.ibm_sm_arbitrary_secret"]).toEqual(["payload"]);
    expect(isVendoredKind("terraform_data")).toBe(true);
    expect(isVendoredKind("ibm_is_vpc")).toBe(false);
    expect(isVendoredKind("constructor")).toBe(false);
  });

  test("adds the attributes that hold secrets without the schema's flag", () => {
    expect(secretAttributePaths("provider.ibm")).toContain("ibmcloud_api_key");
    expect(secretAttributePaths("twilio_api_accounts_sip_credential_lists_credentials")).toEqual([
      "password",
    ]);
    expect(holdsSecret("ibm_code_engine_secret", "data.password")).toBe(true);
    expect(holdsSecret("ibm_resource_key", "credentials.0.apikey")).toBe(true);
    expect(holdsSecret("ibm_resource_key", "name")).toBe(false);
    expect(holdsSecret("ibm_code_engine_app", "run_env_variables.0.value")).toBe(false);
  });

  test.each([
    ["DB_PASSWORD", true],
    ["adminpassword", true],
    ["api_key", true],
    ["apiKey", true],
    ["twilio_auth_token", true],
    ["private_key", true],
    ["client_secret", true],
    ["credentials", true],
    ["sm_secret_name", false],
    ["existing_secret_id", false],
    ["secrets_manager_crn", false],
    ["secret_group_id", false],
    ["TOKEN_URL", false],
    ["private_key_file_path", false],
    ["kubeconfig_path", false],
    ["cors_allow_credentials", false],
    ["enable_token_auth", false],
    ["create_secret", false],
    ["api_key_name", false],
    ["region", false],
  ])("%s names a secret: %s", (name, expected) => {
    expect(namesASecret(name)).toBe(expected);
  });
});
