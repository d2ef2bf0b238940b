// Splits a MySQL dump (mysqldump output or a hand-written schema-and-seed script) into statements,
// each with the line and column it starts on. A small lexer, not a pattern over SQL: it knows
// MySQL's quotes ('…', "…", `…` with backslash escapes and doubled quotes), comments (-- , #,
// /* … */ and the conditional /*!40101 … */ form, which is only ever a SET in a dump and is
// dropped like a comment) and the client's DELIMITER command. The statements themselves are
// parsed by node-sql-parser (dump-tables.ts). Shared by the RuoYi and JeecgBoot readers.
import { InputError } from '../../inventory/diagnostic.js';

export interface DumpStatement {
  /** The statement text without its delimiter (comments outside quotes removed). */
  text: string;
  line: number;
  column: number;
}

export interface SplitLimits {
  /** Longest statement accepted, in characters (an extended INSERT of mysqldump is ~1 MB by default). */
  maxStatementChars: number;
}

/** Calls `onStatement` for each statement in order. Throws InputError on an unterminated quote or comment, or a statement over the limit. */
export function splitDump(text: string, file: string, limits: SplitLimits, onStatement: (s: DumpStatement) => void): void {
  let delimiter = ';';
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  let parts: string[] = [];
  let partStart = 0;
  let stmtLine = 0;
  let stmtColumn = 0;
  let length = 0;
  const fail = (message: string, atLine: number, atColumn: number, expected: string): never => {
    throw new InputError([{ severity: 'error', file, line: atLine, column: atColumn, message, expected }]);
  };
  const begin = () => {
    if (stmtLine === 0) {
      stmtLine = line;
      stmtColumn = i - lineStart + 1;
    }
  };
  const flushPart = (end: number) => {
    if (end > partStart) {
      length += end - partStart;
      if (length > limits.maxStatementChars) fail(`statement longer than ${limits.maxStatementChars} characters`, stmtLine, stmtColumn, `statements of at most ${limits.maxStatementChars} characters (options.limits.statementChars)`);
      parts.push(text.slice(partStart, end));
    }
  };
  const finish = (end: number) => {
    flushPart(end);
    const statement = parts.join('').trim();
    if (statement !== '') onStatement({ text: statement, line: stmtLine, column: stmtColumn });
    parts = [];
    length = 0;
    stmtLine = 0;
  };
  while (i < n) {
    const c = text[i] as string;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    // The client command DELIMITER, at the start of a statement.
    if (stmtLine === 0 && (c === 'D' || c === 'd') && text.slice(i, i + 10).toUpperCase() === 'DELIMITER ') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      const value = text.slice(i + 10, stop).trim();
      if (value === '') fail('DELIMITER without a delimiter', line, i - lineStart + 1, 'DELIMITER followed by the new statement delimiter');
      delimiter = value;
      i = stop;
      partStart = i;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      begin();
      const startLine = line;
      const startColumn = i - lineStart + 1;
      i++;
      for (;;) {
        if (i >= n) fail(`unterminated ${c === '`' ? 'quoted name' : 'string'} starting here`, startLine, startColumn, `a closing ${c}`);
        const d = text[i] as string;
        if (d === '\n') {
          line++;
          lineStart = i + 1;
        }
        if (d === '\\' && c !== '`') {
          if (text[i + 1] === '\n') {
            line++;
            lineStart = i + 2;
          }
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
    const isLineComment = c === '#' || (c === '-' && text[i + 1] === '-' && (i + 2 >= n || /\s/.test(text[i + 2] as string)));
    if (isLineComment) {
      flushPart(i);
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      partStart = i;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      flushPart(i);
      const startLine = line;
      const startColumn = i - lineStart + 1;
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment starting here', startLine, startColumn, 'a closing */');
      for (let k = i; k < end; k++) {
        if (text.charCodeAt(k) === 10) {
          line++;
          lineStart = k + 1;
        }
      }
      i = end + 2;
      // A comment separates tokens: keep a space in its place.
      parts.push(' ');
      partStart = i;
      continue;
    }
    if (c === delimiter[0] && text.startsWith(delimiter, i)) {
      finish(i);
      i += delimiter.length;
      partStart = i;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') begin();
    i++;
  }
  finish(n);
}
