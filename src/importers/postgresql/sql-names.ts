// PostgreSQL identifiers as a dump writes them: "Quoted" keeps its case, unquoted folds to
// lower case; a qualified name is its parts joined by dots.

/** Splits a (possibly qualified, possibly quoted) name into its parts, folding unquoted parts. */
export function nameParts(raw: string): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '"') {
      let j = i + 1;
      let out = '';
      while (j < raw.length) {
        if (raw[j] === '"' && raw[j + 1] === '"') {
          out += '"';
          j += 2;
        } else if (raw[j] === '"') break;
        else out += raw[j++];
      }
      parts.push(out);
      i = j + 1;
    } else {
      let j = i;
      while (j < raw.length && raw[j] !== '.') j++;
      parts.push(raw.slice(i, j).trim().toLowerCase());
      i = j;
    }
    if (raw[i] === '.') i++;
  }
  return parts;
}

export function qualifiedName(raw: string, defaultSchema = 'public'): string {
  const parts = nameParts(raw);
  return parts.length === 1 ? `${defaultSchema}.${parts[0]}` : parts.slice(-2).join('.');
}

/** A name token at the start of `text`: "quoted" (with "" inside) or a run of name characters and dots. */
export const NAME_TOKEN = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)(?:\.(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*))*`;
