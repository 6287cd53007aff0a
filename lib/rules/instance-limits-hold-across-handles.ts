import { INSTANCE_MANIFEST_SCHEMA, INSTANCE_MANIFEST_SCHEMA_KEY, isRecord } from "../contracts";
import { isTerraformExpression } from "../core";
import { RenderedAgent, Rule, RuleContext, RuleOutcome, Severity } from "./rule";
import { instanceIdentities } from "./util/resource-identity";
import { cannotVerify, compliant, nonCompliant, outcome, Verdict } from "./util/verdicts";

/** The agents one Voice Agent with Watson instance holds. */
const AGENTS_PER_INSTANCE = 150;

/** The digits of a phone number: two spellings of one number are one number. */
const numberKey = (n: string) => n.replace(/[^0-9]/g, "");

/**
 * VAW-INST-1 (docs/threat-model.md#t41): the agents of one Voice Agent with
 * Watson instance have unique names and phone numbers and are at most 150,
 * however many handles reach the instance. Agents are grouped by the
 * instance their manifest names (a resource, a literal CRN, or one and the
 * same expression), overrides included; handles of the app whose sameness
 * the program could not decide, and whose agents would then conflict, are
 * reported as cannot-verify on the instance manifest.
 */
export const instanceLimitsHoldAcrossHandles: Rule = {
  id: "VAW-INST-1",
  severity: Severity.ERROR,
  title:
    "Agents of one instance have unique names and numbers and are at most 150, across every handle",
  explanation:
    "A phone number routes to exactly one agent of an instance, names identify agents in the dashboard, and an instance holds " +
    "at most 150 agents. Two handles on one instance (two fromCrn on one CRN, fromName and fromCrn, handles in different " +
    "stacks) each see only their own agents: checked per handle, two agents could claim one number, and callers would reach " +
    "an agent with other data handling, or the dashboard would refuse the configuration.",
  fix: "give each agent of the instance its own numbers and name and keep the instance at 150 agents; reference an instance with one handle (or with literal CRNs, so that the handles can be compared)",
  docUrl: "https://cloud.ibm.com/docs/voice-agent?topic=voice-agent-managing",
  acknowledgeable: true,
  scope: "agent",
  check(context: RuleContext): readonly RuleOutcome[] {
    const groups = new Map<string, RenderedAgent[]>();
    for (const agent of context.agents) {
      const key = instanceKey(context, agent.manifest.serviceInstanceCrn);
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(agent);
    }
    const agentOutcomes = [...groups.values()].flatMap((agents) => judgeInstance(agents));
    return [...agentOutcomes, ...undecided(context)];
  },
};

function instanceKey(context: RuleContext, crn: unknown): string {
  const [id] = instanceIdentities(context.document, crn);
  if (id) return id;
  return typeof crn === "string" ? `expression:${crn}` : "unknown";
}

/** Judges each agent of one instance against the agents before it (one pass, maps of names and numbers). */
function judgeInstance(agents: readonly RenderedAgent[]): RuleOutcome[] {
  const names = new Map<string, string>();
  const numbers = new Map<string, string>();
  return agents.map((agent, i) => {
    const me = agent.manifest;
    const problems: string[] = [];
    let path = "phoneNumbers";
    if (i >= AGENTS_PER_INSTANCE)
      problems.push(`the instance already holds ${AGENTS_PER_INSTANCE} agents of this stack`);
    if (typeof me.name === "string" && !isTerraformExpression(me.name)) {
      const other = names.get(me.name);
      if (other !== undefined) {
        problems.push(
          `agent name ${JSON.stringify(me.name)} is also used by the agent at ${other}`,
        );
        path = "name";
      } else names.set(me.name, String(me.constructPath));
    }
    numbersOf(me).forEach((n, j) => {
      const key = numberKey(n);
      if (isTerraformExpression(n) || key === "") return;
      const other = numbers.get(key);
      if (other !== undefined && other !== me.constructPath) {
        problems.push(
          `phone number ${JSON.stringify(n)} is also assigned to the agent at ${other}`,
        );
        path = `phoneNumbers.${j}.number`;
      } else numbers.set(key, String(me.constructPath));
    });
    const verdict: Verdict =
      problems.length > 0
        ? nonCompliant(path, problems.join("; "))
        : compliant("serviceInstanceCrn");
    return outcome(agent.resource, verdict, "input.");
  });
}

function numbersOf(m: RenderedAgent["manifest"]): string[] {
  return (Array.isArray(m.phoneNumbers) ? m.phoneNumbers : [])
    .map((p) => (isRecord(p) ? p.number : undefined))
    .filter((n): n is string => typeof n === "string");
}

/** Cannot-verify outcomes for the instance manifests listing undecidable handles. */
function undecided(context: RuleContext): RuleOutcome[] {
  return context.document.ofType("terraform_data").flatMap((r) => {
    const input = r.body.input;
    if (!isRecord(input) || input[INSTANCE_MANIFEST_SCHEMA_KEY] !== INSTANCE_MANIFEST_SCHEMA)
      return [];
    const lines = Array.isArray(input.identityUndecided) ? input.identityUndecided : [];
    if (lines.length === 0) return [];
    return [outcome(r, cannotVerify("input.identityUndecided", lines.join("; ")))];
  });
}
