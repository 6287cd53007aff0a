import { cloudantCorsDisabled } from "./cloudant-cors-disabled";
import { cloudantIamOnlyCredentials } from "./cloudant-iam-only-credentials";
import { endpointsUseHttps } from "./endpoints-use-https";
import { eventDatabaseNotPartitioned } from "./event-database-not-partitioned";
import { noLiteralSecrets } from "./no-literal-secrets";
import { resourceKeyLeastPrivilege } from "./resource-key-least-privilege";
import { Rule } from "./rule";
import { secretOutputsSensitive } from "./secret-outputs-sensitive";
import { secretVariablesSensitive } from "./secret-variables-sensitive";
import { secretsReachOnlySecretAttributes } from "./secrets-reach-only-secret-attributes";

/** Rules that check raw Terraform resources (any stack, with or without the library's constructs). */
export const RESOURCE_RULES: readonly Rule[] = [
  cloudantIamOnlyCredentials,
  cloudantCorsDisabled,
  eventDatabaseNotPartitioned,
  resourceKeyLeastPrivilege,
  noLiteralSecrets,
  secretOutputsSensitive,
  secretVariablesSensitive,
  secretsReachOnlySecretAttributes,
  endpointsUseHttps,
];
