/**
 * URL facts the rules need: the https verdict. SIP and tel URIs are parsed
 * in core's transfer-target parser (`parseSipUri`, `sipHostOf`,
 * `isTlsSipUri`, `parseTransferTarget`).
 */

import { isTerraformExpression } from "../../core";
import { Severity } from "../rule";
import { cannotVerify, compliant, nonCompliant, notApplicable, Verdict } from "./verdicts";

/** The scheme of a URL when it is written literally (`https`), `expression` when an expression decides it. */
export function urlScheme(url: string): string | "expression" {
  const m = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (m) return m[1].toLowerCase();
  return isTerraformExpression(url) ? "expression" : "";
}

/** A URL for a detail message, with any `user:password@` part masked. */
export function maskedUrl(url: string): string {
  return JSON.stringify(url.replace(/\/\/[^/@\s]*@/, "//***@"));
}

/** Judges one URL that must use https: compliant, non-compliant, or cannot verify. */
export function httpsVerdict(
  path: string,
  url: unknown,
  what: string,
  severity?: Severity,
): Verdict {
  if (typeof url !== "string" || url.length === 0) return notApplicable();
  const scheme = urlScheme(url);
  if (scheme === "https") return compliant(path);
  if (scheme === "expression")
    return cannotVerify(path, `the scheme of the ${what} is an expression, got ${maskedUrl(url)}`);
  return nonCompliant(path, `the ${what} must use https, got ${maskedUrl(url)}`, severity);
}
