export * from "./errors";
export * from "./ibm-resource-checks";
export * from "./prop-checks";
export * from "./terraform-data";
export * from "./validation";
export * from "./deep-freeze";
export * from "./closest-name";
export * from "./terraform-version";
