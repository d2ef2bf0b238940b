// A large YAML manifest: the courier network of bench/generate-courier.js written as block YAML
// (as a person or a YAML-emitting tool would write it) at a scale that gives about 20 MB, then
// measured, each in its own process under GNU time (wall seconds, max RSS):
//   1. floor: js-yaml `load` of the file alone (YAML 1.2 core schema), nothing else;
//   2. floor: JSON.parse of the same data written as JSON (what a JSON manifest would cost);
//   3. read: readSourceDocument as the audit reads a manifest (src/sources/source-document.ts:
//      the fast event reader, hash, strict UTF-8) plus locating the first and last entity of
//      every section, as findings do;
//   4. (--library) the same read through the `yaml` library's Document, the path every YAML file
//      took before the event reader (minutes on 20 MB; off by default);
//   5. the CLI audit of the YAML file, and of the same manifest as JSON (JSON report to a file).
// Prints each figure with its ratio to the floors and the load average, and writes them to
// bench/out/yaml-results.json.
//
// Usage: npm run build && node bench/yaml-manifest.js [--mb 20] [--reuse] [--dist DIR] [--no-audit] [--library]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, CORE_SCHEMA } from 'js-yaml';
import { stringify } from 'yaml';
import { generateCourier } from './generate-courier.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const targetMb = Number(option('--mb', '20'));
const dist = resolve(option('--dist', join(here, '..', 'dist')));
const out = join(here, 'out');
const file = join(out, `courier-${targetMb}mb.yaml`);
const jsonFile = join(out, `courier-${targetMb}mb.json`);
mkdirSync(out, { recursive: true });

