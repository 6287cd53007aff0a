/**
 * Freezes an object and everything reachable from it, so that the defaults
 * objects the constructors read cannot be changed by a caller at run time
 * (`VOICE_AGENT_DEFAULTS.sipAuthentication = false` throws in strict mode).
 * Returns its argument.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const key of Reflect.ownKeys(value))
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return Object.freeze(value);
}
