// The tool's documentation home, read once from package.json's `homepage`: the single default
// for every link the reports make to the documentation (report/documentation-links.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

export const PACKAGE_HOMEPAGE: string = (
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { homepage: string }
).homepage;
