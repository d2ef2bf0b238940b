// Writes the published JSON Schemas to schemas/ (npm run schemas), so editors can point at a
// file in the repository; tests/schemas.test.ts fails when the committed files are stale.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { writeFileAtomic } from './output-file.js';
import { schemaJson, SCHEMA_FILES } from './schema-command.js';

const dir = join(PACKAGE_ROOT, 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, file] of Object.entries(SCHEMA_FILES)) writeFileAtomic(join(dir, file), schemaJson(name));
process.stdout.write(`wrote ${Object.keys(SCHEMA_FILES).length} schemas to schemas/\n`);
