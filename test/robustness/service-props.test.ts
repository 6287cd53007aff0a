import fc from "fast-check";
import { TerraformOutput } from "cdktf";
import { Secret, ServiceRole, VoiceAgentPlan, VoiceAgentService } from "../../lib";
import { ServiceCredential } from "../../lib/credentials/service-credential";
import {
  field,
  fuzz,
  LiveFactory,
  live,
  optional,
  props,
  simpleName,
  VA_CRN,
  wildValue,
} from "./fuzz-kit";

// VoiceAgentService (new, fromCrn, fromName), ServiceCredential and the Secret
// factories over generated props: every outcome is a schema-valid synth or the
// library's own error.

const ipAddress = fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom("203.0.113.10", "10.0.0.0/8"));
const hex32 = fc.stringMatching(/^[a-f0-9]{32}$/);
const tags = fc.array(fc.stringMatching(/^[a-z][a-z0-9:_ .-]{0,20}$/), { maxLength: 3 });

const region = fc.oneof(
  { arbitrary: fc.constantFrom("us-south", "us-east"), weight: 8 },
  fc.constantFrom("eu-de", "US-SOUTH", "us_south"),
);

const settings = {
  plan: optional(fc.constantFrom(...Object.values(VoiceAgentPlan))),
  maxConcurrentCalls: optional(
    fc.oneof({ arbitrary: fc.integer({ min: 10, max: 50 }), weight: 4 }, fc.integer()),
  ),
  ipAllowList: optional(
    fc.array(props({ ipNickname: field(simpleName()), ipAddress: field(ipAddress) }), {
      maxLength: 3,
    }),
  ),
  outboundCalling: optional(
    props({
      enabled: optional(fc.boolean()),
      secureTrunking: optional(fc.boolean()),
      peerIpAddress: optional(ipAddress),
    }),
  ),
  provider: optional(live("provider")),
};

const crn = fc.oneof(
  { arbitrary: fc.constant(VA_CRN), weight: 6 },
  { arbitrary: fc.constant(VA_CRN.replace("us-south", "eu-de")), weight: 1 },
  { arbitrary: live("tokenString"), weight: 1 },
  { arbitrary: wildValue, weight: 2 },
);

describe("VoiceAgentService props under fuzzing", () => {
  test("new VoiceAgentService synthesizes or refuses with the library's error", () => {
    const out = fuzz(
      props({
        ...settings,
        catalogServiceName: field(fc.constantFrom("voiceagent", "voice-agent")),
        plan: field(fc.constantFrom(...Object.values(VoiceAgentPlan))),
        catalogPlanName: optional(simpleName()),
        name: field(simpleName()),
        location: field(region),
        resourceGroupId: optional(hex32),
        tags: optional(tags),
      }),
      300,
      (p, f) => new VoiceAgentService(f.stack, "va", p as never),
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });

  test("VoiceAgentService.fromCrn synthesizes or refuses with the library's error", () => {
    const out = fuzz(
      fc.tuple(
        crn,
        optional(props({ region: optional(fc.constantFrom("us-south", "us-east")), ...settings })),
      ),
      300,
      (args, f) => {
        const [c, s] = args as [unknown, unknown];
        VoiceAgentService.fromCrn(f.stack, "va", c as string, s as never);
      },
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });

  test("VoiceAgentService.fromName synthesizes or refuses with the library's error", () => {
    const out = fuzz(
      props({
        name: field(simpleName()),
        resourceGroupId: field(hex32),
        location: optional(region),
        catalogServiceName: optional(simpleName()),
        ...settings,
      }),
      250,
      (p, f) => VoiceAgentService.fromName(f.stack, "va", p as never),
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });
});

describe("ServiceCredential props under fuzzing", () => {
  test("new ServiceCredential synthesizes or refuses with the library's error", () => {
    const out = fuzz(
      props({
        name: field(simpleName()),
        resourceInstanceId: field(fc.oneof(fc.constant(VA_CRN), live("tokenString"))),
        role: field(fc.constantFrom(...Object.values(ServiceRole))),
        tags: optional(tags),
        provider: optional(live("provider")),
      }),
      300,
      (p, f) => new ServiceCredential(f.stack, "credential", p as never),
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });
});

describe("Secret factories under fuzzing", () => {
  const variable = fc.oneof(
    { arbitrary: live("sensitiveVariable"), weight: 4 },
    { arbitrary: live("variable"), weight: 2 },
    { arbitrary: wildValue, weight: 3 },
  );

  /** Uses a secret as a user would: its value in a sensitive output, its reference when printed. */
  function use(secret: Secret, f: LiveFactory): void {
    expect(Secret.isSecret(secret)).toBe(true);
    expect(JSON.stringify(secret)).not.toContain(secret.value);
    expect(String(secret)).toMatch(/^Secret\(/);
    new TerraformOutput(f.stack, f.id("secret_"), { value: secret.value, sensitive: true });
  }

  test("Secret.fromVariable returns a secret or refuses with the library's error", () => {
    const out = fuzz(variable, 300, (v, f) => use(Secret.fromVariable(v as never), f));
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });

  test("Secret.fromSecretsManager returns a secret or refuses with the library's error", () => {
    const uuid = fc.uuid();
    const out = fuzz(
      props({
        instanceId: field(fc.oneof(uuid, live("tokenString"))),
        secretId: field(uuid),
        region: optional(fc.constantFrom("us-south", "eu-de")),
        endpointType: optional(fc.constantFrom("public", "private")),
      }),
      300,
      (o, f) => use(Secret.fromSecretsManager(f.stack, "secret", o as never), f),
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });

  test("Secret.fromResourceKey returns a secret or refuses with the library's error", () => {
    const out = fuzz(
      fc.tuple(
        fc.oneof(
          { arbitrary: live("resourceKey"), weight: 3 },
          { arbitrary: wildValue, weight: 2 },
        ),
        fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 3 },
          { arbitrary: fc.constantFrom("apikey", "iam_apikey_id", "password"), weight: 3 },
          { arbitrary: wildValue, weight: 2 },
        ),
      ),
      300,
      (args, f) => {
        const [key, name] = args as [unknown, unknown];
        use(Secret.fromResourceKey(key as never, name as never), f);
      },
    );
    expect(out.synthesized).toBeGreaterThan(20);
    expect(out.refused).toBeGreaterThan(20);
  });
});
