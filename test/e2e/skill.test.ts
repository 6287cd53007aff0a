import { describeRuleCases } from "./rule-case";
import { SKILL_CASES } from "./skill-cases";

describeRuleCases(SKILL_CASES);
