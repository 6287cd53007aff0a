import { IWatsonService, WatsonServiceKind } from "../contracts";
import { PropsChecker } from "../core";

/** True for anything shaped like an {@link IWatsonService}. */
export function isWatsonService(x: unknown): x is IWatsonService {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Partial<Record<keyof IWatsonService, unknown>>;
  return (
    typeof s.serviceKind === "string" &&
    typeof s.url === "string" &&
    typeof s.instanceCrn === "string" &&
    typeof s.credential === "object" &&
    s.credential !== null
  );
}

/** Checks that `value` is a Watson service of `kind`. */
export function checkWatsonService(
  c: PropsChecker,
  prop: string,
  value: unknown,
  kind: WatsonServiceKind,
  fix: string,
): void {
  if (!c.required(prop, value, fix)) return;
  if (!isWatsonService(value)) {
    c.add(prop, "must be a watson service (IWatsonService)", value, fix);
  } else if (value.serviceKind !== kind) {
    c.add(
      prop,
      `must be a ${kind} service`,
      value.serviceKind,
      `pass a ${kind} instance here; each slot takes its own kind of service`,
    );
  }
}
