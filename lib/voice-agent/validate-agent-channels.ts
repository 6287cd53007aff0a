import { ServiceRole } from "../contracts";
import {
  checkAtLeast,
  checkHttpUrl,
  checkPhoneNumber,
  checkTransferTarget,
  checkUnique,
  isToken,
  phoneNumberKey,
  phoneNumberTypeLabel,
  PropsChecker,
  transferTargetNumberRisk,
} from "../core";
import { Secret } from "../secrets";
import { SipTrunk } from "../sip-trunk";
import { checkSpeechToText, checkTextToSpeech } from "./validate-agent-services";
import { VOICE_AGENT_LIMITS as LIMITS } from "./voice-agent-defaults";
import { AgentType, VoiceAgentPlan } from "./voice-agent-enums";
import type { VoiceAgentProps } from "./voice-agent-props";
import type { IVoiceAgentService } from "./voice-agent-service-types";
import {
  ADVANCED_KEYS,
  AGENT_OUTBOUND_CALLING_KEYS,
  SIP_AUTHENTICATION_KEYS,
  SMS_KEYS,
} from "./voice-agent-prop-keys";

/**
 * Checks of a voice agent's channel-specific props: the voice settings
 * (speech, trunk, SIP authentication, call transfer, advanced options,
 * outbound calling) and the SMS settings. Each adds problems and never throws.
 */

