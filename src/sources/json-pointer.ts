// RFC 6901 JSON pointers: the address of every piece of evidence.

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + escapeSegment(s)).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  // Most pointers have no escapes: skip the two replaces per segment (a hot spot per finding).
  return pointer.includes('~') ? segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : segments;
}

const parsedPaths = new Map<string, readonly string[]>();

/** parsePointer for the few fixed paths rules name (needs, evidence, derive args), parsed once. */
export function pathSegments(pointer: string): readonly string[] {
  let segments = parsedPaths.get(pointer);
  if (!segments) {
    segments = parsePointer(pointer);
    if (parsedPaths.size < 10_000) parsedPaths.set(pointer, segments);
  }
  return segments;
}

/** The pointer and every ancestor of it, the root ('') included. */
export function withAncestors(pointer: string): string[] {
  const out = [pointer];
  let p = pointer;
  while (p !== '') {
    p = p.slice(0, p.lastIndexOf('/'));
    out.push(p);
  }
  return out;
}
