#!/usr/bin/env bash
# Packs the library with `npm pack` and proves that the tarball carries the release files
# and that a separate, fresh cdktf app can install it, import it (TypeScript, strict),
# synthesize a voice agent with the packaged IBM provider bindings, validate the result
# with the packaged CLI, compile and synthesize each example copied as it is, and test it with ts-jest through the jest setup-file route
# (`setupFilesAfterEnv` + `compilerOptions.types`), type-checked.
set -euo pipefail
export CHECKPOINT_DISABLE=1
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
npm pack --silent --pack-destination "$work" >/dev/null
tarball="$(ls "$work"/cdktf-ibm-voice-agent-*.tgz)"
echo "packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB, $(tar tzf "$tarball" | wc -l) files)"

# The release files are in the tarball (`npm pack --dry-run`, after the build above).
npm pack --dry-run --json --ignore-scripts >"$work/listing.json"
node - "$work/listing.json" <<'JS'
const listed = new Set(JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"))[0].files.map((f) => f.path));
const missing = ["LICENSE", "README.md", "RULES.md", "CHANGELOG.md", "package.json"].filter((f) => !listed.has(f));
if (missing.length > 0) {
  console.error(`npm pack --dry-run does not list: ${missing.join(", ")}; add them to package.json "files"`);
  process.exit(1);
}
JS

mkdir "$work/app" && cd "$work/app"
cat > package.json <<'JSON'
{ "name": "fresh-cdktf-app", "version": "1.0.0", "private": true }
JSON
npm install --silent --no-audit --no-fund --prefer-offline \
  "$tarball" cdktf@0.21.0 constructs@~10.7.2 typescript@~5.9.3 @types/node@^20 \
  jest@^29.7.0 ts-jest@^29.4.0 @types/jest@^29.5.14 >/dev/null

cat > stack.ts <<'TS'
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { IbmProvider } from "cdktf-ibm-voice-agent/providers/ibm/provider";
import {
  Secret, SipProviderKind, SipTrunk, SpeechToText, TextToSpeech, VoiceAgent,
  VoiceAgentPlan, VoiceAgentService, WatsonAssistant,
} from "cdktf-ibm-voice-agent";

/** A voice agent stack as a user writes one. */
export function freshStack(app: App): TerraformStack {
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
  return stack;
}
TS
cat > main.ts <<'TS'
import { App } from "cdktf";
import { VoiceAgentGuard } from "cdktf-ibm-voice-agent";
import { freshStack } from "./stack";

const app = new App();
freshStack(app);
VoiceAgentGuard.of(app);
app.synth();
TS
npx tsc --strict --target ES2022 --module commonjs --moduleResolution node --esModuleInterop --skipLibCheck main.ts
node main.js
npx cdktf-ibm-voice-agent validate cdktf.out/stacks/fresh/cdk.tf.json
test -f cdktf.out/stacks/fresh/voice-agent-guard.sarif

# The examples, copied as they are: they import the package by its name, so each one
# compiles (strict) and synthesizes against the installed tarball.
for example in "$root"/examples/*/main.ts; do
  name="$(basename "$(dirname "$example")")"
  cp "$example" "example-$name.ts"
  npx tsc --strict --target ES2022 --module commonjs --moduleResolution node --esModuleInterop --skipLibCheck "example-$name.ts"
  mkdir -p "examples-out/$name"
  CDKTF_OUTDIR="examples-out/$name" node "example-$name.js" >/dev/null
  ls examples-out/"$name"/stacks/*/cdk.tf.json >/dev/null
done

# The jest setup-file route: the matchers are registered by setupFilesAfterEnv alone (the
# test file imports nothing from the testing entry points) and typed by compilerOptions.types.
cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "strict": true, "target": "ES2022", "module": "commonjs", "moduleResolution": "node",
    "esModuleInterop": true, "skipLibCheck": true,
    "types": ["node", "jest", "cdktf-ibm-voice-agent/testing/setup"]
  },
  "include": ["stack.ts", "guard.test.ts"]
}
JSON
cat > jest.config.js <<'JS'
module.exports = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  setupFilesAfterEnv: ["cdktf-ibm-voice-agent/testing/setup"],
};
JS
cat > guard.test.ts <<'TS'
import { Testing } from "cdktf";
import { Cloudant } from "cdktf-ibm-voice-agent/providers/ibm/cloudant";
import { freshStack } from "./stack";

test("a secure voice agent passes the guard", () => {
  const stack = freshStack(Testing.app());
  expect(stack).toPassGuard();
  expect(stack).not.toHaveGuardFinding("VAW-CLOUDANT-1");
});

test("a Cloudant instance with legacy credentials is blocked", () => {
  const stack = freshStack(Testing.app());
  new Cloudant(stack, "legacy", { name: "legacy", location: "us-south", plan: "standard", legacyCredentials: true });
  expect(stack).not.toPassGuard();
  expect(stack).toHaveGuardFinding("VAW-CLOUDANT-1", "fresh/legacy");
});
TS
# Type-checked with both module resolutions a user may have (typesVersions and exports).
npx tsc -p tsconfig.json --noEmit
npx tsc -p tsconfig.json --noEmit --module node16 --moduleResolution node16
# The check can fail: a misspelt matcher does not compile.
sed 's/toPassGuard()/toPassGuardd()/' guard.test.ts > misspelt.test.ts
if npx tsc --noEmit --strict --target ES2022 --module commonjs --moduleResolution node \
  --esModuleInterop --skipLibCheck --types node,jest,cdktf-ibm-voice-agent/testing/setup misspelt.test.ts >"$work/misspelt.log" 2>&1; then
  echo "a misspelt guard matcher type-checked: the matcher types are not what the test sees" >&2
  exit 1
fi
grep -q "TS2551\|TS2339" "$work/misspelt.log"
rm misspelt.test.ts
npx jest --ci
echo "package check passed: the tarball lists the release files; a fresh cdktf app installed, imported, synthesized and ts-jest-tested the packed library"
