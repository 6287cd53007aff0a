import { TerraformProvider } from "cdktf";
import { IConstruct } from "constructs";
import { checkResourceGroupId, checkResourceName, checkTags } from "../core";
import { isScalarToken, isToken, PropsChecker, validateProps } from "../core";
import { checkIpAddress, objectProps, PropKeys } from "../core";
import { VoiceAgentPlan } from "./voice-agent-enums";
import { VOICE_AGENT_LIMITS as LIMITS } from "./voice-agent-defaults";
import { isVoiceAgentRegion, UNSUPPORTED_REGION_FIX, VOICE_AGENT_REGIONS } from "../contracts";
import type {
  VoiceAgentServiceFromCrnOptions,
  VoiceAgentServiceFromNameOptions,
  VoiceAgentServiceProps,
} from "./voice-agent-service";
import type {
  OutboundCallingOptions,
  VoiceAgentServiceSettings,
} from "./voice-agent-service-types";

const SETTINGS_KEYS = {
  plan: true,
  maxConcurrentCalls: true,
  ipAllowList: true,
  outboundCalling: true,
  provider: true,
} as const satisfies PropKeys<VoiceAgentServiceSettings>;

const SERVICE_PROP_KEYS = {
  ...SETTINGS_KEYS,
  catalogServiceName: true,
  catalogPlanName: true,
  name: true,
  location: true,
  resourceGroupId: true,
  tags: true,
} as const satisfies PropKeys<VoiceAgentServiceProps>;

const FROM_CRN_KEYS = {
  ...SETTINGS_KEYS,
  region: true,
} as const satisfies PropKeys<VoiceAgentServiceFromCrnOptions>;

const FROM_NAME_KEYS = {
  ...SETTINGS_KEYS,
  name: true,
  resourceGroupId: true,
  location: true,
  catalogServiceName: true,
} as const satisfies PropKeys<VoiceAgentServiceFromNameOptions>;

const OUTBOUND_CALLING_KEYS = {
  enabled: true,
  secureTrunking: true,
  peerIpAddress: true,
} as const satisfies PropKeys<OutboundCallingOptions>;

/**
 * The CRN service names of the other IBM Cloud services the library knows: a CRN
 * of one of them is never a Voice Agent instance.
 */
const OTHER_SERVICES_IN_CRN: Readonly<Record<string, string>> = {
  cloudantnosqldb: "a Cloudant instance",
  conversation: "a Watson Assistant instance",
  "speech-to-text": "a Speech to Text instance",
  "text-to-speech": "a Text to Speech instance",
  codeengine: "a Code Engine project",
  "secrets-manager": "a Secrets Manager instance",
  "context-based-restrictions": "a context-based restrictions object",
};

const CRN = /^crn:v1:[^:]*:[^:]*:[^:]+:[^:]*:[^:]*:[^:]+:[^:]*:[^:]*$/;

/** The location segment of a literal CRN (`crn:v1:bluemix:public:<service>:<location>:…`). */
export function crnLocation(crn: string): string | undefined {
  if (isToken(crn) || !CRN.test(crn)) return undefined;
  const location = crn.split(":")[5];
  return location === "" ? undefined : location;
}

/** Checks a region an agent's endpoints can be in. */
export function checkVoiceAgentRegion(c: PropsChecker, prop: string, value: unknown): void {
  if (value === undefined || isScalarToken(value)) return;
  if (!isVoiceAgentRegion(value)) {
    c.add(
      prop,
      "is not a region with documented voice agent host names",
      value,
      UNSUPPORTED_REGION_FIX,
    );
  }
}

function checkSettings(c: PropsChecker, s: Partial<VoiceAgentServiceSettings>): void {
  c.oneOf("plan", s.plan, Object.values(VoiceAgentPlan));
  const plan = Object.values(VoiceAgentPlan).includes(s.plan as VoiceAgentPlan)
    ? s.plan
    : undefined;
  c.integer(
    "maxConcurrentCalls",
    s.maxConcurrentCalls,
    LIMITS.maxConcurrentCallsMin,
    LIMITS.maxConcurrentCallsMax,
    "calls",
  );
  if (
    s.maxConcurrentCalls !== undefined &&
    plan !== undefined &&
    plan !== VoiceAgentPlan.STANDARD &&
    plan !== VoiceAgentPlan.PREMIUM
  ) {
    c.add(
      "maxConcurrentCalls",
      `cannot be set self-service on the ${plan} plan`,
      s.maxConcurrentCalls,
      "the 10 to 50 range is self-service on standard and premium plans only; leave it unset (2 calls are free) or ask ibm support",
    );
  }
  if (isToken(s.ipAllowList))
    c.add(
      "ipAllowList",
      "must be a list of entries written in the program, not a token",
      s.ipAllowList,
      "list each { ipNickname, ipAddress } (an address itself may be a token)",
    );
  const list = c.list("ipAllowList", s.ipAllowList, 0, Number.MAX_SAFE_INTEGER);
  const seen = new Set<string>();
  list?.forEach((e, i) => {
    const entry = c.object(`ipAllowList[${i}]`, e);
    if (!entry) {
      if (e === undefined || e === null)
        c.add(`ipAllowList[${i}]`, "must be an object", e, "pass { ipNickname, ipAddress }");
      return;
    }
    if (c.required(`ipAllowList[${i}].ipNickname`, entry.ipNickname, "give the entry a nickname")) {
      c.string(`ipAllowList[${i}].ipNickname`, entry.ipNickname, { min: 1 });
    }
    if (c.required(`ipAllowList[${i}].ipAddress`, entry.ipAddress, "give the peer's ip address")) {
      checkIpAddress(c, `ipAllowList[${i}].ipAddress`, entry.ipAddress);
    }
    if (typeof entry.ipAddress === "string" && !isToken(entry.ipAddress)) {
      if (seen.has(entry.ipAddress))
        c.add(
          `ipAllowList[${i}].ipAddress`,
          "is listed twice",
          entry.ipAddress,
          "list each address once",
        );
      seen.add(entry.ipAddress);
    }
  });
  if (list && list.length > 0 && plan === VoiceAgentPlan.LITE) {
    c.add(
      "ipAllowList",
      "needs the standard, plus or premium plan",
      plan,
      "remove the ip allow-list or use a plan that supports peering",
    );
  }
  const out = c.object("outboundCalling", s.outboundCalling, OUTBOUND_CALLING_KEYS);
  if (out) {
    c.boolean("outboundCalling.enabled", out.enabled);
    c.boolean("outboundCalling.secureTrunking", out.secureTrunking);
    checkIpAddress(c, "outboundCalling.peerIpAddress", out.peerIpAddress);
    if (out.enabled === true && out.peerIpAddress === undefined) {
      c.add(
        "outboundCalling.peerIpAddress",
        "is required when outbound calling is enabled",
        undefined,
        "give the ip address of the provider's sip termination endpoint",
      );
    }
  }
  if (s.provider !== undefined && !TerraformProvider.isTerraformProvider(s.provider)) {
    c.add(
      "provider",
      "must be a terraform provider",
      s.provider,
      "pass an IbmProvider instance (aliased or not)",
    );
  }
}

