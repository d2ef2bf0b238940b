// The first rows of an extended INSERT (mysqldump writes thousands of rows per statement, some
// megabytes long): the statement cut after its first `count` value tuples, so that
// node-sql-parser parses a bounded statement. A scanner that knows quoting and nesting; the
// shortened statement is still parsed by node-sql-parser, which decides what it holds.

/** `INSERT … VALUES (…),(…)` with at most `count` tuples, or undefined when it has no VALUES list. */
export function firstRows(statement: string, count: number): string | undefined {
  const n = statement.length;
  let depth = 0;
  let valuesAt = -1;
  let tuples = 0;
  let i = 0;
  while (i < n) {
    const c = statement[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      i = skipQuoted(statement, i);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && valuesAt >= 0 && ++tuples >= count) return statement.slice(0, i + 1);
    } else if (depth === 0 && valuesAt < 0 && (c === 'V' || c === 'v') && isWord(statement, i, 'VALUES')) valuesAt = i;
    i++;
  }
  return valuesAt >= 0 ? statement : undefined;
}

function isWord(text: string, at: number, word: string): boolean {
  if (text.slice(at, at + word.length).toUpperCase() !== word) return false;
  return !/[A-Za-z0-9_$]/.test(text[at - 1] ?? ' ') && !/[A-Za-z0-9_$]/.test(text[at + word.length] ?? ' ');
}

function skipQuoted(text: string, at: number): number {
  const quote = text[at];
  let i = at + 1;
  while (i < text.length) {
    const d = text[i];
    if (d === '\\' && quote !== '`') {
      i += 2;
      continue;
    }
    if (d === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}
