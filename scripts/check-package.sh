#!/usr/bin/env bash
# Packs the library with `npm pack` and proves that a separate, fresh cdktf app can
# install the tarball, import it (TypeScript, strict), synthesize a voice agent with
# the packaged IBM provider bindings, and validate the result with the packaged CLI.
set -euo pipefail
export CHECKPOINT_DISABLE=1
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
npm pack --silent --pack-destination "$work" >/dev/null
tarball="$(ls "$work"/cdktf-ibm-voice-agent-*.tgz)"
echo "packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB, $(tar tzf "$tarball" | wc -l) files)"

mkdir "$work/app" && cd "$work/app"
cat > package.json <<'JSON'
{ "name": "fresh-cdktf-app", "version": "1.0.0", "private": true }
JSON
npm install --silent --no-audit --no-fund --prefer-offline \
  "$tarball" cdktf@0.21.0 constructs@~10.7.2 typescript@~5.9.3 @types/node@^20 >/dev/null

cat > main.ts <<'TS'
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { IbmProvider } from "cdktf-ibm-voice-agent/providers/ibm/provider";
import {
  Secret, SipProviderKind, SipTrunk, SpeechToText, TextToSpeech, VoiceAgent,
  VoiceAgentGuard, VoiceAgentPlan, VoiceAgentService, WatsonAssistant,
} from "cdktf-ibm-voice-agent";

const app = new App();
const stack = new TerraformStack(app, "fresh");
const key = new TerraformVariable(stack, "ibmcloud_api_key", { type: "string", sensitive: true });
new IbmProvider(stack, "ibm", { ibmcloudApiKey: Secret.fromVariable(key).value, region: "us-south" });
const crn = "crn:v1:bluemix:public:voiceagent:us-south:a/0123456789abcdef0123456789abcdef:11111111-2222-3333-4444-555555555555::";
const service = VoiceAgentService.fromCrn(stack, "va", crn, { plan: VoiceAgentPlan.STANDARD });
const wa = new WatsonAssistant(stack, "wa", { name: "wa", location: "us-south", plan: "premium" });
const stt = new SpeechToText(stack, "stt", { name: "stt", location: "us-south", plan: "premium" });
const tts = new TextToSpeech(stack, "tts", { name: "tts", location: "us-south", plan: "premium" });
new VoiceAgent(stack, "agent", {
  service, name: "fresh", phoneNumbers: ["+1 888 333 4444"],
  assistant: { location1: { service: wa, workspaceId: "ws" } },
  speechToText: { location1: { service: stt }, model: "en-US_NarrowbandModel" },
  textToSpeech: { location1: { service: tts }, voice: "en-US_AllisonV3Voice" },
  sipTrunk: new SipTrunk(stack, "trunk", { providerKind: SipProviderKind.OTHER_SIP_PROVIDER, terminationUri: "sbc.example.com" }),
});
VoiceAgentGuard.of(app);
app.synth();
TS
npx tsc --strict --target ES2022 --module commonjs --moduleResolution node --esModuleInterop --skipLibCheck main.ts
node main.js
npx cdktf-ibm-voice-agent validate cdktf.out/stacks/fresh/cdk.tf.json
test -f cdktf.out/stacks/fresh/voice-agent-guard.sarif
echo "package check passed: a fresh cdktf app installed, imported and synthesized with the packed library"
