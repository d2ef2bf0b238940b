// Splits a mysqldump / mariadb-dump file into statements, each with the line it starts on.
// A character scanner, not a pattern: it knows MySQL's quoting ('…' and "…" with backslash
// escapes, `…` identifiers), comments (-- , #, /* */) and DELIMITER lines around routines and
// triggers. A versioned comment (/*!50001 … */) that starts a statement is its text, as MySQL
// reads it: mysqldump writes session settings so, and every view (`/*!50001 CREATE ALGORITHM=…
// */ /*!50013 DEFINER=… */ /*!50001 VIEW … AS select … */;`); one inside a statement begun in
// plain text (a CREATE TABLE's /*!50100 PARTITION BY … */) is dropped, as before. The statements
// themselves are parsed by node-sql-parser.
import { InputError } from '../../inventory/diagnostic.js';

export interface DumpStatement {
  text: string;
  line: number;
  /** Offset of the statement's first character in the file. */
  start: number;
}

export function splitMysqlDump(text: string, file: string): DumpStatement[] {
  const out: DumpStatement[] = [];
  let delimiter = ';';
  let i = 0;
  let line = 1;
  let start = -1;
  let startLine = 0;
  let pieces: string[] = [];
  let pieceStart = 0;
  // The statement began in a versioned comment: its later versioned comments are its text too.
  let versioned = false;
  const n = text.length;
  const flush = (end: number) => {
    if (start >= 0) pieces.push(text.slice(pieceStart, end));
    const statement = pieces.join('').trim();
    if (statement !== '') out.push({ text: statement, line: startLine, start });
    pieces = [];
    start = -1;
    versioned = false;
  };
  const fail = (message: string, at: number): never => {
    throw new InputError([{ severity: 'error', file, line: at, message, expected: 'SQL as mysqldump or mariadb-dump writes it' }]);
  };
  while (i < n) {
    const c = text[i] as string;
    const atLineStart = i === 0 || text[i - 1] === '\n';
    if (start < 0 && atLineStart && text.slice(i, i + 10).toUpperCase() === 'DELIMITER ') {
      const end = text.indexOf('\n', i);
      delimiter = text.slice(i + 10, end < 0 ? n : end).trim() || ';';
      i = end < 0 ? n : end;
      continue;
    }
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    // Comments: skipped (a comment inside a statement is cut out of its text).
    const dashComment = c === '-' && text[i + 1] === '-' && (i + 2 >= n || /\s/.test(text[i + 2] as string));
    if (dashComment || c === '#') {
      if (start >= 0) {
        pieces.push(text.slice(pieceStart, i));
        pieceStart = lineEnd(text, i);
      }
      i = lineEnd(text, i);
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) fail('unterminated /* comment', line);
      const body = VERSIONED.exec(text.slice(i, Math.min(close, i + 12)));
      if (body && (start < 0 || versioned)) {
        if (start < 0) {
          start = i;
          startLine = line;
          versioned = true;
        } else pieces.push(text.slice(pieceStart, i));
        pieces.push(text.slice(i + body[0].length, close), ' ');
        pieceStart = close + 2;
        line += countNewlines(text, i, close);
        i = close + 2;
        continue;
      }
      if (start >= 0) {
        pieces.push(text.slice(pieceStart, i), ' ');
        pieceStart = close + 2;
      }
      line += countNewlines(text, i, close);
      i = close + 2;
      continue;
    }
    if (start < 0) {
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      if (text.startsWith(delimiter, i)) {
        i += delimiter.length;
        continue;
      }
      start = i;
      pieceStart = i;
      startLine = line;
    }
    if (c === "'" || c === '"' || c === '`') {
      const startAt = line;
      i++;
      for (;;) {
        if (i >= n) fail(c === '`' ? 'unterminated quoted identifier' : 'unterminated quoted string', startAt);
        const d = text[i] as string;
        if (d === '\n') line++;
        if (d === '\\' && c !== '`') {
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
    if (text.startsWith(delimiter, i)) {
      flush(i);
      i += delimiter.length;
      continue;
    }
    i++;
  }
  flush(n);
  return out;
}

/** The head of a versioned comment: `/*!` and the version it needs (`/*!50001`). */
const VERSIONED = /^\/\*!\d*/;

function lineEnd(text: string, pos: number): number {
  const e = text.indexOf('\n', pos);
  return e < 0 ? text.length : e;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) count++;
  return count;
}
