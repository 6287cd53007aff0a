/**
 * JSON text with object keys sorted at every level, two-space indented and
 * ending in a newline: the same value always gives the same bytes.
 */
export function stableStringify(value: unknown): string {
  // Sorting first keeps JSON.stringify on its fast path (a replacer function would not).
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * The value with the keys of every object in sorted order (`toJSON` applied
 * first, as JSON.stringify does). Objects and arrays that are already in
 * order, as most are, are returned as they are, not copied.
 */
function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return sortKeys(toJSON.call(value));
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = sortKeys(value[i]);
      if (v !== value[i]) (copy ??= [...value])[i] = v;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let inOrder = true;
  for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1] < keys[i];
  let values: unknown[] | undefined; // filled only once a child changed
  for (let i = 0; i < keys.length; i++) {
    const old = record[keys[i]];
    const v = sortKeys(old);
    if (v !== old && !values) values = keys.slice(0, i).map((k) => record[k]);
    values?.push(v);
  }
  if (inOrder && !values) return value;
  const byKey = new Map(keys.map((k, i) => [k, values ? values[i] : record[k]]));
  const out: Record<string, unknown> = {};
  for (const key of [...keys].sort())
    Object.defineProperty(out, key, {
      value: byKey.get(key),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}
