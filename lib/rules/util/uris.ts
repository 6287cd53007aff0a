/**
 * URL and SIP URI facts the rules need. SIP/tel URIs are parsed once, in
 * core's transfer-target parser; this file adds the https verdict.
 */
import { isExpression } from "../../contracts";
import { Severity } from "../rule";
import { cannotVerify, compliant, nonCompliant, notApplicable, Verdict } from "./verdicts";

/** The scheme of a URL when it is written literally (`https`), `expression` when an expression decides it. */
export function urlScheme(url: string): string | "expression" {
  const m = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (m) return m[1].toLowerCase();
  return isExpression(url) ? "expression" : "";
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

/** A SIP or tel URI's host (`sip:+1800@trunk.example.com:5061;transport=tls` → `trunk.example.com`), lowercased. */
export function sipHost(uri: string): string {
  const noScheme = uri.trim().replace(/^(sips?|tel):/i, "");
  const host = noScheme.slice(noScheme.lastIndexOf("@") + 1).split(/[;?>]/)[0];
  return host.replace(/:\d+$/, "").toLowerCase();
}

/** True for `sips:` URIs and URIs with `;transport=tls`. */
export function isTlsUri(uri: unknown): boolean {
  return typeof uri === "string" && (/^\s*sips:/i.test(uri) || /;transport=tls\b/i.test(uri));
}
