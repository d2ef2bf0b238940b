// MySQL / MariaDB: `SHOW GRANTS` output and pt-show-grants output. There is no embedded MySQL
// engine to load them into, so the grants are parsed and resolved here (docs/sources/mysql.md).
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { InputError } from '../../inventory/diagnostic.js';
import type { SourceInput } from '../../sources/source-input.js';
import { buildDatabaseInventory } from '../database/build-database-inventory.js';
import type { DatabaseFacts } from '../database/database-facts.js';
import { DatabaseMappingSchema, type DatabaseMapping } from '../database/database-mapping.js';
import type { Importer, ImportResult } from '../importer.js';
import { grantStatements } from './grant-lines.js';
import { parseGrants } from './mysql-grants.js';
import { mysqlFacts } from './mysql-facts.js';
import { appendAll } from '../../collections/append-all.js';

const MARKERS = /^-- Grants (dumped by pt-show-grants|for ')|^\|?\s*Grants for \S+@|^\|?\s*GRANT .* ON (\*|`[^`]*`|'[^']*'|\w+)\.(\*|`|\w)/m;

export const mysqlImporter = {
  format: 'mysql',
  title: 'MySQL / MariaDB SHOW GRANTS or pt-show-grants output',
  extensions: ['.sql', '.txt', '.grants'],
  supplies: ['databaseLogins'],
  mappingSchema: DatabaseMappingSchema,
  detect(input: SourceInput) {
    return MARKERS.test(input.head);
  },
  load(inputs, context): ImportResult {
    const mapping = context.mapping as DatabaseMapping;
    const tableKeys = Object.keys(mapping.tables ?? {});
    const merged: DatabaseFacts = { engine: 'mysql', logins: [], tables: [] };
    const warnings: Diagnostic[] = [];
    for (const input of inputs) {
      const statements = grantStatements(input.text());
      if (statements.length === 0) throw new InputError([{ severity: 'error', file: input.path, line: 1, message: 'no GRANT, CREATE USER or ALTER USER statement found', expected: 'SHOW GRANTS or pt-show-grants output' }]);
      appendAll(merged.logins, mysqlFacts(parseGrants(statements, input.path), input.path, tableKeys).logins);
    }
    return buildDatabaseInventory(merged, context, warnings);
  },
} satisfies Importer;
