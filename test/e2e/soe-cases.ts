/** End-to-end cases of the service orchestration engine rules (VAW-SOE-1, VAW-SOE-2). */
import { agentStack } from "./e2e-kit";
import { RuleCase } from "./rule-case";

/** SOE cases. */
export const SOE_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-SOE-1",
    when: "the SOE url is http",
    fixedWhen: "the SOE url is https",
    level: "error",
    at: "agent/Manifest",
    insecure: (stack) => agentStack(stack, { soe: { url: "http://soe.example.com/soe/billing" } }),
    fixed: (stack) => agentStack(stack, { soe: { url: "https://soe.example.com/soe/billing" } }),
  },
  {
    ruleId: "VAW-SOE-2",
    when: "the SOE is called without a user name and password",
    fixedWhen: "the SOE is called with basic authentication",
    level: "error",
    at: "agent/Manifest",
    insecure: (stack) => agentStack(stack, { soe: { allowUnauthenticatedAccess: true } }),
    fixed: (stack) => agentStack(stack, { soe: true }),
  },
];
