/**
 * End-to-end cases of the data-handling and availability rules
 * (VAW-DATA-1 … VAW-DATA-3, VAW-AVAIL-1).
 */
import { DataClass, IEventStore, IWatsonService, SpeechToText } from "../../lib";
import { agentStack, AgentStackOptions } from "./e2e-kit";
import { RuleCase } from "./rule-case";

const AGENT = "agent/Manifest";

function secondSpeechToText(location: string): AgentStackOptions {
  return {
    agent: ({ stack, stt }) => ({
      speechToText: {
        location1: { service: stt },
        location2: {
          service: new SpeechToText(stack, "stt2", { name: "stt2", location, plan: "premium" }),
        },
        model: "en-US_NarrowbandModel",
      },
    }),
  };
}

/**
 * The Speech to Text instance behind a plain-http proxy, as a user
 * implementation of IWatsonService (the library's Watson constructs refuse
 * http urls, so only an own implementation of the interface can give one).
 */
function speechToTextAt(url?: string): AgentStackOptions {
  return {
    agent: ({ stt }) => {
      const proxied: IWatsonService = {
        serviceKind: stt.serviceKind,
        location: stt.location,
        url: url ?? stt.url,
        instanceCrn: stt.instanceCrn,
        instanceAddress: stt.instanceAddress,
        language: stt.language,
        plan: stt.plan,
        credential: stt.credential,
      };
      return {
        speechToText: { location1: { service: proxied }, model: "en-US_NarrowbandModel" },
      };
    },
  };
}

/** The event store written through a url of the user's choice (an own IEventStore implementation). */
function cloudantAt(url?: string): AgentStackOptions {
  return {
    agent: ({ store }) => {
      if (!store) throw new Error("the baseline forwards events");
      const proxied: IEventStore = {
        instanceAddress: store.instanceAddress,
        instanceCrn: store.instanceCrn,
        url: url ?? store.url,
        credential: store.credential,
        databaseFor: (agent, type) => store.databaseFor(agent, type),
      };
      return { eventForwarding: { store: proxied, cdr: true } };
    },
  };
}

/** Data-handling and availability cases. */
export const DATA_CASES: readonly RuleCase[] = [
  {
    ruleId: "VAW-AVAIL-1",
    when: "speech to text location 2 is in the same region as location 1",
    fixedWhen: "speech to text location 2 is in another region",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, secondSpeechToText("us-south")),
    fixed: (stack) => agentStack(stack, secondSpeechToText("us-east")),
  },
  {
    ruleId: "VAW-DATA-1",
    when: "a PII agent's watson services are on the standard plan",
    fixedWhen: "the watson services are on the premium plan",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { watsonPlan: "standard" }),
    fixed: (stack) => agentStack(stack, { watsonPlan: "premium" }),
  },
  {
    ruleId: "VAW-DATA-1",
    when: "a PHI agent's watson services are on the standard plan",
    fixedWhen: "the PHI agent's watson services are on the premium plan",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, { dataClasses: [DataClass.PHI], watsonPlan: "standard" }),
    fixed: (stack) => agentStack(stack, { dataClasses: [DataClass.PHI], watsonPlan: "premium" }),
  },
  {
    ruleId: "VAW-DATA-2",
    when: "a PII agent forwards transcription events and calls watson assistant directly",
    fixedWhen: "the agent reaches watson assistant through an SOE",
    level: "warning",
    at: AGENT,
    insecure: (stack) => agentStack(stack, { events: { transcription: true } }),
    fixed: (stack) => agentStack(stack, { events: { transcription: true }, soe: true }),
  },
  {
    ruleId: "VAW-DATA-2",
    when: "a PHI agent forwards turn events and calls watson assistant directly",
    fixedWhen: "the PHI agent reaches watson assistant through an SOE",
    level: "error",
    at: AGENT,
    insecure: (stack) =>
      agentStack(stack, { dataClasses: [DataClass.PHI], events: { turn: true } }),
    fixed: (stack) =>
      agentStack(stack, { dataClasses: [DataClass.PHI], events: { turn: true }, soe: true }),
  },
  {
    ruleId: "VAW-DATA-3",
    when: "the speech to text url is http",
    fixedWhen: "the speech to text url is https",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, speechToTextAt("http://stt-proxy.example.com/v1")),
    fixed: (stack) => agentStack(stack, speechToTextAt("https://stt-proxy.example.com/v1")),
  },
  {
    ruleId: "VAW-DATA-3",
    when: "the cloudant url events are written to is http",
    fixedWhen: "the cloudant url is the instance's https endpoint",
    level: "error",
    at: AGENT,
    insecure: (stack) => agentStack(stack, cloudantAt("http://events.example.com")),
    fixed: (stack) => agentStack(stack, cloudantAt()),
  },
];
