// Evidence is recorded as file + JSON pointer; here every pointer is turned into a line and
// column, one batch per file (a single pass even over a national-scale JSON export).
import type { Locator } from '../sources/locator.js';
import type { Position } from '../sources/source-document.js';
import type { Evidence, Finding } from './finding.js';

/**
 * Writes each piece of evidence's line and column. `also` names more pointers per file (the
 * coverage notes') to locate in the same walk of each file; their positions are returned, per
 * file, as `Locator.locate` gives them.
 */
export function locateEvidence(findings: Finding[], documents: Map<string, Locator>, also: Map<string, readonly string[]> = new Map()): Map<string, Map<string, Position>> {
  // Per file, per pointer, the evidence citing it: one map operation per piece of evidence, and
  // one position lookup per distinct pointer (a national report cites 155,000 pointers from
  // 300,000 pieces of evidence).
  const wanted = new Map<string, Map<string, Evidence | Evidence[]>>();
  const add = (e: Evidence): void => {
    let byPointer = wanted.get(e.file);
    if (!byPointer) wanted.set(e.file, (byPointer = new Map()));
    const seen = byPointer.get(e.pointer);
    if (seen === undefined) byPointer.set(e.pointer, e);
    else if (Array.isArray(seen)) seen.push(e);
    else byPointer.set(e.pointer, [seen, e]);
  };
  for (const finding of findings) {
    for (const e of finding.evidence) add(e);
    const members = finding.members?.items;
    if (members) for (const member of members) for (const e of member.evidence) add(e);
  }
  const alsoFound = new Map<string, Map<string, Position>>();
  for (const file of also.keys()) if (!wanted.has(file)) wanted.set(file, new Map());
  for (const [file, byPointer] of wanted) {
    const document = documents.get(file);
    const extra = also.get(file);
    if (!document) {
      if (extra) alsoFound.set(file, new Map());
      continue;
    }
    // An array, not the keys' iterator: a locator may read the pointers more than once.
    const pointers = [...byPointer.keys()];
    if (extra) for (const pointer of extra) if (!byPointer.has(pointer)) pointers.push(pointer);
    const positions = document.locate(pointers);
    if (extra) alsoFound.set(file, positions);
    for (const [pointer, cited] of byPointer) {
      const pos = positions.get(pointer);
      if (!pos) continue;
      if (Array.isArray(cited)) {
        for (const e of cited) {
          e.line = pos.line;
          e.column = pos.column;
        }
      } else {
        cited.line = pos.line;
        cited.column = pos.column;
      }
    }
  }
  return alsoFound;
}
