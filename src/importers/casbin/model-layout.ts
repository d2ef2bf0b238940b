// Where each key of a Casbin model (.conf) is written, so errors and warnings about the model can
// name a line. Casbin parses the model itself (newModelFromString); this reads only positions,
// following the same INI dialect: `[section]`, `key = value`, `#`/`;` comments, and values
// continued on the next line with a trailing backslash.

export interface ModelKey {
  section: string;
  key: string;
  /** The value as written (continuations joined, comments dropped). */
  value: string;
  line: number;
  /** Column (1-based) where the value starts. */
  column: number;
}

export interface ModelLayout {
  /** By `section.key`, e.g. `matchers.m`, `request_definition.r`. */
  keys: Map<string, ModelKey>;
  /** Line of each section header. */
  sections: Map<string, number>;
}

export function readModelLayout(text: string): ModelLayout {
  const keys = new Map<string, ModelKey>();
  const sections = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  let section = '';
  let open: ModelKey | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const trimmed = raw.trim();
    if (open) {
      // A continuation of the previous key's value.
      const continued = trimmed.endsWith('\\');
      open.value += ' ' + (continued ? trimmed.slice(0, -1) : trimmed).trim();
      if (!continued) open = undefined;
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(trimmed);
    if (header) {
      section = (header[1] ?? '').trim();
      if (!sections.has(section)) sections.set(section, i + 1);
      continue;
    }
    const eq = raw.indexOf('=');
    if (eq < 0) continue;
    const key = raw.slice(0, eq).trim();
    const after = raw.slice(eq + 1);
    const column = eq + 2 + (after.length - after.trimStart().length);
    let value = after.trim();
    const continued = value.endsWith('\\');
    if (continued) value = value.slice(0, -1).trim();
    const entry: ModelKey = { section, key, value: stripComment(value), line: i + 1, column };
    keys.set(`${section}.${key}`, entry);
    if (continued) open = entry;
  }
  return { keys, sections };
}

/** Casbin drops a `#` comment at the end of a value. */
function stripComment(value: string): string {
  const hash = value.indexOf('#');
  return hash < 0 ? value : value.slice(0, hash).trim();
}

/**
 * The file line a casbin model error names ("parse the content error : line 7"). casbin numbers
 * only the non-empty lines of the model (it drops empty ones before counting), so its line N is
 * the N-th non-empty line of the file.
 */
export function lineOfModelError(message: string, text: string): number | undefined {
  const match = /\bline (\d+)/.exec(message);
  if (!match) return undefined;
  let wanted = Number(match[1]);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '' && --wanted === 0) return i + 1;
  }
  return undefined;
}