if (!args.includes('--reuse') || !existsSync(file)) {
  // 124 MB of one-entity-per-line JSON at scale 1; block YAML is a little larger per entity.
  let scale = targetMb / 160;
  for (let attempt = 0; attempt < 4; attempt++) {
    const text = stringify(generateCourier({ scale }), { lineWidth: 0 });
    const mb = Buffer.byteLength(text) / 1e6;
    writeFileSync(file, text);
    if (Math.abs(mb - targetMb) / targetMb < 0.05) break;
    scale *= targetMb / mb;
  }
}
if (!args.includes('--reuse') || !existsSync(jsonFile)) {
  // The same data as a JSON manifest, one entity per line as bench/generate-courier.js writes it.
  const data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  const lines = Object.entries(data).map(([key, value]) =>
    Array.isArray(value) ? `${JSON.stringify(key)}: [\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]` : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  writeFileSync(jsonFile, `{\n${lines.join(',\n')}\n}\n`);
}
const bytes = statSync(file).size;
const lineCount = readFileSync(file, 'utf8').split('\n').length;
console.log(`manifest: ${file} (${(bytes / 1e6).toFixed(1)} MB, ${lineCount} lines); as JSON: ${(statSync(jsonFile).size / 1e6).toFixed(1)} MB`);
console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

/** Runs a child under GNU time; returns wall seconds, max RSS in MB and the child's last stdout line as JSON when it is. */
function measured(command, commandArgs) {
  const load1 = loadavg()[0];
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [wall, rssKb, user, sys] = last.split(' ').map(Number);
  let inner;
  try {
    inner = JSON.parse(result.stdout.trim().split('\n').pop() ?? '');
  } catch {
    inner = undefined;
  }
  return { status: result.status, wallS: wall, cpuS: Math.round(((user ?? 0) + (sys ?? 0)) * 100) / 100, maxRssMb: Math.round((rssKb ?? 0) / 1024), load1: Math.round(load1 * 100) / 100, inner, stderr: result.status === 0 ? undefined : result.stderr.slice(0, 2000) };
}

const moduleUrl = (path) => JSON.stringify(new URL(`file://${path}`).href);
const script = (body) => ['--input-type=module', '-e', body];

// 1. js-yaml alone: the floor of any YAML reading.
const jsYamlFloor = measured(process.execPath, script(`
import { readFileSync } from 'node:fs';
import { load, CORE_SCHEMA } from ${moduleUrl(join(here, '..', 'node_modules', 'js-yaml', 'dist', 'js-yaml.mjs'))};
const t0 = performance.now();
const data = load(readFileSync(process.argv[1], 'utf8'), { schema: CORE_SCHEMA });
console.log(JSON.stringify({ parseMs: Math.round(performance.now() - t0), keys: Object.keys(data).length }));
`).concat(file));

// 2. JSON.parse of the same data.
const jsonFloor = measured(process.execPath, [join(here, 'parse-floor.js'), jsonFile]);

// 3. (and 4.) The document as the manifest importer reads it, and one line lookup per entity section.
const readScript = (library) => `
import { readFileSync } from 'node:fs';
import { readSourceDocument } from ${moduleUrl(join(dist, 'sources', 'source-document.js'))};
import { readYamlWithLibrary } from ${moduleUrl(join(dist, 'sources', 'yaml-library-reader.js'))};
const t0 = performance.now();
const doc = ${library ? `{ ...readYamlWithLibrary(readFileSync(process.argv[1], 'utf8'), 'manifest.yaml') }` : `readSourceDocument(process.argv[1], 'manifest.yaml', { maxYamlBytes: Infinity })`};
const t1 = performance.now();
const pointers = Object.keys(doc.data).flatMap((k) => Array.isArray(doc.data[k]) ? [\`/\${k}/0/id\`, \`/\${k}/\${doc.data[k].length - 1}/id\`] : [\`/\${k}\`]);
const positions = doc.locate(pointers);
const t2 = performance.now();
const last = positions.get(pointers[pointers.length - 1]);
console.log(JSON.stringify({ parseMs: Math.round(t1 - t0), locateMs: Math.round(t2 - t1), located: positions.size, lastAt: last }));
`;
const read = measured(process.execPath, script(readScript(false)).concat(file));
const library = args.includes('--library') ? measured(process.execPath, script(readScript(true)).concat(file)) : undefined;

const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
const line = (label, m, extra = '') => console.log(`${label.padEnd(44)} ${String(m.wallS).padStart(7)} s wall  ${String(m.cpuS).padStart(7)} s CPU  ${String(m.maxRssMb).padStart(5)} MB  load ${m.load1}${extra}${m.status === 0 ? '' : `  EXIT ${m.status} ${m.stderr}`}`);
line('floor: js-yaml load (core schema)', jsYamlFloor, `  (parse ${jsYamlFloor.inner?.parseMs} ms)`);
line('floor: JSON.parse of the same data', jsonFloor, `  (parse ${Math.round(jsonFloor.inner?.parseMs ?? 0)} ms)`);
line('read + locate (readSourceDocument)', read, `  (parse ${read.inner?.parseMs} ms, locate ${read.inner?.locateMs} ms; ${ratio(read.wallS, jsYamlFloor.wallS)} js-yaml, ${ratio(read.wallS, jsonFloor.wallS)} JSON.parse)`);
if (library) line('read + locate, yaml library Document', library, `  (parse ${library.inner?.parseMs} ms; ${ratio(library.wallS, read.wallS)} the event reader)`);

let audit;
let jsonAudit;
if (!args.includes('--no-audit')) {
  audit = measured(process.execPath, [join(dist, 'cli', 'main.js'), 'audit', file, '--format', 'json', '-o', join(out, 'yaml-report.json'), '--fail-on', 'none', '--max-yaml-size', '1000']);
  jsonAudit = measured(process.execPath, [join(dist, 'cli', 'main.js'), 'audit', jsonFile, '--format', 'json', '-o', join(out, 'yaml-json-report.json'), '--fail-on', 'none']);
  line('audit (CLI), YAML manifest', audit, `  (${ratio(audit.wallS, jsonAudit.wallS)} the JSON audit)`);
  line('audit (CLI), the same manifest as JSON', jsonAudit);
}
// The goal (issue 16): a 20 MB YAML manifest audited in ≤ 5 s and ≤ 600 MB. Time is judged on CPU
// (user + system): on a loaded machine wall time is mostly waiting for a core.
const verdict = (ok) => (ok ? 'OK' : 'OVER');
console.log(`goal: 20 MB YAML manifest read ≤ 5 s — measured ${read.cpuS} s CPU (${read.wallS} s wall), ${read.maxRssMb} MB: ${verdict(read.cpuS <= 5 && read.maxRssMb <= 600)} (load ${read.load1})`);
if (audit) console.log(`goal: 20 MB YAML manifest audited ≤ 5 s, ≤ 600 MB — measured ${audit.cpuS} s CPU (${audit.wallS} s wall), ${audit.maxRssMb} MB: time ${verdict(audit.cpuS <= 5)}, memory ${verdict(audit.maxRssMb <= 600)} (load ${audit.load1}; the same data as JSON: ${jsonAudit.cpuS} s CPU, ${jsonAudit.maxRssMb} MB)`);
writeFileSync(
  join(out, 'yaml-results.json'),
  JSON.stringify({ file, bytes, lines: lineCount, machine: { cores: cpus().length, node: process.version, loadavg: loadavg() }, jsYamlFloor, jsonFloor, read, library, audit, jsonAudit }, null, 2) + '\n',
);
