// Reporters build their output as lines and hand it on in pieces of a few thousand lines, so a
// national-scale report is never one giant string. Pieces made by draining concatenate to
// lines.join('\n') + '\n'.

/** Lines collected before a reporter hands them on. */
export const CHUNK_LINES = 4096;

/** The lines so far as text, each ended by a newline; empties the list. */
export function drainLines(lines: string[]): string {
  return lines.splice(0).join('\n') + '\n';
}
