import { Testing } from "cdktf";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import {
  MediaProtocol,
  SipProviderKind,
  SipTransport,
  SipTrunk,
  TwilioSipTrunk,
  TwilioTransferCallerId,
  TwilioTransferMode,
  VoiceAgent,
} from "../../lib";
import { TWILIO_SIP_TRUNK_DEFAULTS } from "../../lib/sip-trunk";
import { manifests, voiceAgentProps } from "../voice-agent/fixtures";
import { problemProps, propsErrorOf } from "../core/props-error";
import { PN, resourcesOf, secretVar, twilioStack, twilioTrunk } from "./twilio-kit";

const T = "test/trunk";

describe("TwilioSipTrunk trunk settings", () => {
  test("turns Secure Trunking on, transfers off, CNAM lookups off, and names the termination host", () => {
    const stack = twilioStack();
    twilioTrunk(stack);
    expect(resourcesOf(stack, "twilio_trunking_trunks_v1")).toEqual({
      [`${T}/Resource`]: {
        friendly_name: "trunk",
        domain_name: "claims.pstn.twilio.com",
        secure: true,
        transfer_mode: "disable-all",
        transfer_caller_id: "from-transferee",
        cnam_lookup_enabled: false,
      },
    });
    expect(TWILIO_SIP_TRUNK_DEFAULTS.transferMode).toBe(TwilioTransferMode.DISABLE_ALL);
  });

  test("is a SipTrunk of provider kind twilio that records its provisioned trunk", () => {
    const t = twilioTrunk(twilioStack());
    expect(t).toBeInstanceOf(SipTrunk);
    expect(SipTrunk.isSipTrunk(t)).toBe(true);
    expect(t.providerKind).toBe(SipProviderKind.TWILIO);
    expect(t.provisionedTrunk).toBe(`twilio_trunking_trunks_v1.${t.resource.friendlyUniqueId}`);
  });

  test("sets transfer mode and caller id when asked", () => {
    const stack = twilioStack();
    twilioTrunk(stack, {
      transferMode: TwilioTransferMode.ENABLE_ALL,
      transferCallerId: TwilioTransferCallerId.FROM_TRANSFEROR,
      friendlyName: "claims line",
    });
    expect(resourcesOf(stack, "twilio_trunking_trunks_v1")[`${T}/Resource`]).toMatchObject({
      friendly_name: "claims line",
      transfer_mode: "enable-all",
      transfer_caller_id: "from-transferor",
    });
  });

  test("turns Secure Trunking off only for rtp media explicitly allowed", () => {
    const stack = twilioStack();
    twilioTrunk(stack, { media: MediaProtocol.RTP, allowUnencryptedMedia: true });
    expect(resourcesOf(stack, "twilio_trunking_trunks_v1")[`${T}/Resource`].secure).toBe(false);
  });
});

describe("TwilioSipTrunk origination", () => {
  test("sends calls to the region's voice agent sip host over tls with priority 10 and weight 10", () => {
    const stack = twilioStack();
    twilioTrunk(stack);
    const urls = resourcesOf(stack, "twilio_trunking_trunks_origination_urls_v1");
    expect(Object.keys(urls)).toEqual([`${T}/Origination-us-south`]);
    expect(urls[`${T}/Origination-us-south`]).toEqual({
      trunk_sid: expect.stringMatching(/^\$\{twilio_trunking_trunks_v1\.trunk_[A-Z0-9_]+\.sid\}$/),
      friendly_name: "voice-agent-us-south",
      sip_url: "sip:us-south.voiceagent.cloud.ibm.com;transport=tls",
      priority: 10,
      weight: 10,
      enabled: true,
      lifecycle: {
        replace_triggered_by: [expect.stringMatching(/^twilio_trunking_trunks_v1\.\S+\.sid$/)],
      },
    });
  });

  test("adds the second region as a lower-priority failover", () => {
    const stack = twilioStack();
    twilioTrunk(stack, { secondaryRegion: "us-east" });
    const failover = resourcesOf(stack, "twilio_trunking_trunks_origination_urls_v1")[
      `${T}/Origination-us-east`
    ];
    expect(failover).toMatchObject({
      sip_url: "sip:us-east.voiceagent.cloud.ibm.com;transport=tls",
      priority: 20,
      weight: 10,
    });
  });
});

