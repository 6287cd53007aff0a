import { createHash } from "crypto";

function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) sorted[k] = o[k];
  return sorted;
}

/** JSON with object keys sorted at every level and no whitespace: the same content gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys) ?? "null";
}

/** `sha256:` + the hex SHA-256 of the canonical JSON of a value. */
export function contentHash(value: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(value)).digest("hex")}`;
}
