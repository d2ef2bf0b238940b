#!/usr/bin/env node
// The pipl-audit command line's entry point (package.json `bin`). The program is ./cli.js. The build
// (`npm run build`, src/build/bundle-cli.ts) replaces this file with a bundle of itself and ./cli.js:
// a few chunks to load instead of ~580 small modules, which was most of a small audit's start-up.
// Compiled by tsc alone, this file loads the modules as tsc wrote them. An audit of a large input
// starts again with a larger young generation (./young-generation.ts) before any of it is loaded.
import { auditWithLargerYoungGeneration } from './young-generation.js';

const exitCode = await auditWithLargerYoungGeneration(process.argv);
if (exitCode === undefined) await import('./cli.js');
else process.exitCode = exitCode;
