// The floor under any audit of a JSON manifest: reading the file and JSON.parse of it, nothing
// else. Run as its own process by bench/run.js; prints one JSON line with its timings and max RSS.
//
// Usage: node bench/parse-floor.js FILE
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/parse-floor.js FILE');
  process.exit(2);
}
const t0 = performance.now();
const text = readFileSync(file, 'utf8');
const t1 = performance.now();
const data = JSON.parse(text);
const t2 = performance.now();
console.log(
  JSON.stringify({
    readMs: t1 - t0,
    parseMs: t2 - t1,
    totalMs: t2 - t0,
    topLevelKeys: Object.keys(data).length,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
