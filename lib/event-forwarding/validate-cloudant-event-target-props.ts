import { TerraformResource } from "cdktf";
import { IConstruct } from "constructs";
import { Cloudant } from "../../.gen/providers/ibm/cloudant";
import {
  checkDerivedName,
  checkInstanceCrn,
  checkResourceGroupId,
  checkResourceName,
  checkTags,
  parseCrn,
} from "../core";
import { PropKeys, PropsChecker, isScalarToken, validateProps } from "../core";
import type { CloudantEventTargetProps } from "./cloudant-event-target";
import {
  CLOUDANT_EVENT_TARGET_DEFAULTS,
  CLOUDANT_PLANS,
  CLOUDANT_SERVICE,
  CLOUDANT_SERVICE_ENDPOINTS,
  EVENTS_CREDENTIAL_NAME_SUFFIX,
} from "./cloudant-event-target-defaults";
import type { ExistingCloudantEventTargetAttributes } from "./existing-cloudant-event-target";

/** The keys of {@link CloudantEventTargetProps}: the names the validator knows. */
const CLOUDANT_EVENT_TARGET_PROP_KEYS = {
  name: true,
  location: true,
  plan: true,
  capacity: true,
  resourceGroupId: true,
  serviceEndpoints: true,
  environmentCrn: true,
  tags: true,
  credentialName: true,
  networkRestriction: true,
  provider: true,
} as const satisfies PropKeys<CloudantEventTargetProps>;

const LOCATION_PATTERN = /^[a-z]{2}-[a-z]+$/;
const LOCATION_TEXT = "give an ibm cloud region such as us-south or eu-de";

/** True when `x` is an `ibm_cloudant` resource (also from another copy of the provider bindings). */
export function isCloudantResource(x: unknown): x is Cloudant {
  return (
    TerraformResource.isTerraformResource(x) &&
    (x as TerraformResource).terraformResourceType === Cloudant.tfResourceType
  );
}

/** Checks the props of a new event target; throws one error listing every problem. */
export function validateCloudantEventTargetProps(
  scope: IConstruct,
  props: CloudantEventTargetProps,
): void {
  validateProps("CloudantEventTarget", scope, (c) => {
    if (!c.required("props", props, "pass the event target's props")) return;
    const p = c.object("props", props, CLOUDANT_EVENT_TARGET_PROP_KEYS);
    if (!p) return;
    if (c.required("name", p.name, "give the instance a name"))
      checkResourceName(c, "name", p.name);
    if (c.required("location", p.location, LOCATION_TEXT)) checkLocation(c, p.location);
    c.oneOf("plan", p.plan, CLOUDANT_PLANS);
    c.integer("capacity", p.capacity, 1, Number.MAX_SAFE_INTEGER, "throughput blocks");
    const plan = p.plan ?? CLOUDANT_EVENT_TARGET_DEFAULTS.plan;
    if (plan === "lite" && typeof p.capacity === "number" && p.capacity > 1) {
      c.add(
        "capacity",
        "must be 1 on the lite plan",
        p.capacity,
        'drop capacity or use "standard"',
      );
    }
    checkResourceGroupId(c, "resourceGroupId", p.resourceGroupId);
    if (p.serviceEndpoints === "private") {
      c.add(
        "serviceEndpoints",
        "must not be private-only",
        p.serviceEndpoints,
        'use "public-and-private": the hosted agent writes events over the public network',
      );
    } else {
      c.oneOf("serviceEndpoints", p.serviceEndpoints, CLOUDANT_SERVICE_ENDPOINTS);
    }
    checkEnvironmentCrn(c, p.environmentCrn);
    checkTags(c, "tags", p.tags);
    checkDerivedName(c, "credentialName", p.credentialName, p.name, EVENTS_CREDENTIAL_NAME_SUFFIX);
    c.provider("provider", p.provider);
  });
}

/** Checks the attributes of an existing instance; throws one error listing every problem. */
export function validateExistingCloudantAttributes(
  scope: IConstruct,
  attrs: ExistingCloudantEventTargetAttributes,
): void {
  validateProps("CloudantEventTarget", scope, (c) => {
    if (!c.required("attributes", attrs, "pass the existing instance's attributes")) return;
    const a = c.object("attributes", attrs);
    if (!a) return;
    const given = (["instanceCrn", "name", "cloudant"] as const).filter((k) => a[k] !== undefined);
    if (given.length === 0) {
      c.add("instanceCrn", "is required", undefined, "give instanceCrn, name or cloudant");
    } else if (given.length > 1) {
      c.add(
        given[1],
        `must not be given with ${given[0]}`,
        a[given[1]],
        "identify the instance one way",
      );
    }
    if (a.cloudant !== undefined && !isCloudantResource(a.cloudant)) {
      c.add("cloudant", "is not an ibm_cloudant resource", a.cloudant, "pass a Cloudant resource");
    }
    if (a.resourceGroupId !== undefined && a.name === undefined) {
      c.add("resourceGroupId", "only applies with name", a.resourceGroupId, "drop resourceGroupId");
    }
    if (a.location !== undefined && a.cloudant !== undefined) {
      c.add("location", "does not apply to a cloudant resource", a.location, "drop location");
    }
    checkLocation(c, a.location);
    checkInstanceCrn(c, "instanceCrn", a.instanceCrn, CLOUDANT_SERVICE, a.location);
    checkResourceName(c, "name", a.name);
    checkResourceGroupId(c, "resourceGroupId", a.resourceGroupId);
    c.httpsUrl("url", a.url);
    checkDerivedName(
      c,
      "credentialName",
      a.credentialName,
      a.name ?? scope.node.id,
      EVENTS_CREDENTIAL_NAME_SUFFIX,
    );
    c.provider("provider", a.provider);
  });
}

function checkLocation(c: PropsChecker, value: unknown): void {
  c.string("location", value, { pattern: LOCATION_PATTERN, patternText: LOCATION_TEXT });
}

function checkEnvironmentCrn(c: PropsChecker, value: unknown): void {
  if (value === undefined || isScalarToken(value)) return;
  if (typeof value !== "string" || !parseCrn(value)) {
    c.add(
      "environmentCrn",
      "is not a crn",
      value,
      "give the crn of the cloudant dedicated hardware environment",
    );
  }
}
