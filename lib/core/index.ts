export * from "./errors";
export * from "./ibm-resource-checks";
export * from "./prop-checks";
export * from "./terraform-data";
export * from "./validation";
export * from "./deep-freeze";
export * from "./terraform-expression";
export type {
  ExpressionToken,
  ScannedExpression,
  ScannedTemplate,
} from "./terraform-template-scanner";
export { scanTemplate } from "./terraform-template-scanner";
export * from "./phone-number";
export * from "./transfer-target";
export * from "./ip-address";
export * from "./closest-name";
export * from "./terraform-version";
