// Reading a value out of a view item by a JSON-pointer-like path ('/interface/masked').
import { pathSegments } from '../sources/json-pointer.js';

export function readPath(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const segment of pathSegments(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
