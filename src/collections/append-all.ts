// Appending an array of any length to another. `target.push(...items)` passes every item as an
// argument on the call stack and throws "Maximum call stack size exceeded" past about 100,000
// items (a 1M-line policy, 131k diagnostics); this loop has no such limit.

export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
