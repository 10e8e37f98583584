/** Comparing sidecar values as the JSON they would be written as, whatever the order of object keys. */

/** JSON with object keys sorted, to compare data regardless of key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/**
 * Whether `canonical(a) === canonical(b)`, found without building the two strings: same JSON text
 * once object keys are sorted. Values other than strings, finite numbers, booleans, null, arrays and
 * plain objects are compared through `canonical` itself.
 */
export function sameCanonical(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string' || typeof a === 'boolean' || typeof b === 'boolean')
    return a === b;
  // JSON writes NaN and the infinities as null too.
  if (a === null || b === null) return canonical(a) === canonical(b);
  if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)) return a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (a.some(v => v === undefined) || b.some(v => v === undefined)) return canonical(a) === canonical(b);
    for (let i = 0; i < a.length; i++) if (!sameCanonical(a[i], b[i])) return false;
    return true;
  }
  const plainObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
  if (plainObject(a) && plainObject(b)) {
    // Keys JSON would write: own, enumerable, with a value other than undefined, a function or a symbol.
    const written = (o: Record<string, unknown>, k: string) =>
      o[k] !== undefined && typeof o[k] !== 'function' && typeof o[k] !== 'symbol';
    let count = 0;
    for (const k of Object.keys(a)) {
      if (!written(a, k)) continue;
      count++;
      if (!Object.prototype.hasOwnProperty.call(b, k) || !written(b, k) || !sameCanonical(a[k], b[k])) return false;
    }
    for (const k of Object.keys(b)) if (written(b, k)) count--;
    return count === 0;
  }
  return canonical(a) === canonical(b);
}
