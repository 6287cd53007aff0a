import { PROVISIONING_CASES } from "./provisioning-cases";
import { describeRuleCases } from "./rule-case";

describeRuleCases(PROVISIONING_CASES);
