// PI discovery over a loaded PostgreSQL dump: every table of the catalog with its columns and
// their COMMENT ON COLUMN text, and the first rows the dump holds for it (COPY data or INSERT
// values, read from the dump text, never loaded).
import type { Catalog } from '../importers/postgresql/catalog.js';
import type { SqlStatement } from '../importers/postgresql/split-statements.js';
import { discoverTable, type DiscoveredTableFacts } from './discover-table.js';
import { postgresDumpRows } from './postgres-dump-rows.js';

export function discoverPostgres(catalog: Catalog, files: ReadonlyArray<{ text: string; statements: readonly SqlStatement[] }>, sampleRows: number): DiscoveredTableFacts[] {
  const rowsByTable = postgresDumpRows(files, sampleRows);
  const out: DiscoveredTableFacts[] = [];
  for (const rel of catalog.relations) {
    if (rel.kind !== 'r' && rel.kind !== 'p') continue;
    const key = `${rel.schema}.${rel.name}`;
    const dump = rowsByTable.get(key);
    // Rows listed with their own column order are put back into the table's order.
    const order = dump?.columns ? rel.columns.map((c) => dump.columns?.indexOf(c) ?? -1) : undefined;
    const rows = (dump?.rows ?? []).map((row) => (order ? order.map((i) => (i < 0 ? null : (row[i] ?? null))) : row));
    const found = discoverTable({
      key,
      name: rel.name,
      columns: rel.columns.map((name) => {
        const comment = rel.columnComments?.get(name);
        return comment === undefined ? { name } : { name, comment };
      }),
      rows,
    });
    if (found.columns.length > 0) out.push(found);
  }
  return out;
}
