import { Fn } from "cdktf";
import { PropsChecker, isToken } from "./validation";

/**
 * Checks and helpers for IBM Cloud resource names, tags, resource groups and
 * CRNs, shared by the constructs that create or reference service instances.
 */

/**
 * The longest name the library accepts for a credential or service instance.
 * The provider has no validator on these names; 128 matches the limit IBM
 * Cloud applies to its other resource names (CBR zones, Code Engine
 * projects) and keeps names readable in the console.
 */
export const IBM_RESOURCE_NAME_MAX = 128;

/** The longest tag IBM Cloud accepts. */
export const IBM_TAG_MAX = 128;

const TAG_PATTERN = /^[A-Za-z0-9 _.:-]+$/;
const RESOURCE_GROUP_ID_PATTERN = /^[a-z0-9]{32}$/;

/** Checks an IBM Cloud resource name: a string of 1 to 128 characters. */
export function checkResourceName(c: PropsChecker, prop: string, value: unknown): void {
  c.string(prop, value, { min: 1, max: IBM_RESOURCE_NAME_MAX });
}

/**
 * Checks a name that defaults to `<base><suffix>`: the explicit name when
 * given, else the derived one (which the user fixes by giving the name).
 */
export function checkDerivedName(
  c: PropsChecker,
  prop: string,
  explicit: unknown,
  base: unknown,
  suffix: string,
): void {
  if (explicit !== undefined) {
    checkResourceName(c, prop, explicit);
    return;
  }
  // An over-long base name is reported on its own prop; say it once.
  if (typeof base !== "string" || isToken(base) || base.length > IBM_RESOURCE_NAME_MAX) return;
  const derived = `${base}${suffix}`;
  if (derived.length > IBM_RESOURCE_NAME_MAX) {
    c.add(
      prop,
      `derived from the instance name is longer than ${IBM_RESOURCE_NAME_MAX} characters`,
      derived,
      `set ${prop} to 1 to ${IBM_RESOURCE_NAME_MAX} characters`,
    );
  }
}

/**
 * Checks IBM Cloud tags: each 1 to 128 characters of letters, digits, spaces,
 * `_`, `-`, `.` and `:`.
 */
export function checkTags(c: PropsChecker, prop: string, value: unknown): void {
  const tags = c.list(prop, value, 0, Number.MAX_SAFE_INTEGER);
  if (!tags) return;
  tags.forEach((tag, i) =>
    c.string(`${prop}[${i}]`, tag, {
      min: 1,
      max: IBM_TAG_MAX,
      pattern: TAG_PATTERN,
      patternText: "use only letters, digits, spaces, _, -, . and :",
    }),
  );
}

/** Checks a resource group ID: 32 lowercase letters and digits (the provider's own rule). */
export function checkResourceGroupId(c: PropsChecker, prop: string, value: unknown): void {
  c.string(prop, value, {
    pattern: RESOURCE_GROUP_ID_PATTERN,
    patternText: "give the resource group's 32-character id (not its name)",
  });
}

/** The parts of a CRN (`crn:v1:<cname>:<ctype>:<service>:<location>:<scope>:<instance>:<type>:<resource>`). */
export interface CrnParts {
  /** `bluemix` for IBM Cloud. */
  readonly cname: string;
  /** `public`, `dedicated` or `local`. */
  readonly ctype: string;
  /** The service name (`conversation`, `cloudantnosqldb`). */
  readonly serviceName: string;
  /** The region or zone (`us-south`). */
  readonly location: string;
  /** The account scope (`a/<account id>`). */
  readonly scope: string;
  /** The service instance GUID. */
  readonly serviceInstance: string;
}

/** Splits a literal CRN; undefined when it is not one. */
export function parseCrn(crn: string): CrnParts | undefined {
  const s = crn.split(":");
  if (s.length !== 10 || s[0] !== "crn" || s[1] !== "v1" || !s[4] || !s[7]) return undefined;
  return {
    cname: s[2],
    ctype: s[3],
    serviceName: s[4],
    location: s[5],
    scope: s[6],
    serviceInstance: s[7],
  };
}

/**
 * Checks a service instance CRN for the given service (`conversation`). When
 * `location` is a literal, the CRN's location must match it.
 */
export function checkInstanceCrn(
  c: PropsChecker,
  prop: string,
  value: unknown,
  serviceName: string,
  location?: unknown,
): void {
  if (value === undefined || (isToken(value) && typeof value === "string")) return;
  if (typeof value !== "string") {
    c.add(prop, "must be a string", value, "pass the instance crn");
    return;
  }
  const parts = parseCrn(value);
  if (!parts) {
    c.add(
      prop,
      "is not a service instance crn",
      value,
      `give the instance crn, crn:v1:bluemix:public:${serviceName}:<location>:a/<account>:<guid>::`,
    );
    return;
  }
  if (parts.serviceName !== serviceName) {
    c.add(
      prop,
      `names service ${JSON.stringify(parts.serviceName)}, not ${JSON.stringify(serviceName)}`,
      value,
      `give the crn of a ${serviceName} instance`,
    );
  }
  if (typeof location === "string" && !isToken(location) && parts.location !== location) {
    c.add(
      prop,
      `is in location ${JSON.stringify(parts.location)}, not ${JSON.stringify(location)}`,
      value,
      "make location match the instance's crn",
    );
  }
}

/**
 * The instance GUID of a CRN: computed now for a literal CRN, or as a
 * Terraform expression (`element(split(":", crn), 7)`) for a token.
 */
export function instanceGuidOfCrn(crn: string): string {
  const parts = isToken(crn) ? undefined : parseCrn(crn);
  return parts ? parts.serviceInstance : Fn.element(Fn.split(":", crn), 7);
}
