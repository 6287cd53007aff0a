import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import {
  isVoiceAgentError,
  MediaProtocol,
  SipProviderKind,
  SipTransport,
  SipTrunk,
  SipTrunkProps,
} from "../../lib";
import { SIP_TRUNK_DEFAULTS } from "../../lib/sip-trunk";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

function problems(props: unknown): string[] {
  try {
    new SipTrunk(stack(), "trunk", props as SipTrunkProps);
    return [];
  } catch (e: any) {
    expect(isVoiceAgentError(e)).toBe(true);
    return e.problems.map((p: any) => `${p.prop} ${p.problem}`);
  }
}

describe("SipTrunk defaults", () => {
  const t = new SipTrunk(stack(), "trunk", { providerKind: SipProviderKind.TWILIO });

  test("signals over TLS, encrypts media with SRTP and expects digest authentication", () => {
    expect(t.signalingTransport).toBe(SipTransport.TLS);
    expect(t.media).toBe(MediaProtocol.SRTP);
    expect(t.digestAuthentication).toBe(true);
    expect(SIP_TRUNK_DEFAULTS.allowUnencryptedSignaling).toBe(false);
    expect(SIP_TRUNK_DEFAULTS.allowUnencryptedMedia).toBe(false);
  });

  test("renders TLS origination URIs derived from the agent's region", () => {
    expect(t.renderManifest(["us-south"])).toEqual({
      providerKind: "twilio",
      originationUris: ["sip:us-south.voiceagent.cloud.ibm.com;transport=tls"],
      signalingTransport: "tls",
      media: "srtp",
      digestAuthentication: true,
      allowedSourceAddresses: [],
      terminationCredentialList: false,
      terminationIpAccessControlList: false,
    });
  });

  test("adds a lower-priority URI for a second region and ignores repeats", () => {
    expect(t.renderManifest(["us-east", "us-south", "us-east"]).originationUris).toEqual([
      "sip:us-east.voiceagent.cloud.ibm.com;transport=tls",
      "sip:us-south.voiceagent.cloud.ibm.com;transport=tls",
    ]);
  });

  test("creates no Terraform resources", () => {
    const s = stack();
    new SipTrunk(s, "trunk", { providerKind: SipProviderKind.TWILIO });
    expect(JSON.parse(Testing.synth(s)).resource).toBeUndefined();
  });
});

describe("SipTrunk props", () => {
  test("renders termination, protection flags, source addresses and digest expectation", () => {
    const t = new SipTrunk(stack(), "trunk", {
      providerKind: SipProviderKind.DIRECT_PEERING,
      allowedSourceAddresses: ["203.0.113.10", "2001:db8::1"],
      terminationUri: "sbc.example.com",
      terminationCredentialList: true,
      terminationIpAccessControlList: true,
      digestAuthentication: false,
    });
    expect(t.renderManifest(["us-south"])).toMatchObject({
      providerKind: "direct-peering",
      allowedSourceAddresses: ["203.0.113.10", "2001:db8::1"],
      terminationUri: "sbc.example.com",
      terminationCredentialList: true,
      terminationIpAccessControlList: true,
      digestAuthentication: false,
    });
  });

  test("renders plain URIs for UDP and ;transport=tcp for TCP when explicitly allowed", () => {
    const udp = new SipTrunk(stack(), "udp", {
      providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
      signalingTransport: SipTransport.UDP,
      allowUnencryptedSignaling: true,
    });
    expect(udp.renderManifest(["us-south"]).originationUris).toEqual([
      "sip:us-south.voiceagent.cloud.ibm.com",
    ]);
    const tcp = new SipTrunk(stack(), "tcp", {
      providerKind: SipProviderKind.OTHER_SIP_PROVIDER,
      signalingTransport: SipTransport.TCP,
      media: MediaProtocol.RTP,
      allowUnencryptedSignaling: true,
      allowUnencryptedMedia: true,
    });
    expect(tcp.renderManifest(["us-east"])).toMatchObject({
      originationUris: ["sip:us-east.voiceagent.cloud.ibm.com;transport=tcp"],
      signalingTransport: "tcp",
      media: "rtp",
    });
  });

  test("renders the address of a provisioned trunk set by a subclass", () => {
    class ProvisionedTrunk extends SipTrunk {
      constructor(scope: Construct, id: string) {
        super(scope, id, { providerKind: SipProviderKind.TWILIO });
        this.provisionedTrunkAddress = "twilio_trunking_trunks_v1.main";
      }
    }
    const t = new ProvisionedTrunk(stack(), "twilio");
    expect(t.provisionedTrunk).toBe("twilio_trunking_trunks_v1.main");
    expect(t.renderManifest(["us-south"]).provisionedTrunk).toBe("twilio_trunking_trunks_v1.main");
  });

  test("isSipTrunk recognises trunks and nothing else", () => {
    expect(
      SipTrunk.isSipTrunk(new SipTrunk(stack(), "t", { providerKind: SipProviderKind.TWILIO })),
    ).toBe(true);
    expect(SipTrunk.isSipTrunk({ providerKind: "twilio" })).toBe(false);
    expect(SipTrunk.isSipTrunk(null)).toBe(false);
  });
});

