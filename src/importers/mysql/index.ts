// MySQL / MariaDB: `SHOW GRANTS`, `SHOW CREATE USER` and pt-show-grants output (and the account
// statements of mysqlpump / mariadb-dump). There is no embedded MySQL engine to load them into, so
// the grants are parsed and resolved here (docs/sources/mysql.md). One source is one server: all
// its files are read as one listing, in order (a CREATE USER listing and a SHOW GRANTS listing of
// the same server merge into one account each); `options.server` names the server in the ids.
import { Type } from '@sinclair/typebox';
import type { Diagnostic } from '../../inventory/diagnostic.js';
import { InputError } from '../../inventory/diagnostic.js';
import type { SourceInput } from '../../sources/source-input.js';
import { buildDatabaseInventory } from '../database/build-database-inventory.js';
import { DatabaseMappingSchema, type DatabaseMapping } from '../database/database-mapping.js';
import type { Importer, ImportResult } from '../importer.js';
import { grantStatements } from './grant-lines.js';
import { parseGrants, type FileStatement } from './mysql-grants.js';
import { mysqlFacts } from './mysql-facts.js';

const MARKERS = /^-- Grants (dumped by pt-show-grants|for ')|^\|?\s*Grants for \S+@|^\|?\s*GRANT .* ON (\*|`[^`]*`|'[^']*'|\w+)\.(\*|`|\w)|^\|?\s*CREATE USER (IF NOT EXISTS )?(`[^`]*`|'[^']*')@/m;

const optionsSchema = Type.Object(
  {
    server: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'the server these files describe, as it should appear in ids (mysql:SERVER/user@host); needed when several MySQL sources hold accounts of the same name' })),
    activateAllRolesOnLogin: Type.Optional(Type.Boolean({ description: "the server's activate_all_roles_on_login (SHOW GLOBAL VARIABLES LIKE 'activate_all_roles_on_login'), when the files do not state it. Unstated, what a role granted but not default would give an account at login (privileges on *.*, SUPER, GRANT OPTION) is unknown and the rules on it say NOT_EVALUATED; what such a role lets the account read after SET ROLE counts either way" })),
  },
  { additionalProperties: false },
);

export const mysqlImporter = {
  format: 'mysql',
  title: 'MySQL / MariaDB SHOW GRANTS, SHOW CREATE USER or pt-show-grants output',
  extensions: ['.sql', '.txt', '.grants'],
  supplies: ['databaseLogins'],
  optionsSchema,
  mappingSchema: DatabaseMappingSchema,
  detect(input: SourceInput) {
    return MARKERS.test(input.head);
  },
  load(inputs, context): ImportResult {
    const mapping = context.mapping as DatabaseMapping;
    const options = context.options as { server?: string; activateAllRolesOnLogin?: boolean };
    const statements: FileStatement[] = [];
    for (const input of inputs) {
      const found = grantStatements(input.text());
      if (found.length === 0) throw new InputError([{ severity: 'error', file: input.path, line: 1, message: 'no GRANT, CREATE USER or ALTER USER statement found', expected: 'SHOW GRANTS, SHOW CREATE USER or pt-show-grants output' }]);
      for (const s of found) statements.push({ ...s, file: input.path });
    }
    const warnings: Diagnostic[] = [];
    const facts = mysqlFacts(parseGrants(statements), Object.keys(mapping.tables ?? {}), { activateAllRolesOnLogin: options.activateAllRolesOnLogin });
    return buildDatabaseInventory(facts, context, warnings, options.server);
  },
} satisfies Importer;