const SIP_HEADER = /^[A-Za-z0-9!%'*+.~_`-]+$/;
const TWILIO_ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;

/**
 * Checks the call transfer settings: every target with core's transfer-target
 * parser (the guard's rules read targets with the same one), and the
 * declared business numbers, which must be valid numbers and cannot be of a
 * personal type. Whether a target's number is personal is the guard's
 * finding (VAW-XFER-4), so that it also holds for manifests built from raw
 * values.
 */
function checkCallTransfer(c: PropsChecker, value: unknown): void {
  const t = c.object("callTransfer", value);
  if (!t) return;
  const max = LIMITS.transferTargetMaxLength;
  checkTransferTarget(c, "callTransfer.defaultTarget", t.defaultTarget, max);
  c.list("callTransfer.allowedTargets", t.allowedTargets, 0, Number.MAX_SAFE_INTEGER)?.forEach(
    (x, i) => checkTransferTarget(c, `callTransfer.allowedTargets[${i}]`, x, max),
  );
  const numbers = c.list(
    "callTransfer.businessNumbers",
    t.businessNumbers,
    0,
    LIMITS.phoneNumbersMax,
  );
  numbers?.forEach((n, i) => {
    const prop = `callTransfer.businessNumbers[${i}]`;
    const parsed = checkPhoneNumber(c, prop, n, LIMITS.phoneNumberMaxLength);
    if (parsed && transferTargetNumberRisk(parsed.type) === "personal")
      c.add(
        prop,
        `is a ${phoneNumberTypeLabel(parsed.type)} number, which cannot be declared a business number`,
        n,
        "list only business lines (fixed line, toll free, a company's voip range); IBM says never to transfer callers to a personal number",
      );
  });
  checkUnique(c, "callTransfer.businessNumbers", numbers, phoneNumberKey, "list each number once");
  c.boolean("callTransfer.putCallerOnHold", t.putCallerOnHold);
  c.boolean("callTransfer.disconnectOnFailure", t.disconnectOnFailure);
  c.string("callTransfer.failureMessage", t.failureMessage, {
    min: 1,
    max: LIMITS.messageMaxLength,
  });
}

/** Reports every voice-only prop given to an SMS agent. */
export function voiceOnly(c: PropsChecker, p: Partial<VoiceAgentProps>): void {
  for (const k of [
    "speechToText",
    "textToSpeech",
    "sipTrunk",
    "sipAuthentication",
    "callTransfer",
    "advanced",
    "outboundCalling",
  ] as const) {
    if (p[k] !== undefined)
      c.add(k, "applies to voice agents only", p[k], "remove it, or use AgentType.VOICE_AND_SMS");
  }
}

/** Checks the voice settings of a Voice or Voice + SMS agent. */
export function checkVoice(
  c: PropsChecker,
  p: Partial<VoiceAgentProps>,
  service: IVoiceAgentService | undefined,
): void {
  if (
    c.required(
      "speechToText",
      p.speechToText,
      "give speechToText: { location1: { service }, model }",
    )
  )
    checkSpeechToText(c, p.speechToText);
  if (
    c.required(
      "textToSpeech",
      p.textToSpeech,
      "give textToSpeech: { location1: { service }, voice }",
    )
  )
    checkTextToSpeech(c, p.textToSpeech);
  if (c.required("sipTrunk", p.sipTrunk, "pass a SipTrunk")) {
    if (!SipTrunk.isSipTrunk(p.sipTrunk)) {
      c.add("sipTrunk", "must be a sip trunk (ISipTrunk)", p.sipTrunk, "pass a SipTrunk");
    } else if (service) {
      const listed = new Set(service.ipAllowList.map((e) => e.ipAddress));
      p.sipTrunk.allowedSourceAddresses.forEach((a, i) => {
        if (!isToken(a) && !listed.has(a)) {
          c.add(
            `sipTrunk.allowedSourceAddresses[${i}]`,
            "is not in the service's ipAllowList",
            a,
            "add { ipNickname, ipAddress } for it to the VoiceAgentService ipAllowList",
          );
        }
      });
    }
  }
  const auth = c.object("sipAuthentication", p.sipAuthentication, SIP_AUTHENTICATION_KEYS);
  if (auth) {
    c.boolean("sipAuthentication.enabled", auth.enabled);
    c.oneOf("sipAuthentication.role", auth.role, Object.values(ServiceRole));
  }
  checkCallTransfer(c, p.callTransfer);
  const a = c.object("advanced", p.advanced, ADVANCED_KEYS);
  if (a) {
    checkAtLeast(
      c,
      "advanced.conversationReadTimeoutSeconds",
      a.conversationReadTimeoutSeconds,
      1,
      "seconds",
    );
    c.string("advanced.watsonAssistantFailureReplyMessage", a.watsonAssistantFailureReplyMessage, {
      min: 1,
      max: LIMITS.messageMaxLength,
    });
    c.string("advanced.customSipInviteHeader", a.customSipInviteHeader, {
      min: 1,
      max: LIMITS.customSipInviteHeaderMaxLength,
      pattern: SIP_HEADER,
      patternText: "give a sip header name such as user-to-user",
    });
    c.boolean("advanced.sendProvisionalRingingResponse", a.sendProvisionalRingingResponse);
    c.boolean(
      "advanced.notifyWatsonAssistantOnNetworkEvents",
      a.notifyWatsonAssistantOnNetworkEvents,
    );
  }
  const o = c.object("outboundCalling", p.outboundCalling, AGENT_OUTBOUND_CALLING_KEYS);
  if (o) {
    checkHttpUrl(c, "outboundCalling.statusWebhookUrl", o.statusWebhookUrl, 2048);
    if (service && !service.outboundCalling.enabled) {
      c.add(
        "outboundCalling",
        "needs outbound calling enabled on the service",
        false,
        "set outboundCalling: { enabled: true, peerIpAddress } on the VoiceAgentService",
      );
    }
  }
}

/** Checks the SMS settings of an SMS or Voice + SMS agent (and what the Plus plan forbids). */
export function checkSms(
  c: PropsChecker,
  value: unknown,
  agentType: unknown,
  plan: VoiceAgentPlan | undefined,
): void {
  if (!c.required("sms", value, "give sms: { accountSid, authToken }")) return;
  const s = c.object("sms", value, SMS_KEYS);
  if (!s) return;
  if (c.required("sms.accountSid", s.accountSid, "give the twilio account sid")) {
    c.string("sms.accountSid", s.accountSid, {
      pattern: TWILIO_ACCOUNT_SID,
      patternText: "give the twilio account sid: AC followed by 32 hexadecimal digits",
    });
  }
  if (
    c.required("sms.authToken", s.authToken, "pass the twilio auth token as a Secret") &&
    !Secret.isSecret(s.authToken)
  ) {
    c.add(
      "sms.authToken",
      "must be a Secret",
      s.authToken,
      "pass Secret.fromVariable(...) or Secret.fromSecretsManager(...), never a string",
      true,
    );
  }
  checkHttpUrl(c, "sms.apiUrl", s.apiUrl, 2048);
  for (const k of [
    "initiateConversationFromInboundMessages",
    "notifyOnSessionTimeout",
    "allowSmsOnlyConversation",
  ])
    c.boolean(`sms.${k}`, s[k]);
  checkAtLeast(
    c,
    "sms.conversationReadTimeoutSeconds",
    s.conversationReadTimeoutSeconds,
    1,
    "seconds",
  );
  checkAtLeast(c, "sms.sessionTimeoutSeconds", s.sessionTimeoutSeconds, 1, "seconds");
  c.string("sms.conversationFailureReplyMessage", s.conversationFailureReplyMessage, { min: 1 });
  if (agentType !== AgentType.VOICE_AND_SMS && s.allowSmsOnlyConversation !== undefined) {
    c.add(
      "sms.allowSmsOnlyConversation",
      "applies to voice + sms agents only",
      s.allowSmsOnlyConversation,
      "remove it",
    );
  }
  if (plan === VoiceAgentPlan.PLUS) {
    if (agentType === AgentType.SMS)
      c.add(
        "agentType",
        "is not available on the plus plan",
        agentType,
        "the plus plan supports sms only inside voice calls; use AgentType.VOICE_AND_SMS",
      );
    for (const k of ["allowSmsOnlyConversation", "initiateConversationFromInboundMessages"]) {
      if (s[k] === true)
        c.add(
          `sms.${k}`,
          "is not available on the plus plan",
          true,
          "the plus plan supports sms only inside voice calls; leave it off",
        );
    }
  }
}