describe("TwilioSipTrunk termination", () => {
  test("allows only voice agent's outbound addresses of the trunk's regions by default", () => {
    const stack = twilioStack();
    const t = twilioTrunk(stack, { secondaryRegion: "us-east" });
    expect(t.terminationIpAddresses).toEqual(["169.59.10.204", "169.61.70.83"]);
    const entries = Object.values(
      resourcesOf(stack, "twilio_api_accounts_sip_ip_access_control_lists_ip_addresses"),
    );
    expect(entries.map((e) => [e.ip_address, e.cidr_prefix_length])).toEqual([
      ["169.59.10.204", 32],
      ["169.61.70.83", 32],
    ]);
    const acl = `\${twilio_api_accounts_sip_ip_access_control_lists.${t.ipAccessControlList!.friendlyUniqueId}.sid}`;
    expect(entries.every((e) => e.ip_access_control_list_sid === acl)).toBe(true);
    expect(
      Object.values(resourcesOf(stack, "twilio_trunking_trunks_ip_access_control_lists_v1")),
    ).toEqual([
      {
        trunk_sid: `\${twilio_trunking_trunks_v1.${t.resource.friendlyUniqueId}.sid}`,
        ip_access_control_list_sid: acl,
      },
    ]);
  });

  test("takes given addresses with their prefix", () => {
    const stack = twilioStack();
    twilioTrunk(stack, { terminationIpAddresses: ["203.0.113.8/29"] });
    expect(
      Object.values(
        resourcesOf(stack, "twilio_api_accounts_sip_ip_access_control_lists_ip_addresses"),
      ),
    ).toEqual([
      expect.objectContaining({
        ip_address: "203.0.113.8",
        cidr_prefix_length: 29,
        friendly_name: "203.0.113.8/29",
      }),
    ]);
  });

  test("puts credentials in a credential list with the password as a sensitive reference, checked at plan time", () => {
    const stack = twilioStack();
    const t = twilioTrunk(stack);
    const list = `\${twilio_api_accounts_sip_credential_lists.${t.credentialList!.friendlyUniqueId}.sid}`;
    const [credential] = Object.values(
      resourcesOf(stack, "twilio_api_accounts_sip_credential_lists_credentials"),
    );
    expect(credential).toMatchObject({
      credential_list_sid: list,
      username: "voice-agent",
      password: "${var.sip_pw}",
    });
    const [pre] = credential.lifecycle.precondition;
    expect(pre.condition).toBe(
      '${((length(var.sip_pw) >= 12) && (can(regex("[0-9]", var.sip_pw)) && (can(regex("[a-z]", var.sip_pw)) && can(regex("[A-Z]", var.sip_pw)))))}',
    );
    expect(pre.error_message).not.toContain("var.sip_pw");
    expect(Object.values(resourcesOf(stack, "twilio_trunking_trunks_credential_lists_v1"))).toEqual(
      [
        {
          trunk_sid: `\${twilio_trunking_trunks_v1.${t.resource.friendlyUniqueId}.sid}`,
          credential_list_sid: list,
        },
      ],
    );
  });

  test("creates no credential list without credentials and no access-control list for an explicitly open termination", () => {
    const stack = twilioStack();
    const t = twilioTrunk(stack, {
      terminationCredentials: [],
      terminationIpAddresses: [],
      allowUnprotectedTermination: true,
    });
    expect(t.credentialList).toBeUndefined();
    expect(t.ipAccessControlList).toBeUndefined();
    const json = JSON.parse(Testing.synth(stack));
    expect(json.resource.twilio_trunking_trunks_credential_lists_v1).toBeUndefined();
    expect(json.resource.twilio_trunking_trunks_ip_access_control_lists_v1).toBeUndefined();
  });
});

