// A second measurement beside the CLI run: the audit in-process, phase by phase, so a slow
// figure points at its cause. It first runs the public library call `audit()` whole (time and
// findings), then, in a fresh child process, the same pipeline step by step through the modules
// `audit()` is made of (dist/…), timing each step, each view build and each rule.
//
// The step-by-step run mirrors src/audit.ts and src/rules/run-rules.ts; if those change shape,
// the totals of the two runs stop agreeing, which the report shows.
//
// Usage: node bench/audit-phases.js FILE [--whole | --steps]   (prints one JSON line)
//   PIPL_BENCH_DIST=DIR measures another build of the tool (default: the repository's dist/).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const DIST = process.env.PIPL_BENCH_DIST ?? join(here, '..', '..', 'dist');
/** A module of the build under test, e.g. fromDist('index.js'). */
const fromDist = (path) => import(pathToFileURL(join(DIST, path)).href);
const [file, mode] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/audit-phases.js FILE [--whole | --steps]');
  process.exit(2);
}

const rssBytes = () => process.resourceUsage().maxRSS * 1024;

async function whole() {
  const { audit, renderJson } = await fromDist('index.js');
  const t0 = performance.now();
  const report = await audit({ paths: [file] });
  const t1 = performance.now();
  const json = renderJson(report);
  const t2 = performance.now();
  return { auditMs: t1 - t0, renderMs: t2 - t1, reportBytes: Buffer.byteLength(json), findings: report.findings.length, maxRssBytes: rssBytes() };
}

async function steps() {
  const timings = {};
  const time = (name, fn) => {
    const t = performance.now();
    const value = fn();
    timings[name] = performance.now() - t;
    return value;
  };
  const [{ loadTaxonomy, resolvePacks, compilePacks, renderJson }, { readSourceInput }, { IMPORTERS }, { buildInventory }, { InventoryIndex }, { ViewCache }, { evaluateRule }, { locateEvidence }, { compareFindings }] =
    await Promise.all(
      [
        'index.js',
        'sources/source-input.js',
        'importers/registry.js',
        'inventory/build-inventory.js',
        'views/inventory-index.js',
        'views/registry.js',
        'rules/evaluate-rule.js',
        'findings/locate-evidence.js',
        'findings/finding.js',
      ].map(fromDist),
    );
  const start = performance.now();
  const taxonomy = time('taxonomy', () => loadTaxonomy());
  const input = time('read+parse', () => {
    const read = readSourceInput(file, file);
    read.document();
    return read;
  });
  const document = input.document();
  const importer = IMPORTERS.find((i) => i.detect(input));
  const result = time('validate+import', () => importer.load([input], {}));
  const inventory = time('build inventory', () => buildInventory([{ files: [{ path: input.path, sha256: input.sha256, format: importer.format }], format: importer.format, result }], taxonomy));
  const packs = time('load packs', () => resolvePacks(undefined, inventory, process.cwd()));
  const rules = time('compile rules', () => compilePacks(packs, {}));
  const asOf = inventory.system?.asOf ?? new Date().toISOString().slice(0, 10);

  // runRules, unrolled so view builds and rule evaluations are timed apart.
  const index = time('index', () => new InventoryIndex(inventory, taxonomy));
  const views = new ViewCache({ index, asOf });
  const viewMs = {};
  const ruleMs = {};
  const findings = [];
  for (const rule of rules) {
    const name = rule.definition.view;
    let t = performance.now();
    const items = views.get(name); // built on first use, then cached
    if (!(name in viewMs)) viewMs[name] = performance.now() - t;
    t = performance.now();
    const outcome = evaluateRule(rule, items, { provenance: inventory.provenance, taxonomy, includePassed: false });
    ruleMs[rule.definition.id] = performance.now() - t;
    for (const f of outcome.findings) findings.push(f);
  }
  timings['views'] = Object.values(viewMs).reduce((a, b) => a + b, 0);
  timings['evaluate rules'] = Object.values(ruleMs).reduce((a, b) => a + b, 0);
  time('locate evidence', () => locateEvidence(findings, new Map([[document.path, document]])));
  time('sort findings', () => findings.sort(compareFindings));
  // The report is mostly its findings; rendering them is the bulk of renderJson's work.
  time('render findings', () => renderJson({ findings }));
  return {
    totalMs: performance.now() - start,
    timings,
    viewMs,
    slowestRules: Object.entries(ruleMs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([id, ms]) => ({ id, ms })),
    rules: rules.length,
    findings: findings.length,
    maxRssBytes: rssBytes(),
  };
}

if (mode === '--whole') console.log(JSON.stringify(await whole()));
else if (mode === '--steps') console.log(JSON.stringify(await steps()));
else {
  // Each in its own process, so neither's heap inflates the other's figures.
  const run = (flag) => {
    const r = spawnSync(process.execPath, [here, file, flag], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`audit-phases ${flag} failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  console.log(JSON.stringify({ whole: run('--whole'), steps: run('--steps') }));
}
