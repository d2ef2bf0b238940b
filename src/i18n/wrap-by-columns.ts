// Wrapping text to a number of terminal columns when it mixes Chinese and English. A line may
// break at a space, as in English, and also between two Chinese characters, which have no spaces
// between them, but never before closing punctuation (，。）…) or after opening punctuation
// (（《…), the line-breaking rules Chinese typesetting follows. Widths are terminal columns
// (display-width.ts), so a line of Chinese wraps at the same column as a line of English.
import { displayWidth, isWide } from './display-width.js';

const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（《「『【〔([{']);

const isSpace = (ch: string) => /\s/.test(ch);
const wide = (ch: string) => isWide(ch.codePointAt(0) ?? 0);

/** Whether a line may break between `prev` and `next` (a break at a space comes before the space). */
function mayBreakBetween(prev: string, next: string): boolean {
  if (isSpace(prev)) return false;
  if (isSpace(next)) return true;
  if (NO_LINE_START.has(next) || NO_LINE_END.has(prev)) return false;
  return wide(prev) || wide(next);
}

/** The line's pieces no break falls inside, each with the spaces before it. */
function pieces(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let prev = '';
  for (const ch of line) {
    if (current !== '' && mayBreakBetween(prev, ch)) {
      out.push(current);
      current = '';
    }
    current += ch;
    prev = ch;
  }
  if (current !== '') out.push(current);
  return out;
}

/** `text` wrapped to `width` columns; its own line breaks are kept, and a piece wider than a line stands alone. */
export function wrapByColumns(text: string, width: number): string {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\n/)) {
    const parts = pieces(raw);
    if (parts.length === 0) {
      lines.push('');
      continue;
    }
    let line = parts[0] as string;
    let used = displayWidth(line);
    for (const part of parts.slice(1)) {
      const w = displayWidth(part);
      if (used + w <= width) {
        line += part;
        used += w;
        continue;
      }
      lines.push(line);
      line = part.trimStart();
      used = displayWidth(line);
    }
    lines.push(line);
  }
  return lines.join('\n');
}
