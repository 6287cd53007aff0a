import { TerraformProvider } from "cdktf";
import { IConstruct } from "constructs";
import { isToken, parseCbrAddress, PropsChecker, validateProps } from "../core";
import { checkUnique, objectProps, PropKeys } from "../core";
import {
  CbrAddressType,
  CbrEnforcementMode,
  NETWORK_RESTRICTION_LIMITS as LIMITS,
} from "./network-restriction-defaults";
import type { NetworkRestrictionProps } from "./network-restriction";

/** The keys of {@link NetworkRestrictionProps}: the names the validator knows. */
const NETWORK_RESTRICTION_PROP_KEYS = {
  serviceName: true,
  serviceInstance: true,
  instanceCrn: true,
  name: true,
  provider: true,
  allowedAddresses: true,
  accountId: true,
  enforcementMode: true,
  zoneName: true,
  description: true,
} as const satisfies PropKeys<NetworkRestrictionProps>;

const ZONE_NAME = /^[a-zA-Z0-9 \-_]+$/;
const ACCOUNT_ID = /^[a-zA-Z0-9-]+$/;
const DESCRIPTION = /^[\x20-\xFE]*$/;

/** One address of a network zone, its type detected from the string. */
export interface CbrAddress {
  /** `ipAddress`, `subnet` or `ipRange`. */
  readonly type: CbrAddressType;
  /** The address as given. */
  readonly value: string;
}

/**
 * An address of a zone with its type, read by core's CBR address parser;
 * undefined when the parser refuses it (the props check reports why).
 */
export function cbrAddressOf(value: string): CbrAddress | undefined {
  const parsed = parseCbrAddress(value);
  return parsed.ok ? { type: parsed.type as CbrAddressType, value } : undefined;
}

/** Validates {@link NetworkRestrictionProps}; throws one error listing every problem. */
export function validateNetworkRestrictionProps(scope: IConstruct, props: unknown): void {
  validateProps("NetworkRestriction", scope, (c) => {
    const p = objectProps<NetworkRestrictionProps>(
      c,
      props,
      "NetworkRestrictionProps",
      "props",
      NETWORK_RESTRICTION_PROP_KEYS,
    );
    if (!p) return;
    checkAddresses(c, p.allowedAddresses);
    c.string("accountId", p.accountId, {
      min: 1,
      max: 128,
      pattern: ACCOUNT_ID,
      patternText: "give the ibm cloud account id (letters, digits and -)",
    });
    c.oneOf("enforcementMode", p.enforcementMode, Object.values(CbrEnforcementMode));
    c.string("zoneName", p.zoneName, {
      min: 1,
      max: LIMITS.zoneNameMaxLength,
      pattern: ZONE_NAME,
      patternText: "use letters, digits, spaces, - and _",
    });
    c.string("description", p.description, {
      max: LIMITS.descriptionMaxLength,
      pattern: DESCRIPTION,
      patternText: "use printable characters only",
    });
    for (const k of ["serviceName", "serviceInstance", "instanceCrn", "name"] as const)
      if (c.required(k, p[k], `pass ${k}`)) c.string(k, p[k], { min: 1 });
    if (p.provider !== undefined && !TerraformProvider.isTerraformProvider(p.provider))
      c.add("provider", "must be a terraform provider", p.provider, "pass an IbmProvider");
  });
}

function checkAddresses(c: PropsChecker, value: unknown): void {
  const fix = "give the networks that may reach the instance, including voice agent with watson's";
  if (!c.required("allowedAddresses", value, fix)) return;
  const list = c.list("allowedAddresses", value, 1, 1000);
  list?.forEach((a, i) => {
    const prop = `allowedAddresses[${i}]`;
    if (isToken(a)) {
      c.add(prop, "must be a literal", a, "give the address as a string so its type can be told");
      return;
    }
    const parsed = parseCbrAddress(a);
    if (!parsed.ok)
      c.add(
        prop,
        parsed.reason,
        a,
        "give 169.61.56.226, 10.0.0.0/24 or 1.2.3.4-1.2.3.9 (a subnet prefix of at least 1, a range whose start is not after its end)",
      );
  });
  checkUnique(c, "allowedAddresses", list);
}
