import { callerDataKeysWithoutAdministrator } from "./caller-data-keys-without-administrator";
import { cloudantCorsDisabled } from "./cloudant-cors-disabled";
import { cloudantIamOnlyCredentials } from "./cloudant-iam-only-credentials";
import { endpointsUseHttps } from "./endpoints-use-https";
import { eventDatabaseNotPartitioned } from "./event-database-not-partitioned";
import { eventStoresAuditDataEvents } from "./event-stores-audit-data-events";
import { iamPoliciesLeastPrivilegeOnCallerData } from "./iam-policies-least-privilege-on-caller-data";
import { noLiteralSecrets } from "./no-literal-secrets";
import { resourceKeyLeastPrivilege } from "./resource-key-least-privilege";
import { Rule } from "./rule";
import { secretOutputsSensitive } from "./secret-outputs-sensitive";
import { secretVariablesSensitive } from "./secret-variables-sensitive";
import { secretsReachOnlySecretAttributes } from "./secrets-reach-only-secret-attributes";
import { watsonInstancesKeepNoRequestData } from "./watson-instances-keep-no-request-data";

/** Rules that check raw Terraform resources (any stack, with or without the library's constructs). */
export const RESOURCE_RULES: readonly Rule[] = [
  cloudantIamOnlyCredentials,
  cloudantCorsDisabled,
  eventDatabaseNotPartitioned,
  eventStoresAuditDataEvents,
  resourceKeyLeastPrivilege,
  iamPoliciesLeastPrivilegeOnCallerData,
  callerDataKeysWithoutAdministrator,
  watsonInstancesKeepNoRequestData,
  noLiteralSecrets,
  secretOutputsSensitive,
  secretVariablesSensitive,
  secretsReachOnlySecretAttributes,
  endpointsUseHttps,
];