describe("TwilioSipTrunk phone numbers and provider", () => {
  test("routes each phone number to the trunk by its sid", () => {
    const stack = twilioStack();
    const t = twilioTrunk(stack);
    expect(Object.values(resourcesOf(stack, "twilio_trunking_trunks_phone_numbers_v1"))).toEqual([
      {
        trunk_sid: `\${twilio_trunking_trunks_v1.${t.resource.friendlyUniqueId}.sid}`,
        phone_number_sid: PN,
      },
    ]);
  });

  test("passes an aliased provider to every resource it creates", () => {
    const stack = twilioStack();
    const alias = new TwilioProvider(stack, "sub", {
      alias: "subaccount",
      username: secretVar(stack, "sub_sid").value,
      password: secretVar(stack, "sub_token").value,
    });
    twilioTrunk(stack, { provider: alias, secondaryRegion: "us-east" });
    const json = JSON.parse(Testing.synth(stack));
    const bodies = Object.keys(json.resource).flatMap((type) =>
      Object.values<any>(json.resource[type]),
    );
    expect(bodies.length).toBe(11);
    expect(bodies.every((b) => b.provider === "twilio.subaccount")).toBe(true);
  });
});

describe("TwilioSipTrunk manifest", () => {
  test("renders the same settings it provisions", () => {
    const stack = twilioStack();
    const t = twilioTrunk(stack, { secondaryRegion: "us-east" });
    expect(t.renderManifest(["us-south", "us-east"])).toEqual({
      providerKind: "twilio",
      originationUris: [
        "sip:us-south.voiceagent.cloud.ibm.com;transport=tls",
        "sip:us-east.voiceagent.cloud.ibm.com;transport=tls",
      ],
      signalingTransport: "tls",
      media: "srtp",
      digestAuthentication: true,
      terminationUri: "claims.pstn.twilio.com",
      allowedSourceAddresses: [],
      terminationCredentialList: true,
      terminationIpAccessControlList: true,
      provisionedTrunk: t.provisionedTrunk,
    });
  });

  test("states no termination protection it does not provision", () => {
    const t = twilioTrunk(twilioStack(), {
      terminationCredentials: [],
      terminationIpAddresses: [],
      allowUnprotectedTermination: true,
    });
    expect(t.renderManifest(["us-south"])).toMatchObject({
      terminationCredentialList: false,
      terminationIpAccessControlList: false,
    });
  });

  test("refuses an agent whose regions are not the trunk's", () => {
    const t = twilioTrunk(twilioStack(), { secondaryRegion: "us-east" });
    const e = propsErrorOf(() => t.renderManifest(["us-south"]));
    expect(e.message).toContain(
      'TwilioSipTrunk at test/trunk: region does not match the regions of an agent using the trunk (us-south), got "us-south, us-east"',
    );
    expect(() => t.renderManifest(["us-east", "us-south"])).toThrow(/does not match/);
  });
});

