import { TerraformStack, Testing } from "cdktf";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import {
  CbrAddressType,
  CbrEnforcementMode,
  CloudantEventTarget,
  DataClass,
  IEventStore,
  VOICE_AGENT_EGRESS_CANDIDATES,
  VoiceAgent,
} from "../../lib";
import { NETWORK_RESTRICTION_DEFAULTS, parseCbrAddress } from "../../lib/event-forwarding";
import { phiCloudantRestrictedByCbr } from "../../lib/rules/phi-cloudant-restricted-by-cbr";
import { RuleStatus } from "../../lib/rules/rule";
import { outcomes } from "../rules/resource-rule-kit";
import { voiceAgentProps } from "../voice-agent/fixtures";
import { problemProps } from "../core/props-error";
import { resourcesOf } from "../sip-trunk/twilio-kit";

const CRN =
  "crn:v1:bluemix:public:cloudantnosqldb:us-south:a/0123456789abcdef0123456789abcdef:6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b::";

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), "test");
  new IbmProvider(s, "ibm", { region: "us-south" });
  return s;
}

function restricted(s: TerraformStack, restriction: any = {}): CloudantEventTarget {
  return new CloudantEventTarget(s, "events", {
    name: "claims.events",
    location: "us-south",
    networkRestriction: { allowedAddresses: ["169.59.10.204"], ...restriction },
  });
}

describe("parseCbrAddress", () => {
  test.each([
    ["169.61.56.226", CbrAddressType.IP_ADDRESS],
    ["2001:db8::1", CbrAddressType.IP_ADDRESS],
    ["10.0.0.0/24", CbrAddressType.SUBNET],
    ["2001:db8::/48", CbrAddressType.SUBNET],
    ["1.2.3.4-1.2.3.9", CbrAddressType.IP_RANGE],
    ["2001:db8::1-2001:db8::ff", CbrAddressType.IP_RANGE],
  ])("reads %s as %s", (value, type) => {
    expect(parseCbrAddress(value)).toEqual({ type, value });
  });

  test.each([
    "0.0.0.0/0",
    "10.0.0.0/33",
    "1.2.3.9-1.2.3.4",
    "1.2.3.4-2001:db8::1",
    "example.com",
    "10.0.0.256",
    "",
  ])("refuses %j", (value) => {
    expect(parseCbrAddress(value)).toBeUndefined();
  });
});

describe("CloudantEventTarget networkRestriction", () => {
  test("creates a zone of the allowed addresses, their types detected", () => {
    const s = stack();
    const t = restricted(s, {
      allowedAddresses: ["169.59.10.204", "169.60.155.8/29", "198.51.100.10-198.51.100.20"],
    });
    expect(resourcesOf(s, "ibm_cbr_zone")).toEqual({
      "test/events/NetworkRestriction/Zone": {
        account_id: `\${trimprefix(element(split(":", ibm_cloudant.${t.resource.friendlyUniqueId}.crn), 6), "a/")}`,
        name: "claims-events-allowed-networks",
        description: "Networks allowed to reach claims.events",
        addresses: [
          { type: "ipAddress", value: "169.59.10.204" },
          { type: "subnet", value: "169.60.155.8/29" },
          { type: "ipRange", value: "198.51.100.10-198.51.100.20" },
        ],
      },
    });
  });

  test("creates an enforced rule on the instance that admits only the zone", () => {
    const s = stack();
    const t = restricted(s, { accountId: "0123456789abcdef0123456789abcdef" });
    const zone = t.networkRestriction!.zone;
    expect(resourcesOf(s, "ibm_cbr_rule")).toEqual({
      "test/events/NetworkRestriction/Rule": {
        description: "Networks allowed to reach claims.events",
        enforcement_mode: "enabled",
        resources: [
          {
            attributes: [
              { name: "accountId", value: "0123456789abcdef0123456789abcdef" },
              { name: "serviceName", value: "cloudantnosqldb" },
              {
                name: "serviceInstance",
                value: `\${ibm_cloudant.${t.resource.friendlyUniqueId}.guid}`,
              },
            ],
          },
        ],
        contexts: [
          {
            attributes: [
              { name: "networkZoneId", value: `\${ibm_cbr_zone.${zone.friendlyUniqueId}.id}` },
            ],
          },
        ],
      },
    });
    expect(NETWORK_RESTRICTION_DEFAULTS.enforcementMode).toBe(CbrEnforcementMode.ENABLED);
  });

  test("reports only when asked", () => {
    const s = stack();
    restricted(s, { enforcementMode: CbrEnforcementMode.REPORT, zoneName: "va egress" });
    expect(
      resourcesOf(s, "ibm_cbr_rule")["test/events/NetworkRestriction/Rule"].enforcement_mode,
    ).toBe("report");
    expect(resourcesOf(s, "ibm_cbr_zone")["test/events/NetworkRestriction/Zone"].name).toBe(
      "va egress",
    );
  });

  test("creates nothing without a networkRestriction", () => {
    const s = stack();
    const t = new CloudantEventTarget(s, "events", { name: "events", location: "us-south" });
    expect(t.networkRestriction).toBeUndefined();
    expect(JSON.parse(Testing.synth(s)).resource.ibm_cbr_rule).toBeUndefined();
  });

  test("offers voice agent's documented egress addresses as candidates, all valid", () => {
    const all = Object.values(VOICE_AGENT_EGRESS_CANDIDATES).flat();
    expect(all).toEqual(["169.59.10.204", "169.60.155.8/29", "169.61.70.83", "169.61.102.96/29"]);
    expect(all.every((a) => parseCbrAddress(a) !== undefined)).toBe(true);
  });

  test("lists every bad address at once, and refuses none at all", () => {
    expect(
      problemProps(() =>
        restricted(stack(), {
          allowedAddresses: ["0.0.0.0/0", "10.0.0.1", "10.0.0.1", "hosts"],
          accountId: "a/123",
          enforcementMode: "on",
        }),
      ),
    ).toEqual([
      "allowedAddresses[0]",
      "allowedAddresses[3]",
      "allowedAddresses[2]",
      "accountId",
      "enforcementMode",
    ]);
    expect(problemProps(() => restricted(stack(), { allowedAddresses: [] }))).toEqual([
      "allowedAddresses",
    ]);
  });
});

