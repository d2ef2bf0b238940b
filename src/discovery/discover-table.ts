// PI discovery for one database table: each column classified by its name and comment, and, when
// the dump holds rows, by what the first rows hold (at most `sampleRows` per table, read once).
// A value is kept only while it is checked; what leaves this module is a count of hits and a few
// masked examples, never a value in full.
import { classifyColumnName, classifyComment } from './classify-column-name.js';
import { VALIDATORS, type ValidatorId } from './value-validators.js';

/** Rows read per table by default (project file: a source's `options.discovery.sampleRows`). */
export const DEFAULT_SAMPLE_ROWS = 100;
/** Masked examples kept per column and validator. */
const MAX_EXAMPLES = 3;
/** Longest value checked; a longer one is no phone, ID, card or plate number. */
const MAX_VALUE_LENGTH = 64;

export interface TableToDiscover {
  /** schema.table (PostgreSQL) or db.table (MySQL). */
  key: string;
  /** The table's own name (without schema), which decides a bare `name` column. */
  name: string;
  columns: ReadonlyArray<{ name: string; comment?: string }>;
  /** Rows in column order (null: SQL NULL), already bounded by the reader. */
  rows: ReadonlyArray<ReadonlyArray<string | null>>;
}

export interface ContentEvidence {
  validator: ValidatorId;
  category: string;
  /** Values that passed the validator. */
  hits: number;
  /** Non-empty values checked. */
  sampled: number;
  /** A few of the values that passed, masked. */
  examples: string[];
}

export interface DiscoveredColumn {
  name: string;
  categories: string[];
  /** The words of the column name that name a category. */
  byName?: string;
  /** The words of the column comment that name a category. */
  byComment?: string;
  byContent?: ContentEvidence[];
}

export interface DiscoveredTableFacts {
  key: string;
  /** Only the columns that look like PI. */
  columns: DiscoveredColumn[];
  /** Rows of the dump read for content. */
  rowsSampled: number;
}

export function discoverTable(table: TableToDiscover): DiscoveredTableFacts {
  const columns: DiscoveredColumn[] = [];
  table.columns.forEach((column, index) => {
    const categories = new Set<string>();
    const found: DiscoveredColumn = { name: column.name, categories: [] };
    const byName = classifyColumnName(column.name, table.name);
    if (byName) {
      categories.add(byName.category);
      found.byName = byName.term;
    }
    const byComment = column.comment ? classifyComment(column.comment) : undefined;
    if (byComment) {
      categories.add(byComment.category);
      found.byComment = byComment.term;
    }
    const content = contentEvidence(table.rows, index);
    if (content.length > 0) {
      found.byContent = content;
      for (const c of content) categories.add(c.category);
    }
    if (categories.size === 0) return;
    found.categories = [...categories].sort();
    columns.push(found);
  });
  return { key: table.key, columns, rowsSampled: table.rows.length };
}

/**
 * The validators most of a column's non-empty values pass (at least half: a phone column with a
 * few landline numbers is still a phone column; a remark column that holds one phone number by
 * chance is not called one).
 */
function contentEvidence(rows: TableToDiscover['rows'], index: number): ContentEvidence[] {
  let sampled = 0;
  const hits = VALIDATORS.map(() => ({ count: 0, examples: new Set<string>() }));
  for (const row of rows) {
    const value = row[index];
    if (value === null || value === undefined) continue;
    const text = value.trim();
    if (text === '' || text.length > MAX_VALUE_LENGTH) {
      if (text !== '') sampled++;
      continue;
    }
    sampled++;
    VALIDATORS.forEach((validator, v) => {
      const canonical = validator.match(text);
      if (canonical === undefined) return;
      const h = hits[v] as { count: number; examples: Set<string> };
      h.count++;
      if (h.examples.size < MAX_EXAMPLES) h.examples.add(validator.mask(canonical));
    });
  }
  const out: ContentEvidence[] = [];
  VALIDATORS.forEach((validator, v) => {
    const h = hits[v] as { count: number; examples: Set<string> };
    if (h.count > 0 && h.count * 2 >= sampled) out.push({ validator: validator.id, category: validator.category, hits: h.count, sampled, examples: [...h.examples] });
  });
  return out;
}
