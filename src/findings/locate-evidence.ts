// Evidence is recorded as file + JSON pointer; here every pointer is turned into a line and
// column, one batch per file (a single pass even over a national-scale JSON export).
import type { Locator } from '../sources/locator.js';
import type { Evidence, Finding } from './finding.js';

export function locateEvidence(findings: Finding[], documents: Map<string, Locator>): void {
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
  for (const [file, byPointer] of wanted) {
    const document = documents.get(file);
    if (!document) continue;
    // An array, not the keys' iterator: a locator may read the pointers more than once.
    const positions = document.locate([...byPointer.keys()]);
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
}
