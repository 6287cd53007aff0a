import { EVENT_CASES } from "./events-cases";
import { describeRuleCases } from "./rule-case";

describeRuleCases(EVENT_CASES);
