/**
 * Which service instances hold callers' data: the Cloudant instances that
 * receive agents' call events, Watson Assistant, Speech to Text and Text to
 * Speech instances (callers' words and audio pass through them and, on plans
 * that keep request data, stay there), and the Voice Agent with Watson
 * instances themselves. Pure; never throws.
 */
import { RuleContext } from "../rule";
import {
  eventStoreOf,
  isVoiceAgentInstance,
  receivesEventsOf,
  serviceOf,
  WATSON_SERVICES,
} from "./resource-identity";

/** The platform Administrator role, as a name or a role CRN. */
const ADMINISTRATOR = /(^|:)Administrator$/i;

/** True for the Administrator role (`Administrator`, `crn:v1:bluemix:public:iam::::role:Administrator`). */
export function isAdministratorRole(role: string): boolean {
  return ADMINISTRATOR.test(role.trim());
}

/**
 * What caller data the instance `value` refers to holds, as a clause for
 * details (`a voice agent with watson instance`); undefined when it holds
 * none the document shows, or the reference cannot be followed.
 */
export function holdsCallerData(context: RuleContext, value: unknown): string | undefined {
  const store = eventStoreOf(context, value);
  if (store) return `a cloudant event store (${receivesEventsOf(store)})`;
  if (isVoiceAgentInstance(context, value)) return "a voice agent with watson instance";
  const service = serviceOf(context.document, value);
  if (service !== undefined && service in WATSON_SERVICES)
    return `a ${WATSON_SERVICES[service]} instance, which receives callers' words`;
  return undefined;
}
