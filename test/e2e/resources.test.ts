import { RESOURCE_CASES } from "./resource-cases";
import { describeRuleCases } from "./rule-case";

describeRuleCases(RESOURCE_CASES);
