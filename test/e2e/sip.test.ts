import { describeRuleCases } from "./rule-case";
import { SIP_CASES } from "./sip-cases";

describeRuleCases(SIP_CASES);
