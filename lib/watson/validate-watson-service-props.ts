import { IConstruct } from "constructs";
import {
  checkInstanceCrn,
  checkResourceGroupId,
  checkResourceName,
  checkDerivedName,
  checkTags,
} from "../core";
import { ServiceRole } from "../contracts";
import { PropKeys, PropsChecker, validateProps } from "../core";
import type { ExistingWatsonServiceAttributes } from "./existing-watson-service";
import {
  CREDENTIAL_NAME_SUFFIX,
  WATSON_LANGUAGES,
  WATSON_LOCATIONS,
  WATSON_SERVICE_ENDPOINTS,
  WatsonServiceSpec,
} from "./watson-defaults";
import type { WatsonServiceProps } from "./watson-service";

/** The keys of {@link WatsonServiceProps}: the names the validator knows. */
const WATSON_SERVICE_PROP_KEYS = {
  name: true,
  location: true,
  plan: true,
  resourceGroupId: true,
  serviceEndpoints: true,
  tags: true,
  language: true,
  credentialName: true,
  credentialRole: true,
  provider: true,
} as const satisfies PropKeys<WatsonServiceProps>;

/** Roles the agent's Watson credential may have: it never needs Manager. */
const AGENT_ROLES: readonly string[] = [ServiceRole.READER, ServiceRole.WRITER];

/** Checks the props of a new Watson instance; throws one error listing every problem. */
export function validateWatsonServiceProps(
  scope: IConstruct,
  spec: WatsonServiceSpec,
  props: WatsonServiceProps,
): void {
  validateProps(spec.constructName, scope, (c) => {
    if (!c.required("props", props, "pass the service's props")) return;
    const p = c.object("props", props, WATSON_SERVICE_PROP_KEYS);
    if (!p) return;
    if (c.required("name", p.name, "give the instance a name"))
      checkResourceName(c, "name", p.name);
    if (c.required("location", p.location, `use one of ${WATSON_LOCATIONS.join(", ")}`)) {
      c.oneOf("location", p.location, WATSON_LOCATIONS);
    }
    c.oneOf("plan", p.plan, spec.plans);
    checkResourceGroupId(c, "resourceGroupId", p.resourceGroupId);
    checkServiceEndpoints(c, p.serviceEndpoints, p.plan);
    checkTags(c, "tags", p.tags);
    c.oneOf("language", p.language, WATSON_LANGUAGES);
    checkCredential(c, p, p.name);
    c.provider("provider", p.provider);
  });
}

/** Checks the attributes of an existing Watson instance; throws one error listing every problem. */
export function validateExistingWatsonServiceAttributes(
  scope: IConstruct,
  spec: WatsonServiceSpec,
  attrs: ExistingWatsonServiceAttributes,
): void {
  validateProps(spec.constructName, scope, (c) => {
    if (!c.required("attributes", attrs, "pass the existing instance's attributes")) return;
    const a = c.object("attributes", attrs);
    if (!a) return;
    if (a.crn !== undefined && a.name !== undefined) {
      c.add("crn", "must not be given with name", a.crn, "identify the instance by crn or by name");
    } else if (a.crn === undefined && a.name === undefined) {
      c.add("crn", "is required", undefined, "give the instance's crn, or its name");
    }
    if (a.crn !== undefined && a.resourceGroupId !== undefined) {
      c.add(
        "resourceGroupId",
        "only applies with name",
        a.resourceGroupId,
        "drop resourceGroupId when the instance is identified by crn",
      );
    }
    if (c.required("location", a.location, `use one of ${WATSON_LOCATIONS.join(", ")}`)) {
      c.oneOf("location", a.location, WATSON_LOCATIONS);
    }
    checkInstanceCrn(c, "crn", a.crn, spec.kind, a.location);
    checkResourceName(c, "name", a.name);
    checkResourceGroupId(c, "resourceGroupId", a.resourceGroupId);
    c.httpsUrl("url", a.url);
    c.oneOf("language", a.language, WATSON_LANGUAGES);
    c.string("plan", a.plan, { min: 1 });
    checkCredential(c, a, a.name ?? scope.node.id);
    c.provider("provider", a.provider);
  });
}

function checkServiceEndpoints(c: PropsChecker, value: unknown, plan: unknown): void {
  if (value === "private") {
    c.add(
      "serviceEndpoints",
      "must not be private-only",
      value,
      'use "public-and-private": voice agent with watson reaches watson over the public network',
    );
    return;
  }
  c.oneOf("serviceEndpoints", value, WATSON_SERVICE_ENDPOINTS);
  if (plan === "lite" && value === "public-and-private") {
    c.add(
      "serviceEndpoints",
      "needs a paid plan for its private endpoint",
      value,
      'use "public" with the lite plan, or choose a paid plan',
    );
  }
}

function checkCredential(c: PropsChecker, p: Record<string, unknown>, instanceName: unknown): void {
  checkDerivedName(c, "credentialName", p.credentialName, instanceName, CREDENTIAL_NAME_SUFFIX);
  if (p.credentialRole === ServiceRole.MANAGER) {
    c.add(
      "credentialRole",
      "must not be Manager",
      p.credentialRole,
      "the agent only calls runtime apis: use ServiceRole.READER (default) or ServiceRole.WRITER",
    );
  } else {
    c.oneOf("credentialRole", p.credentialRole, AGENT_ROLES);
  }
}
