import fc from "fast-check";
import {
  MediaProtocol,
  ServiceOrchestrationEngine,
  SipProviderKind,
  SipTransport,
  SipTrunk,
} from "../../lib";
import { field, fuzz, live, optional, props, simpleName, wildValue } from "./fuzz-kit";

// SipTrunk and ServiceOrchestrationEngine over generated props: every outcome
// is a schema-valid synth (and a manifest rendering that holds no secret) or
// the library's own error.

const mostly = <T>(good: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: good as fc.Arbitrary<unknown>, weight: 6 }, other);
const ipAddress = mostly(fc.oneof(fc.ipV4(), fc.ipV6()), fc.constantFrom("10.0.0.0/8", "::g"));

describe("SipTrunk props under fuzzing", () => {
  test("new SipTrunk builds a trunk whose manifest renders, or refuses with the library's error", () => {
    const out = fuzz(
      props({
        providerKind: field(fc.constantFrom(...Object.values(SipProviderKind))),
        signalingTransport: optional(fc.constantFrom(...Object.values(SipTransport))),
        media: optional(fc.constantFrom(...Object.values(MediaProtocol))),
        allowUnencryptedSignaling: optional(fc.boolean()),
        allowUnencryptedMedia: optional(fc.boolean()),
        digestAuthentication: optional(fc.boolean()),
        allowedSourceAddresses: optional(fc.array(ipAddress, { maxLength: 3 })),
        terminationUri: optional(
          mostly(fc.domain(), fc.constantFrom("sip:x@example.com", "-bad-.example.com")),
        ),
        terminationCredentialList: optional(fc.boolean()),
        terminationIpAccessControlList: optional(fc.boolean()),
      }),
      400,
      (p, f) => {
        const trunk = new SipTrunk(f.stack, "trunk", p as never);
        const manifest = trunk.renderManifest(["us-south", "us-east", "us-south"]);
        expect(manifest.originationUris).toHaveLength(2);
        expect(typeof JSON.stringify(manifest)).toBe("string");
      },
    );
    expect(out.synthesized).toBeGreaterThan(30);
    expect(out.refused).toBeGreaterThan(30);
  });
});

describe("ServiceOrchestrationEngine props under fuzzing", () => {
  test("new ServiceOrchestrationEngine renders a location without secret values, or refuses with the library's error", () => {
    const out = fuzz(
      props({
        url: field(
          mostly(
            fc.webUrl({ validSchemes: ["https"] }),
            fc.oneof(
              fc.webUrl({ validSchemes: ["http", "ftp"] }),
              fc.constantFrom("soe.example.com", "https://u:p@soe.example.com/"),
            ),
          ),
        ),
        region: field(mostly(fc.constantFrom("us-south", "eu-de"), fc.constant("Dallas"))),
        userName: optional(simpleName(70), 1),
        password: optional(
          fc.oneof(live("secret"), live("secretsManagerSecret"), fc.constant("hunter2")),
          1,
        ),
        allowUnauthenticatedAccess: optional(mostly(fc.boolean(), wildValue)),
      }),
      400,
      (p, f) => {
        const soe = new ServiceOrchestrationEngine(f.stack, "soe", p as never);
        const location = JSON.stringify(soe.renderLocation());
        if (soe.password) expect(location).not.toContain(soe.password.value);
        expect(ServiceOrchestrationEngine.isServiceOrchestrationEngine(soe)).toBe(true);
      },
    );
    expect(out.synthesized).toBeGreaterThan(30);
    expect(out.refused).toBeGreaterThan(30);
  });
});
