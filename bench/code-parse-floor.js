// The floor under a code scan: reading every file and TypeScript's own parser
// (ts.createSourceFile, no program, no type checker) on each, nothing else.
// Prints one JSON line: files, readMs, parseMs, cpuMs (read + parse, this thread's process),
// maxRssBytes.
//
// Usage: node bench/code-parse-floor.js DIR
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from 'ts-morph';

const dir = process.argv[2];
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d).sort()) {
    const p = join(d, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk(dir);
const c0 = process.cpuUsage();
const t0 = performance.now();
const texts = files.map((f) => readFileSync(f, 'utf8'));
const t1 = performance.now();
let nodes = 0;
for (let i = 0; i < files.length; i++) nodes += ts.createSourceFile(files[i], texts[i], ts.ScriptTarget.Latest, true, ts.ScriptKind.TS).statements.length;
const t2 = performance.now();
const cpu = process.cpuUsage(c0);
console.log(JSON.stringify({ files: files.length, statements: nodes, readMs: t1 - t0, parseMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
