// A lookup table keyed by names read from scanned code. Scanned code is hostile: a plain object
// answers `constructor`, `toString` or `__proto__` from Object.prototype (a function where a
// string is expected, or a prototype replaced by an assignment), so every table the scan fills
// or looks names up in has no prototype.

/** An empty table, or one holding `entries`, with no prototype. */
export function nameTable<T>(entries?: Readonly<Record<string, T>>): Record<string, T> {
  const table = Object.create(null) as Record<string, T>;
  if (entries) for (const key of Object.keys(entries)) table[key] = entries[key] as T;
  return table;
}

/**
 * The table's own entry for `name`, or undefined. Facts cross worker-thread boundaries as
 * structured clones, which come back with Object.prototype, so names are looked up this way in
 * tables that may have been cloned.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}
