// Splits a plain-SQL dump into statements, each with the line it starts on. Knows what a
// pg_dump / pg_dumpall file contains: quoted strings ('…', E'…' with backslash escapes),
// quoted identifiers, dollar-quoted bodies ($tag$…$tag$), -- and nested /* */ comments, psql
// meta-commands (\connect, \restrict, \unrestrict …, on a line of their own) and the data
// lines that follow COPY … FROM stdin up to "\.". Nothing is executed here.
import { InputError } from '../../inventory/diagnostic.js';

export interface SqlStatement {
  /** The statement without its final semicolon, comments kept as written. */
  text: string;
  line: number;
  /** COPY … FROM stdin: where its data lines are in the text (offsets), read by PI discovery, never loaded. */
  copyData?: { start: number; end: number; line: number };
}

export interface MetaCommand {
  /** The command name without the backslash (connect, restrict …). */
  name: string;
  argument: string;
  line: number;
}

export interface SplitDump {
  statements: SqlStatement[];
  metaCommands: MetaCommand[];
}

export function splitStatements(text: string, file: string): SplitDump {
  const statements: SqlStatement[] = [];
  const metaCommands: MetaCommand[] = [];
  let i = 0;
  let line = 1;
  let start = -1;
  let startLine = 0;
  const n = text.length;
  const fail = (message: string, at: number): never => {
    throw new InputError([{ severity: 'error', file, line: at, message, expected: 'SQL as pg_dump or pg_dumpall writes it' }]);
  };
  while (i < n) {
    const c = text[i] as string;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (start < 0) {
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
        i++;
        continue;
      }
      if (c === '\\' && atLineStartIgnoringBlanks(text, i)) {
        const end = lineEnd(text, i);
        const body = text.slice(i + 1, end).trim();
        const space = body.search(/\s/);
        metaCommands.push({ name: space < 0 ? body : body.slice(0, space), argument: space < 0 ? '' : body.slice(space + 1).trim(), line });
        i = end;
        continue;
      }
      if (c === '-' && text[i + 1] === '-') {
        i = lineEnd(text, i);
        continue;
      }
      if (c === '/' && text[i + 1] === '*') {
        const startAt = line;
        const r = skipBlockComment(text, i);
        if (r.end < 0) fail('unterminated /* comment', startAt);
        line += r.newlines;
        i = r.end;
        continue;
      }
      if (c === ';') {
        i++;
        continue;
      }
      start = i;
      startLine = line;
    }
    if (c === '-' && text[i + 1] === '-') {
      i = lineEnd(text, i);
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const r = skipBlockComment(text, i);
      if (r.end < 0) fail('unterminated /* comment', line);
      line += r.newlines;
      i = r.end;
      continue;
    }
    if (c === "'" || c === '"') {
      // A string ('…', with backslash escapes after E) or a quoted identifier ("…"); a doubled
      // quote stands for itself.
      const escapes = c === "'" && (text[i - 1] === 'E' || text[i - 1] === 'e') && !/[A-Za-z0-9_$]/.test(text[i - 2] ?? ' ');
      const startAt = line;
      i++;
      for (;;) {
        if (i >= n) fail(c === "'" ? 'unterminated quoted string' : 'unterminated quoted identifier', startAt);
        const d = text[i] as string;
        if (d === '\n') line++;
        if (escapes && d === '\\') {
          if (text[i + 1] === '\n') line++;
          i += 2;
          continue;
        }
        if (d === c) {
          if (text[i + 1] === c) {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      continue;
    }
    if (c === '$' && !/[A-Za-z0-9_]/.test(text[i - 1] ?? ' ')) {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (m) {
        const tag = m[0];
        const close = text.indexOf(tag, i + tag.length);
        if (close < 0) fail(`unterminated dollar-quoted string ${tag}`, line);
        line += countNewlines(text, i, close);
        i = close + tag.length;
        continue;
      }
    }
    if (c === ';') {
      const stmt = text.slice(start, i).trim();
      statements.push({ text: stmt, line: startLine });
      i++;
      start = -1;
      if (/^COPY\b[\s\S]*\bFROM\s+stdin\b/i.test(stmt)) {
        // Data lines follow up to a line holding only "\.": skipped, never loaded.
        const endMarker = findCopyEnd(text, i);
        const dataStart = text.indexOf('\n', i);
        if (dataStart >= 0 && dataStart < endMarker) (statements[statements.length - 1] as SqlStatement).copyData = { start: dataStart + 1, end: endMarker, line: line + 1 };
        line += countNewlines(text, i, endMarker);
        i = endMarker;
      }
      continue;
    }
    i++;
  }
  if (start >= 0) {
    const rest = text.slice(start).trim();
    if (rest.length > 0) statements.push({ text: rest, line: startLine });
  }
  return { statements, metaCommands };
}

function atLineStartIgnoringBlanks(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  return p < 0 || text[p] === '\n';
}

function lineEnd(text: string, pos: number): number {
  const e = text.indexOf('\n', pos);
  return e < 0 ? text.length : e;
}

function skipBlockComment(text: string, pos: number): { end: number; newlines: number } {
  let depth = 0;
  let i = pos;
  let newlines = 0;
  while (i < text.length) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return { end: i, newlines };
    } else {
      if (text[i] === '\n') newlines++;
      i++;
    }
  }
  return { end: -1, newlines };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) count++;
  return count;
}

function findCopyEnd(text: string, from: number): number {
  const m = /(^|\n)\\\.[ \t\r]*(\n|$)/.exec(text.slice(from));
  return m ? from + m.index + m[0].length - (m[2] === '\n' ? 1 : 0) : text.length;
}
