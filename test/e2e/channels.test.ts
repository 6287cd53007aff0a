import { CHANNEL_CASES } from "./channels-cases";
import { describeRuleCases } from "./rule-case";

describeRuleCases(CHANNEL_CASES);
