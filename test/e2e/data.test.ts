import { DATA_CASES } from "./data-cases";
import { describeRuleCases } from "./rule-case";

describeRuleCases(DATA_CASES);