describe("CloudantEventTarget.fromExisting networkRestriction", () => {
  test("restricts an instance found by crn, in the crn's account, by the data source's guid", () => {
    const s = stack();
    const t = CloudantEventTarget.fromExisting(s, "events", {
      instanceCrn: CRN,
      networkRestriction: { allowedAddresses: ["169.59.10.204"] },
    });
    const rule = resourcesOf(s, "ibm_cbr_rule")["test/events/NetworkRestriction/Rule"];
    expect(rule.resources[0].attributes).toEqual([
      { name: "accountId", value: "0123456789abcdef0123456789abcdef" },
      { name: "serviceName", value: "cloudantnosqldb" },
      {
        name: "serviceInstance",
        value: `\${data.ibm_resource_instance.${t.dataSource!.friendlyUniqueId}.guid}`,
      },
    ]);
    expect(resourcesOf(s, "ibm_cbr_zone")["test/events/NetworkRestriction/Zone"].name).toBe(
      "events-allowed-networks",
    );
  });

  test("restricts an ibm_cloudant of this program by its guid", () => {
    const s = stack();
    const c = new Cloudant(s, "raw", { name: "raw", location: "us-south", plan: "standard" });
    CloudantEventTarget.fromExisting(s, "events", {
      cloudant: c,
      networkRestriction: { allowedAddresses: ["169.59.10.204"] },
    });
    const rule = resourcesOf(s, "ibm_cbr_rule")["test/events/NetworkRestriction/Rule"];
    expect(rule.resources[0].attributes[2]).toEqual({
      name: "serviceInstance",
      value: `\${ibm_cloudant.${c.friendlyUniqueId}.guid}`,
    });
  });
});

describe("networkRestriction and the guard's PHI check (VAW-EVT-4)", () => {
  const phiAgentOn = (s: TerraformStack, store: IEventStore) =>
    new VoiceAgent(
      s,
      "agent",
      voiceAgentProps(s, {
        dataClasses: [DataClass.PII, DataClass.PHI],
        eventForwarding: { store, cdr: true },
      }),
    );
  const evt4 = (s: TerraformStack) =>
    outcomes(phiCloudantRestrictedByCbr, s).map((o) => [o.status, o.detail]);

  test("is recognised as restricting a new event target", () => {
    const s = stack();
    phiAgentOn(s, restricted(s));
    expect(evt4(s)).toEqual([[RuleStatus.COMPLIANT, undefined]]);
  });

  test("is recognised as restricting an existing event target found by crn", () => {
    const s = stack();
    const store = CloudantEventTarget.fromExisting(s, "events", {
      instanceCrn: CRN,
      networkRestriction: { allowedAddresses: ["169.59.10.204"] },
    });
    phiAgentOn(s, store);
    expect(evt4(s)).toEqual([[RuleStatus.COMPLIANT, undefined]]);
  });

  test("leaves an unrestricted event target reported", () => {
    const s = stack();
    phiAgentOn(s, new CloudantEventTarget(s, "events", { name: "events", location: "us-south" }));
    expect(evt4(s)[0][0]).toBe(RuleStatus.NON_COMPLIANT);
  });
});
