#!/usr/bin/env node
// npm run eval: audits every system under eval/systems/ through the library API (dist/), matches
// its FAIL findings to the system's expected.yaml and prints recall, precision, FAILs on unstated
// facts, every miss and every false positive, per system and overall — and subtotals for the
// systems the rules were tuned on and for the blind ones (expected.yaml `set: blind`, written
// after that tuning and never tuned on; without `set` a system counts as tuned). A system with an
// adjudication.yaml (see adjudicate.js) also gets its adjudicated precision, printed after the
// strict figures, which stay the headline.
//   node eval/run-eval.js [SYSTEM…] [--json FILE]
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { audit } from '../dist/index.js';
import { parseEvalArgs, scoreOverall, scoreSystem } from './match-findings.js';
import { adjudicate, adjudicateOverall, verdictsOf } from './adjudicate.js';

const here = dirname(fileURLToPath(import.meta.url));
const systemsDir = join(here, 'systems');
const args = process.argv.slice(2);
const { systems: named, jsonFile } = parseEvalArgs(args);
const systems = (named.length > 0 ? named : readdirSync(systemsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)).sort();

const pct = (x) => `${(100 * x).toFixed(1)} %`;
const line = (f) => `${f.ruleId} ${f.target.key}${f.members ? ` (${f.members.count} members)` : ''}`;

const scores = [];
const sets = new Map();
const adjudications = [];
const adjudicatedLine = (a) => `adjudicated precision ${pct(a.precision)} (${a.truePositives + a.right}/${a.failCount} FAIL: ${a.right} false positives judged right, ${a.wrong} wrong, ${a.unjudged} unjudged${a.stale.length > 0 ? `; ${a.stale.length} stale verdicts` : ''})`;
for (const name of systems) {
  const dir = join(systemsDir, name);
  const expectedFile = join(dir, 'expected.yaml');
  if (!existsSync(expectedFile)) throw new Error(`${expectedFile}: no expected list`);
  const expected = parseYaml(readFileSync(expectedFile, 'utf8'));
  const report = await audit({ paths: [dir], exceptions: false });
  const score = scoreSystem(expected, report.findings);
  scores.push(score);
  const set = expected.set === 'blind' ? 'blind' : 'tuned';
  sets.set(set, [...(sets.get(set) ?? []), score]);
  console.log(`\n== ${name}: recall ${pct(score.recall)} (${score.found.length}/${score.expectedCount}), precision ${pct(score.precision)} (${score.failCount - score.falsePositives.length}/${score.failCount} FAIL), duplicates ${score.duplicates}, FAILs on unstated facts ${score.unstatedFails}, FAILs on true negatives ${score.trueNegativeFails}`);
  for (const item of score.missed) {
    console.log(`  MISS  ${item.id} [${(item.rules ?? []).join(', ') || 'no rule'}] ${item.subjects.join(', ')} — ${item.reason}`);
  }
  for (const fp of score.falsePositives) {
    const tag = fp.unstated ? ` (on unstated fact ${fp.unstated})` : fp.trueNegative ? ` (on true negative ${fp.trueNegative})` : '';
    console.log(`  FP    ${line(fp.finding)}${tag}`);
  }
  for (const hit of score.found.filter((h) => h.byAspect)) {
    console.log(`  ASPECT ${hit.item.id}: found by ${line(hit.byAspect)}, folded into another finding`);
  }
  for (const fp of score.aspectsOnTrueNegatives) {
    console.log(`  ASPECT-FP ${line(fp.finding)} (on true negative ${fp.trueNegative}; folded into another finding, not counted)`);
  }
  for (const hit of score.found.filter((h) => h.findings.length > 1)) {
    console.log(`  DUP   ${hit.item.id}: ${hit.findings.length} findings — ${hit.findings.map(line).join('; ')}`);
  }
  const adjudicationFile = join(dir, 'adjudication.yaml');
  if (existsSync(adjudicationFile)) {
    const result = adjudicate(score, verdictsOf(parseYaml(readFileSync(adjudicationFile, 'utf8')), adjudicationFile));
    adjudications.push({ system: name, ...result });
    console.log(`  ${adjudicatedLine(result)}`);
    for (const key of result.stale) console.log(`  STALE verdict ${key}: no such false positive in this run`);
  }
}
const summary = (s) => `recall ${pct(s.recall)} (${s.foundCount}/${s.expectedCount}), precision ${pct(s.precision)} (${s.failCount - s.falsePositiveCount}/${s.failCount} FAIL), duplicates ${s.duplicates}, FAILs on unstated facts ${s.unstatedFails}, FAILs on true negatives ${s.trueNegativeFails}`;
const subtotals = {};
for (const set of ['tuned', 'blind']) {
  const members = sets.get(set);
  if (!members) continue;
  subtotals[set] = { systems: members.map((m) => m.system), ...scoreOverall(members) };
  console.log(`\n== ${set} systems (${members.map((m) => m.system).join(', ')}): ${summary(subtotals[set])}`);
}
const overall = scoreOverall(scores);
console.log(`\n== overall: recall ${pct(overall.recall)} (${overall.foundCount}/${overall.expectedCount}), precision ${pct(overall.precision)} (${overall.failCount - overall.falsePositiveCount}/${overall.failCount} FAIL), duplicates ${overall.duplicates}, FAILs on unstated facts ${overall.unstatedFails}, FAILs on true negatives ${overall.trueNegativeFails}`);
const adjudicatedOverall = adjudications.length > 0 ? adjudicateOverall(adjudications) : undefined;
if (adjudicatedOverall) {
  console.log(`\n== adjudicated systems (${adjudications.map((a) => a.system).join(', ')}): ${adjudicatedLine(adjudicatedOverall)}`);
}
if (jsonFile) {
  const brief = (s) => ({
    system: s.system,
    recall: s.recall,
    precision: s.precision,
    expected: s.expectedCount,
    fails: s.failCount,
    duplicates: s.duplicates,
    unstatedFails: s.unstatedFails,
    trueNegativeFails: s.trueNegativeFails,
    missed: s.missed.map((i) => i.id),
    falsePositives: s.falsePositives.map((fp) => ({ rule: fp.finding.ruleId, target: fp.finding.target.key, unstated: fp.unstated, trueNegative: fp.trueNegative })),
  });
  const adjudicated = adjudicatedOverall ? { systems: adjudications, overall: adjudicatedOverall } : undefined;
  writeFileSync(jsonFile, JSON.stringify({ systems: scores.map(brief), subtotals, overall, ...(adjudicated ? { adjudicated } : {}) }, null, 2) + '\n');
}
