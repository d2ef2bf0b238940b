#!/usr/bin/env node
// The pipl-audit command line's entry point (package.json `bin`). The program is ./cli.js. The build
// (`npm run build`, src/build/bundle-cli.ts) replaces this file with a bundle of ./cli.js: one
// module and a few chunks to load instead of ~580 small ones, which was most of a small audit's
// start-up. Compiled by tsc alone, this file loads the modules as tsc wrote them.
import './cli.js';
