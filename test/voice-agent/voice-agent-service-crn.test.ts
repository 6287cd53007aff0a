import { VoiceAgentService } from "../../lib";
import { propsErrorOf } from "../core/props-error";
import { stack, VA_CRN } from "./fixtures";

// VoiceAgentService.fromCrn refuses the CRN of another service the library knows: a Cloudant,
// Watson or Code Engine CRN pasted into the wrong place would otherwise pass the CRN format.

const ACCOUNT = "a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::";

test.each([
  ["cloudantnosqldb", "a Cloudant instance"],
  ["conversation", "a Watson Assistant instance"],
  ["speech-to-text", "a Speech to Text instance"],
  ["text-to-speech", "a Text to Speech instance"],
  ["codeengine", "a Code Engine project"],
  ["secrets-manager", "a Secrets Manager instance"],
])("a %s crn is refused as %s, with the fix", (service, what) => {
  const crn = `crn:v1:bluemix:public:${service}:us-south:${ACCOUNT}`;
  const e = propsErrorOf(() => VoiceAgentService.fromCrn(stack(), "va", crn));
  expect(e.problems).toEqual([
    {
      prop: "crn",
      problem: `is the crn of ${what} (service "${service}"), not of a voice agent with watson instance`,
      received: expect.stringMatching(new RegExp(`^"crn:v1:bluemix:public:${service}:`)),
      fix: "give the crn of the voice agent instance (ibm cloud resource list, or the instance's manage page)",
    },
  ]);
});

test("a voice agent crn (and one of a service the library does not know) is accepted", () => {
  expect(() => VoiceAgentService.fromCrn(stack(), "va", VA_CRN)).not.toThrow();
  const unknown = `crn:v1:bluemix:public:some-future-name:us-south:${ACCOUNT}`;
  expect(() => VoiceAgentService.fromCrn(stack(), "va", unknown)).not.toThrow();
});
