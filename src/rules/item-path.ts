// Reading a value out of a view item by a JSON-pointer-like path ('/interface/masked').
import { parsePointer } from '../sources/json-pointer.js';

export function readPath(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const segment of parsePointer(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