describe("SipTrunk validation", () => {
  test("unencrypted signalling or media must be explicitly allowed", () => {
    expect(
      problems({
        providerKind: SipProviderKind.TWILIO,
        signalingTransport: SipTransport.UDP,
        media: MediaProtocol.RTP,
      }),
    ).toEqual([
      "signalingTransport sends sip signalling (and any srtp keys) in clear",
      "media sends call audio and dtmf tones in clear",
    ]);
    expect(
      problems({ providerKind: SipProviderKind.TWILIO, signalingTransport: SipTransport.TCP }),
    ).toEqual(["signalingTransport sends sip signalling (and any srtp keys) in clear"]);
  });

  test("SRTP over UDP is expressible when UDP is allowed (the guard blocks it)", () => {
    expect(
      problems({
        providerKind: SipProviderKind.TWILIO,
        signalingTransport: SipTransport.UDP,
        allowUnencryptedSignaling: true,
      }),
    ).toEqual([]);
  });

  test("direct peering needs source addresses, single IPs, each once", () => {
    expect(problems({ providerKind: SipProviderKind.DIRECT_PEERING })).toEqual([
      "allowedSourceAddresses must list the peer's addresses for direct peering",
    ]);
    expect(
      problems({
        providerKind: SipProviderKind.DIRECT_PEERING,
        allowedSourceAddresses: ["10.0.0.0/8", "pbx.local", "10.0.0.1", "10.0.0.1"],
      }),
    ).toEqual([
      "allowedSourceAddresses[0] must be a single ip address, not a range",
      "allowedSourceAddresses[1] is not an ip address",
      "allowedSourceAddresses[3] is listed twice",
    ]);
  });

  test("the termination URI is a host name", () => {
    expect(
      problems({ providerKind: SipProviderKind.TWILIO, terminationUri: "example.pstn.twilio.com" }),
    ).toEqual([]);
    expect(
      problems({
        providerKind: SipProviderKind.TWILIO,
        terminationUri: "sip:example.pstn.twilio.com",
      }),
    ).toEqual(["terminationUri has the wrong format"]);
  });

  test("bad input is one error listing every problem, not a crash", () => {
    expect(problems(null)).toEqual(["props are required"]);
    expect(
      problems({
        providerKind: "skype",
        signalingTransport: "quic",
        media: 1,
        digestAuthentication: "yes",
        allowedSourceAddresses: "1.2.3.4",
      }),
    ).toEqual([
      "providerKind is not an allowed value",
      "signalingTransport is not an allowed value",
      "media is not an allowed value",
      "digestAuthentication must be true or false",
      "allowedSourceAddresses must be a list",
    ]);
    expect(problems({})).toEqual(["providerKind is required"]);
  });

  test("the error names the construct path, the value received and the fix", () => {
    try {
      new SipTrunk(stack(), "trunk", {
        providerKind: SipProviderKind.TWILIO,
        media: MediaProtocol.RTP,
      });
      throw new Error("no error");
    } catch (e: any) {
      expect(e.message).toContain(
        'SipTrunk at test/trunk: media sends call audio and dtmf tones in clear, got "rtp"; use MediaProtocol.SRTP, or set allowUnencryptedMedia: true',
      );
    }
  });

  test("tokens pass where literals would be checked", () => {
    const s = stack();
    const ip = new TerraformVariable(s, "ip", { type: "string" }).stringValue;
    const host = new TerraformVariable(s, "host", { type: "string" }).stringValue;
    const t = new SipTrunk(s, "t", {
      providerKind: SipProviderKind.DIRECT_PEERING,
      allowedSourceAddresses: [ip],
      terminationUri: host,
    });
    expect(t.allowedSourceAddresses).toEqual([ip]);
  });
});