describe("TwilioSipTrunk props validation", () => {
  test("lists every problem at once", () => {
    const stack = twilioStack();
    expect(
      problemProps(
        () =>
          new TwilioSipTrunk(stack, "trunk", {
            region: "eu-de",
            domainName: "claims.example.com",
            phoneNumberSids: ["+18885550100"],
            transferMode: "allow" as any,
            terminationCredentials: [{ username: "a b", password: "Secret123456" as any }],
            terminationIpAddresses: ["10.0.0.0/0", "2001:db8::1"],
          }),
      ),
    ).toEqual([
      "region",
      "domainName",
      "transferMode",
      "phoneNumberSids[0]",
      "terminationCredentials[0].username",
      "terminationCredentials[0].password",
      "terminationIpAddresses[0]",
      "terminationIpAddresses[1]",
    ]);
  });

  test("never shows a password given as a string", () => {
    const stack = twilioStack();
    const e = propsErrorOf(
      () =>
        new TwilioSipTrunk(stack, "trunk", {
          region: "us-south",
          terminationCredentials: [{ username: "va", password: "Secret123456" as any }],
        }),
    );
    expect(e.message).not.toContain("Secret123456");
    expect(e.message).toContain("(secret, not shown)");
  });

  test("refuses srtp over tcp: twilio secure trunking needs tls", () => {
    const stack = twilioStack();
    expect(
      problemProps(() =>
        twilioTrunk(stack, {
          signalingTransport: SipTransport.TCP,
          allowUnencryptedSignaling: true,
        }),
      ),
    ).toEqual(["signalingTransport"]);
  });

  test("refuses rtp media unless allowed", () => {
    expect(problemProps(() => twilioTrunk(twilioStack(), { media: MediaProtocol.RTP }))).toEqual([
      "media",
    ]);
  });

  test("refuses an open termination unless allowed, and an allowance that contradicts protection", () => {
    expect(
      problemProps(() =>
        twilioTrunk(twilioStack(), { terminationCredentials: [], terminationIpAddresses: [] }),
      ),
    ).toEqual(["terminationIpAddresses"]);
    expect(
      problemProps(() => twilioTrunk(twilioStack(), { allowUnprotectedTermination: true })),
    ).toEqual(["allowUnprotectedTermination"]);
  });

  test("refuses the same region twice and a repeated credential user name", () => {
    const stack = twilioStack();
    const pw = secretVar(stack, "pw");
    expect(
      problemProps(() =>
        twilioTrunk(stack, {
          secondaryRegion: "us-south",
          terminationCredentials: [
            { username: "va", password: pw },
            { username: "VA", password: pw },
          ],
        }),
      ),
    ).toEqual(["secondaryRegion", "terminationCredentials.username[1]"]);
  });

  test("reports missing props instead of throwing a TypeError", () => {
    expect(problemProps(() => new TwilioSipTrunk(twilioStack(), "t", undefined as any))).toEqual([
      "props",
    ]);
    expect(problemProps(() => new TwilioSipTrunk(twilioStack(), "t", {} as any))).toEqual([
      "region",
    ]);
  });

  test("lets unresolved tokens through where a literal would be checked", () => {
    const stack = twilioStack();
    const sid = secretVar(stack, "number_sid").value;
    const user = secretVar(stack, "sip_user").value;
    const ip = secretVar(stack, "sbc_ip").value;
    const t = twilioTrunk(stack, {
      phoneNumberSids: [sid],
      terminationCredentials: [{ username: user, password: secretVar(stack, "pw") }],
      terminationIpAddresses: [ip],
    });
    expect(t.node.tryFindChild("PhoneNumber-1")).toBeDefined();
    expect(t.node.tryFindChild("TerminationCredential-1")).toBeDefined();
    const [entry] = Object.values(
      resourcesOf(stack, "twilio_api_accounts_sip_ip_access_control_lists_ip_addresses"),
    );
    expect(entry).toMatchObject({ ip_address: "${var.sbc_ip}", friendly_name: "${var.sbc_ip}" });
    expect(entry.cidr_prefix_length).toBeUndefined();
  });

  test("needs literal regions: the origination uris derive from them", () => {
    const stack = twilioStack();
    const region = secretVar(stack, "region").value;
    expect(problemProps(() => twilioTrunk(stack, { region }))).toEqual(["region"]);
  });
});

describe("TwilioSipTrunk bound to a VoiceAgent", () => {
  test("fills the agent manifest's sip trunk section from the trunk it provisions", () => {
    const stack = twilioStack();
    const t = twilioTrunk(stack, { secondaryRegion: "us-east" });
    new VoiceAgent(
      stack,
      "agent",
      voiceAgentProps(stack, { sipTrunk: t, secondaryRegion: "us-east" }),
    );
    const [manifest] = manifests(JSON.parse(Testing.synth(stack)));
    expect(manifest.sipTrunk).toEqual({
      providerKind: "twilio",
      originationUris: [
        "sip:us-south.voiceagent.cloud.ibm.com;transport=tls",
        "sip:us-east.voiceagent.cloud.ibm.com;transport=tls",
      ],
      signalingTransport: "tls",
      media: "srtp",
      digestAuthentication: true,
      terminationUri: "claims.pstn.twilio.com",
      allowedSourceAddresses: [],
      terminationCredentialList: true,
      terminationIpAccessControlList: true,
      provisionedTrunk: t.provisionedTrunk,
    });
  });

  test("fails the agent whose region the trunk does not originate to", () => {
    const stack = twilioStack();
    const t = twilioTrunk(stack);
    expect(
      () =>
        new VoiceAgent(stack, "agent", voiceAgentProps(stack, { sipTrunk: t, region: "us-east" })),
    ).toThrow(
      /TwilioSipTrunk at test\/trunk: region does not match the regions of an agent using the trunk \(us-east\)/,
    );
  });
});
