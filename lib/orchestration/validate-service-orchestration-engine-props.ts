import { IConstruct } from "constructs";
import { validateProps } from "../core";
import { checkHttpUrl, IBM_REGION, objectProps, PropKeys } from "../core";
import { Secret } from "../secrets";
import { SERVICE_ORCHESTRATION_ENGINE_LIMITS as LIMITS } from "./service-orchestration-engine-defaults";
import type { ServiceOrchestrationEngineProps } from "./service-orchestration-engine";

/** The keys of {@link ServiceOrchestrationEngineProps}: the names the validator knows. */
const SOE_PROP_KEYS = {
  url: true,
  region: true,
  userName: true,
  password: true,
  allowUnauthenticatedAccess: true,
} as const satisfies PropKeys<ServiceOrchestrationEngineProps>;

/** Validates {@link ServiceOrchestrationEngineProps}; throws one error listing every problem. */
export function validateServiceOrchestrationEngineProps(scope: IConstruct, props: unknown): void {
  validateProps("ServiceOrchestrationEngine", scope, (c) => {
    const p = objectProps<ServiceOrchestrationEngineProps>(
      c,
      props,
      "ServiceOrchestrationEngineProps",
      "props",
      SOE_PROP_KEYS,
    );
    if (!p) return;
    if (c.required("url", p.url, "give the soe's https:// url (at most 256 characters)")) {
      checkHttpUrl(c, "url", p.url, LIMITS.urlMaxLength);
    }
    if (
      c.required("region", p.region, "give the ibm cloud region the soe runs in, e.g. us-south")
    ) {
      c.string("region", p.region, {
        pattern: IBM_REGION,
        patternText: "give an ibm cloud region name such as us-south or eu-de",
      });
    }
    c.string("userName", p.userName, { min: 1, max: LIMITS.userNameMaxLength });
    if (p.password !== undefined && !Secret.isSecret(p.password)) {
      c.add(
        "password",
        "must be a Secret",
        p.password,
        "pass Secret.fromVariable(...) or Secret.fromSecretsManager(...), never a string",
        true,
      );
    }
    c.boolean("allowUnauthenticatedAccess", p.allowUnauthenticatedAccess);
    const hasUser = p.userName !== undefined;
    const hasPassword = p.password !== undefined;
    if (p.allowUnauthenticatedAccess === true) {
      if (hasUser || hasPassword) {
        c.add(
          "allowUnauthenticatedAccess",
          "contradicts the credentials given",
          true,
          "remove allowUnauthenticatedAccess, or remove userName and password",
        );
      }
    } else {
      if (!hasUser)
        c.add(
          "userName",
          "is required",
          undefined,
          "give the basic-auth user name the soe expects (or set allowUnauthenticatedAccess: true; the guard blocks it)",
        );
      if (!hasPassword)
        c.add(
          "password",
          "is required",
          undefined,
          "give the basic-auth password as a Secret (or set allowUnauthenticatedAccess: true; the guard blocks it)",
        );
    }
  });
}
