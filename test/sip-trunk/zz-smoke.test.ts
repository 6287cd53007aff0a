import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { TwilioProvider } from "../../.gen/providers/twilio/provider";
import { TwilioSipTrunk } from "../../lib/sip-trunk/twilio-sip-trunk";
import { Secret } from "../../lib/secrets/secret";
test("smoke", () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, "s");
  const v = (n: string) => Secret.fromVariable(new TerraformVariable(stack, n, { type: "string", sensitive: true }));
  new TwilioProvider(stack, "twilio", { username: v("sid").value, password: v("tok").value });
  const t = new TwilioSipTrunk(stack, "trunk", { region: "us-south", secondaryRegion: "us-east", domainName: "billing.pstn.twilio.com",
    terminationCredentials: [{ username: "voiceagent", password: v("pw") }], phoneNumberSids: ["PN0123456789abcdef0123456789abcdef"], terminationIpAddresses: ["169.59.10.204", "10.1.2.0/29"] });
  console.log(Testing.synth(stack));
  console.log(JSON.stringify(t.renderManifest(["us-south","us-east"])));
});
