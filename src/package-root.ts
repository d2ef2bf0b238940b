// Where the package's shipped data (rules, taxonomy, schemas) lives, for src/ and dist/ alike.
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const TOOL_NAME = 'pipl-audit';
