import { Lazy, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { GUARD_TODAY_ENV, VoiceAgentGuard } from "../../lib/guard";
import { appAndStack, renderedJson } from "./guard-kit";

const REASON = "reporting job still reads with legacy credentials";

/** A stack with a legacy-credential cloudant at guarded/team/db (a VAW-CLOUDANT-1 error). */
function legacyStack() {
  const env = appAndStack();
  VoiceAgentGuard.apply(env.stack);
  const team = new Construct(env.stack, "team");
  const db = new Cloudant(team, "db", {
    name: "db",
    location: "us-south",
    plan: "standard",
    legacyCredentials: true,
    enableCors: false,
  });
  const sibling = new Construct(env.stack, "sibling");
  return { ...env, team, db, sibling };
}

describe("acknowledgements", () => {
  afterEach(() => delete process.env[GUARD_TODAY_ENV]);

  test("cover findings on the construct they are attached to and below it", () => {
    const { stack, team } = legacyStack();
    VoiceAgentGuard.acknowledge(team, { ruleId: "VAW-CLOUDANT-1", reason: REASON });
    const report = VoiceAgentGuard.evaluate(stack);
    expect(report.passed).toBe(true);
    expect(report.findings.find((f) => f.ruleId === "VAW-CLOUDANT-1")?.acknowledged).toBe(true);
    expect(report.findings.find((f) => f.ruleId === "VAW-CLOUDANT-1")?.acknowledgement).toEqual({
      constructPath: "guarded/team",
      reason: REASON,
    });
  });

  test("do not cover findings of a sibling subtree, and are then reported as stale (VAW-GUARD-1)", () => {
    const { stack, sibling } = legacyStack();
    VoiceAgentGuard.acknowledge(sibling, { ruleId: "VAW-CLOUDANT-1", reason: REASON });
    const report = VoiceAgentGuard.evaluate(stack);
    expect(report.passed).toBe(false);
    expect(report.acknowledgements).toEqual([
      {
        ruleId: "VAW-CLOUDANT-1",
        constructPath: "guarded/sibling",
        reason: REASON,
        status: "unmatched",
        matchedFindings: 0,
      },
    ]);
    expect(report.findings.find((f) => f.ruleId === "VAW-GUARD-1")).toMatchObject({
      level: "warning",
      blocking: false,
      acknowledged: false,
      constructPath: "guarded/sibling",
      message: "acknowledgement of VAW-CLOUDANT-1 matches no finding at or below guarded/sibling",
    });
  });

  test("do not cover a construct whose path merely starts with the same characters", () => {
    const { stack } = legacyStack();
    const near = new Construct(stack, "tea");
    VoiceAgentGuard.acknowledge(near, { ruleId: "VAW-CLOUDANT-1", reason: REASON });
    expect(VoiceAgentGuard.evaluate(stack).passed).toBe(false);
  });

  test("need a reason of at least 20 characters, checked when given, with every problem listed", () => {
    const { db } = legacyStack();
    expect(() =>
      VoiceAgentGuard.acknowledge(db, {
        ruleId: "VAW-CLOUDANT-1",
        reason: "  too short   ",
        expires: "2030-02-30",
      }),
    ).toThrow(
      /VoiceAgentGuard.acknowledge at guarded\/team\/db: reason must be at least 20 characters, got "  too short   "[^]*expires must be a date written YYYY-MM-DD, got "2030-02-30"/,
    );
  });

  test("are rejected for unknown rule ids and for rules that cannot be acknowledged", () => {
    const { db } = legacyStack();
    expect(() => VoiceAgentGuard.acknowledge(db, { ruleId: "VAW-NOPE-9", reason: REASON })).toThrow(
      /ruleId must name a rule of the guard, got "VAW-NOPE-9"/,
    );
    expect(() =>
      VoiceAgentGuard.acknowledge(db, { ruleId: "VAW-SECRET-1", reason: REASON }),
    ).toThrow(/ruleId names a rule that cannot be acknowledged, got "VAW-SECRET-1"/);
  });

  test("apply through the expiry day and fail again after it, against an injected date", () => {
    const { stack, db } = legacyStack();
    VoiceAgentGuard.acknowledge(db, {
      ruleId: "VAW-CLOUDANT-1",
      reason: REASON,
      expires: "2030-06-30",
    });
    VoiceAgentGuard.apply(stack, { now: "2030-06-30" });
    expect(VoiceAgentGuard.evaluate(stack).passed).toBe(true);
    VoiceAgentGuard.apply(stack, { now: new Date("2030-07-01T00:00:00Z") });
    const report = VoiceAgentGuard.evaluate(stack);
    expect(report.passed).toBe(false);
    expect(report.acknowledgements[0]).toMatchObject({ status: "expired", matchedFindings: 1 });
    expect(report.findings[0]).toMatchObject({
      blocking: true,
      expiredAcknowledgement: { expires: "2030-06-30" },
    });
    expect(() => Testing.synth(stack, true)).toThrow(
      /VAW-CLOUDANT-1 ibm_cloudant at guarded\/team\/db: .*\(its acknowledgement at guarded\/team\/db expired after 2030-06-30\)/,
    );
  });

  test("take the date from VOICE_AGENT_GUARD_TODAY when no date is injected", () => {
    const { stack, db } = legacyStack();
    VoiceAgentGuard.acknowledge(db, {
      ruleId: "VAW-CLOUDANT-1",
      reason: REASON,
      expires: "2030-06-30",
    });
    process.env[GUARD_TODAY_ENV] = "2031-01-01";
    expect(VoiceAgentGuard.evaluate(stack).passed).toBe(false);
    process.env[GUARD_TODAY_ENV] = "2029-01-01";
    expect(VoiceAgentGuard.evaluate(stack).passed).toBe(true);
  });

  test("are recorded, sorted, in the synthesized JSON metadata and in the report", () => {
    const { stack, db, team } = legacyStack();
    VoiceAgentGuard.acknowledge(db, {
      ruleId: "VAW-CLOUDANT-1",
      reason: REASON,
      expires: "2999-01-01",
    });
    VoiceAgentGuard.acknowledge(team, {
      ruleId: "VAW-CLOUDANT-2",
      reason: "dashboards read the database from the browser",
    });
    VoiceAgentGuard.acknowledge(db, {
      ruleId: "VAW-CLOUDANT-1",
      reason: REASON,
      expires: "2999-01-01",
    }); // same again: recorded once
    expect((renderedJson(stack)["//"] as any).voiceAgentGuard).toEqual({
      acknowledgements: [
        {
          ruleId: "VAW-CLOUDANT-2",
          constructPath: "guarded/team",
          reason: "dashboards read the database from the browser",
        },
        {
          ruleId: "VAW-CLOUDANT-1",
          constructPath: "guarded/team/db",
          reason: REASON,
          expires: "2999-01-01",
        },
      ],
    });
    expect(
      VoiceAgentGuard.evaluate(stack).acknowledgements.map((a) => [a.ruleId, a.status]),
    ).toEqual([
      ["VAW-CLOUDANT-2", "unmatched"],
      ["VAW-CLOUDANT-1", "active"],
    ]);
  });

  test("recorded in the JSON by hand are checked like the API's: an invalid one is ignored and reported (VAW-GUARD-2)", () => {
    const { stack } = legacyStack();
    stack.addOverride("//.voiceAgentGuard", {
      acknowledgements: [{ ruleId: "VAW-CLOUDANT-1", constructPath: "guarded", reason: "ok" }],
    });
    const report = VoiceAgentGuard.evaluate(stack);
    expect(report.passed).toBe(false);
    expect(report.acknowledgements[0]).toMatchObject({
      status: "rejected",
      problem: 'reason must be at least 20 characters, got "ok"',
    });
    expect(report.findings.find((f) => f.ruleId === "VAW-GUARD-2")).toMatchObject({
      level: "warning",
      constructPath: "guarded",
      // a warning about the acknowledgement: it blocks nothing and accepts nothing itself
      blocking: false,
      acknowledged: false,
    });
    // the finding it meant to accept stays blocking
    expect(report.findings.find((f) => f.ruleId === "VAW-CLOUDANT-1")).toMatchObject({
      blocking: true,
      acknowledged: false,
    });
  });

  test("refuse a reason that is a token: the reason must be readable in the source", () => {
    const { stack, team } = legacyStack();
    const reason = new TerraformVariable(stack, "ack_reason", { type: "string" });
    expect(() =>
      VoiceAgentGuard.acknowledge(team, { ruleId: "VAW-CLOUDANT-1", reason: reason.stringValue }),
    ).toThrow(/reason must be a literal string/);
    expect(() =>
      VoiceAgentGuard.acknowledge(team, {
        ruleId: "VAW-CLOUDANT-1",
        reason: Lazy.stringValue({ produce: () => REASON }),
      }),
    ).toThrow(/reason must be a literal string/);
  });

  test("can be given by construct path in the guard options, and must lie inside the stack", () => {
    const { stack } = legacyStack();
    VoiceAgentGuard.apply(stack, {
      acknowledgements: [
        { ruleId: "VAW-CLOUDANT-1", constructPath: "guarded/team", reason: REASON },
      ],
    });
    expect(VoiceAgentGuard.evaluate(stack).passed).toBe(true);
    expect(() =>
      VoiceAgentGuard.apply(stack, {
        acknowledgements: [
          { ruleId: "VAW-CLOUDANT-1", constructPath: "elsewhere/db", reason: REASON },
        ],
      }),
    ).toThrow(
      /acknowledgements.constructPath must be a construct path inside the stack, got "elsewhere\/db"/,
    );
  });
});
