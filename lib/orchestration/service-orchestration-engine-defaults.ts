import { deepFreeze } from "../core";
/**
 * Every default and documented limit of a {@link ServiceOrchestrationEngine}
 * (IBM docs managing_SOE.md), in one place for review.
 */
export const SERVICE_ORCHESTRATION_ENGINE_DEFAULTS = deepFreeze({
  /** Basic authentication is required unless explicitly waived. */
  allowUnauthenticatedAccess: false,
} as const);

/** Documented limits of the SOE fields. */
export const SERVICE_ORCHESTRATION_ENGINE_LIMITS = deepFreeze({
  /** `URL`: at most 256 characters. */
  urlMaxLength: 256,
  /** `User name`: at most 64 characters. */
  userNameMaxLength: 64,
  /** `Password`: at most 256 characters (checked by the dashboard; the value is never seen at synth). */
  passwordMaxLength: 256,
} as const);

/** The dashboard's service type label for an SOE location. */
export const SOE_SERVICE_TYPE = "Service orchestration engine";