/** Validates the props of a new instance; throws one error listing every problem. */
export function validateVoiceAgentServiceProps(scope: IConstruct, props: unknown): void {
  validateProps("VoiceAgentService", scope, (c) => {
    const p = objectProps<VoiceAgentServiceProps>(
      c,
      props,
      "VoiceAgentServiceProps",
      "props",
      SERVICE_PROP_KEYS,
    );
    if (!p) return;
    if (
      c.required(
        "catalogServiceName",
        p.catalogServiceName,
        'name the resource-controller service explicitly; it is not documented ("voiceagent" is an unverified guess) and ibm accepts no new instances since 2021-03-01',
      )
    ) {
      checkResourceName(c, "catalogServiceName", p.catalogServiceName);
    }
    c.required(
      "plan",
      p.plan,
      `use one of ${Object.values(VoiceAgentPlan)
        .map((v) => JSON.stringify(v))
        .join(", ")}`,
    );
    checkResourceName(c, "catalogPlanName", p.catalogPlanName);
    if (c.required("name", p.name, "give the instance a name"))
      checkResourceName(c, "name", p.name);
    if (c.required("location", p.location, `use one of ${VOICE_AGENT_REGIONS.join(", ")}`)) {
      checkVoiceAgentRegion(c, "location", p.location);
    }
    checkResourceGroupId(c, "resourceGroupId", p.resourceGroupId);
    checkTags(c, "tags", p.tags);
    checkSettings(c, p);
  });
}

/** Validates `VoiceAgentService.fromCrn` arguments. */
export function validateFromCrn(scope: IConstruct, crn: unknown, settings: unknown): void {
  validateProps("VoiceAgentService", scope, (c) => {
    if (c.required("crn", crn, "give the instance crn (crn:v1:bluemix:public:…)")) {
      c.string("crn", crn, {
        pattern: CRN,
        patternText:
          "give a crn of the form crn:v1:bluemix:public:<service>:<location>:a/<account>:<instance>::",
      });
      checkNotOtherService(c, crn);
    }
    const s =
      settings === undefined
        ? {}
        : objectProps<VoiceAgentServiceFromCrnOptions>(
            c,
            settings,
            "VoiceAgentServiceFromCrnOptions",
            "settings",
            FROM_CRN_KEYS,
          );
    if (!s) return;
    checkVoiceAgentRegion(c, "region", s.region);
    checkSettings(c, s);
  });
}

/** Validates `VoiceAgentService.fromName` options. */
export function validateFromName(scope: IConstruct, options: unknown): void {
  validateProps("VoiceAgentService", scope, (c) => {
    const p = objectProps<VoiceAgentServiceFromNameOptions>(
      c,
      options,
      "VoiceAgentServiceFromNameOptions",
      "props",
      FROM_NAME_KEYS,
    );
    if (!p) return;
    if (c.required("name", p.name, "give the instance's name"))
      checkResourceName(c, "name", p.name);
    if (
      c.required(
        "resourceGroupId",
        p.resourceGroupId,
        "give the id of the instance's resource group",
      )
    ) {
      checkResourceGroupId(c, "resourceGroupId", p.resourceGroupId);
    }
    checkVoiceAgentRegion(c, "location", p.location);
    checkResourceName(c, "catalogServiceName", p.catalogServiceName);
    checkSettings(c, p);
  });
}

/** Refuses the CRN of another service the library knows (its 5th segment names the service). */
function checkNotOtherService(c: PropsChecker, crn: unknown): void {
  if (typeof crn !== "string" || isToken(crn) || !CRN.test(crn)) return;
  const service = crn.split(":")[4];
  const what = OTHER_SERVICES_IN_CRN[service];
  if (what === undefined) return;
  c.add(
    "crn",
    `is the crn of ${what} (service "${service}"), not of a voice agent with watson instance`,
    crn,
    "give the crn of the voice agent instance (ibm cloud resource list, or the instance's manage page)",
  );
}
