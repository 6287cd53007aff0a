import { describeRuleCases } from "./rule-case";
import { SOE_CASES } from "./soe-cases";

describeRuleCases(SOE_CASES);
