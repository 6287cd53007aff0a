import { Rule } from "./rule";

/** Rules that check raw Terraform resources (any stack, with or without the library's constructs). */
export const RESOURCE_RULES: readonly Rule[] = [];
