import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { validateProps } from "../../lib/core/validation";
import {
  checkSameLanguage,
  findLanguageMismatches,
  SpeechToText,
  TextToSpeech,
  WatsonAssistant,
} from "../../lib/watson";
import { propsErrorOf } from "../core/props-error";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

describe("findLanguageMismatches", () => {
  test("finds nothing when every service has the same language", () => {
    expect(
      findLanguageMismatches({
        conversation: { language: "en-US" },
        speechToText: { language: "en-US" },
        textToSpeech: { language: "en-US" },
      }),
    ).toEqual([]);
  });

  test("reports each service that differs from the first known language", () => {
    expect(
      findLanguageMismatches({
        conversation: { language: "en-US" },
        speechToText: { language: "en-GB" },
        textToSpeech: { language: "fr-FR" },
      }),
    ).toEqual([
      {
        prop: "speechToText",
        language: "en-GB",
        referenceProp: "conversation",
        referenceLanguage: "en-US",
      },
      {
        prop: "textToSpeech",
        language: "fr-FR",
        referenceProp: "conversation",
        referenceLanguage: "en-US",
      },
    ]);
  });

  test("skips missing services, unknown languages and tokens", () => {
    const s = stack();
    const token = new TerraformVariable(s, "lang", { type: "string" }).stringValue;
    expect(
      findLanguageMismatches({
        conversation: undefined,
        speechToText: {},
        textToSpeech: { language: token },
        other: { language: "ja-JP" },
        last: { language: "ja-JP" },
      }),
    ).toEqual([]);
  });
});

describe("checkSameLanguage", () => {
  test("adds one problem per mismatching service to the caller's props error", () => {
    const s = stack();
    const wa = new WatsonAssistant(s, "wa", { name: "wa", location: "us-south" });
    const stt = new SpeechToText(s, "stt", {
      name: "stt",
      location: "us-south",
      language: "es-ES",
    });
    const tts = TextToSpeech.fromExisting(s, "tts", { name: "tts", location: "us-south" });
    const e = propsErrorOf(() =>
      validateProps("VoiceAgent", s, (c) =>
        checkSameLanguage(c, { conversation: wa, speechToText: stt, textToSpeech: tts }),
      ),
    );
    expect(e.problems).toEqual([
      {
        prop: "speechToText.language",
        problem: 'does not match conversation.language ("en-US")',
        received: '"es-ES"',
        fix: "set up watson assistant, speech to text and text to speech for the same language",
      },
    ]);
  });
});
