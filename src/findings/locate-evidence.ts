// Evidence is recorded as file + JSON pointer; here every pointer is turned into a line and
// column, one batch per file (a single pass even over a national-scale JSON export).
import type { Locator } from '../sources/locator.js';
import type { Evidence, Finding } from './finding.js';

export function locateEvidence(findings: Finding[], documents: Map<string, Locator>): void {
  const wanted = new Map<string, Set<string>>();
  for (const finding of findings) {
    for (const e of placesOf(finding)) {
      let set = wanted.get(e.file);
      if (!set) wanted.set(e.file, (set = new Set()));
      set.add(e.pointer);
    }
  }
  const positions = new Map<string, Map<string, { line: number; column: number }>>();
  for (const [file, pointers] of wanted) {
    const document = documents.get(file);
    if (document) positions.set(file, document.locate(pointers));
  }
  for (const finding of findings) {
    for (const e of placesOf(finding)) {
      const pos = positions.get(e.file)?.get(e.pointer);
      if (pos) {
        e.line = pos.line;
        e.column = pos.column;
      }
    }
  }
}

/** A finding's evidence, then the places its members (of a grouped finding) are stated at. */
function* placesOf(finding: Finding): Generator<Evidence> {
  yield* finding.evidence;
  for (const member of finding.members?.items ?? []) yield* member.evidence;
}
