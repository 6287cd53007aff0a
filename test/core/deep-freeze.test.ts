import { deepFreeze } from "../../lib/core";
import * as events from "../../lib/event-forwarding";
import * as orchestration from "../../lib/orchestration";
import * as sipTrunk from "../../lib/sip-trunk";
import * as voiceAgent from "../../lib/voice-agent";
import * as watson from "../../lib/watson";

function unfrozenPaths(value: unknown, path: string, out: string[] = []): string[] {
  if (typeof value !== "object" || value === null) return out;
  if (!Object.isFrozen(value)) out.push(path);
  for (const [k, v] of Object.entries(value)) unfrozenPaths(v, `${path}.${k}`, out);
  return out;
}

describe("deepFreeze", () => {
  test("freezes nested objects and lists and returns its argument", () => {
    const o = { a: { b: [1, { c: 2 }] } };
    expect(deepFreeze(o)).toBe(o);
    expect(unfrozenPaths(o, "o")).toEqual([]);
    expect(() => {
      "use strict";
      (o.a.b[1] as { c: number }).c = 3;
    }).toThrow(TypeError);
  });

  test("leaves primitives alone", () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
  });
});

describe("the exported defaults", () => {
  const modules = { events, orchestration, sipTrunk, voiceAgent, watson };
  const constants = Object.entries(modules).flatMap(([m, exports]) =>
    Object.entries(exports)
      .filter(([name, v]) => /^[A-Z][A-Z0-9_]+$/.test(name) && typeof v === "object" && v !== null)
      .filter(([, v]) => !(v instanceof RegExp))
      .map(([name, v]) => [`${m}.${name}`, v] as const),
  );

  test("include the defaults and limits objects the constructors read", () => {
    const names = constants.map(([n]) => n);
    for (const expected of [
      "voiceAgent.VOICE_AGENT_DEFAULTS",
      "voiceAgent.VOICE_AGENT_LIMITS",
      "sipTrunk.SIP_TRUNK_DEFAULTS",
      "sipTrunk.TWILIO_SIP_TRUNK_DEFAULTS",
      "events.CLOUDANT_EVENT_TARGET_DEFAULTS",
      "events.NETWORK_RESTRICTION_DEFAULTS",
      "orchestration.CODE_ENGINE_SOE_DEFAULTS",
      "orchestration.SERVICE_ORCHESTRATION_ENGINE_DEFAULTS",
      "watson.WATSON_SERVICE_DEFAULTS",
    ])
      expect(names).toContain(expected);
  });

  test.each(constants.map(([n, v]) => [n, v]))("%s is frozen all the way down", (name, value) => {
    expect(unfrozenPaths(value, String(name))).toEqual([]);
  });
});
