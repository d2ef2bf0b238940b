// The verification as a library call: load the recommendation (if any) and both sides, check
// the recommendation's rule ids against the packs in use, verify each item, compare the sides
// by fingerprint, and attach the evidence record. Nothing here prints or exits.
import { resolve } from 'node:path';
import { SEVERITY_RANK } from '../findings/finding.js';
import type { Importer } from '../importers/importer.js';
import { TOOL_NAME } from '../package-root.js';
import { TOOL_VERSION } from '../package-version.js';
import { checkRecommendationRules, loadRecommendation } from '../recommendation/load-recommendation.js';
import type { Severity } from '../rules/rule-schema.js';
import type { Bilingual } from '../i18n/bilingual.js';
import { buildEvidenceRecord } from '../evidence/build-evidence-record.js';
import { canonicalSha256 } from '../evidence/canonical-json.js';
import type { EvidenceRecord } from '../evidence/evidence-record-schema.js';
import { signRecord } from '../evidence/sign-record.js';
import type { KeyObject } from 'node:crypto';
import { compareReports, indexReport } from './compare-reports.js';
import { verifyItem } from './verify-item.js';
import { reservationsOf, verdictOf } from './reservations.js';
import { loadVerifySide, type VerifySide } from './verify-side.js';
import type { SideSummary, VerifyResult } from './verify-result-schema.js';

export interface VerifyOptions {
  before: string;
  after: string;
  recommendation?: string;
  cwd?: string;
  failOn?: Severity | 'none';
  /** For sources audited here (both sides): packs, parameter overrides, rules switched off. */
  packs?: string[];
  params?: Record<string, unknown>;
  disable?: string[];
  importers?: readonly Importer[];
  /** For the evidence record. */
  argv?: string[];
  parameters?: Record<string, unknown>;
  /** Where the evidence record will be written, for its base directory (default: the working directory). */
  recordFile?: string;
  timestamp?: string;
  signingKey?: KeyObject;
}

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const cwd = options.cwd ?? process.cwd();
  const failOn = options.failOn ?? 'high';
  const loadedRecommendation = options.recommendation ? loadRecommendation(resolve(cwd, options.recommendation), cwd) : undefined;
  const sideOptions = { ...(options.packs ? { packs: options.packs } : {}), ...(options.params ? { params: options.params } : {}), ...(options.disable ? { disable: options.disable } : {}), ...(options.importers ? { importers: options.importers } : {}) };
  const before = await loadVerifySide('before', options.before, cwd, sideOptions);
  const after = await loadVerifySide('after', options.after, cwd, sideOptions);
  const beforeIndex = indexReport(before.report);
  const afterIndex = indexReport(after.report);

  if (loadedRecommendation) {
    const known = new Set([...beforeIndex.rules, ...afterIndex.rules]);
    const packs = [...new Set([...before.report.packs, ...after.report.packs].map((p) => `${p.name} ${p.version}`))].join(', ');
    checkRecommendationRules(loadedRecommendation, known, packs);
  }
  const rec = loadedRecommendation?.recommendation;
  const items = rec
    ? [...rec.items].sort((a, b) => a.number - b.number).map((item) => verifyItem(item, rec, { side: before, index: beforeIndex }, { side: after, index: afterIndex }))
    : [];
  const changes = compareReports(beforeIndex, afterIndex);

  const notes: Bilingual[] = [];
  const packKey = (s: VerifySide) => s.report.packs.map((p) => `${p.name}@${p.version}#${p.hash}`).sort().join(' ');
  if (packKey(before) !== packKey(after)) notes.push({ zh: '整改前后使用的规则包（或其内容）不同，比较结果需谨慎解读', en: 'before and after ran different rule packs (or different pack content): read the comparison with care' });
  if (before.report.system?.id !== after.report.system?.id) notes.push({ zh: `整改前后审计的系统不同（${before.report.system?.id ?? '无'} / ${after.report.system?.id ?? '无'}）`, en: `before and after are about different systems (${before.report.system?.id ?? 'none'} / ${after.report.system?.id ?? 'none'})` });
  if (!after.listsPasses) notes.push({ zh: '整改后报告只列出不合规项（未使用 --include-passed）：对象是否仍存在无法从报告中确认', en: 'after is a report listing failures only (written without --include-passed): whether a target still exists cannot be told from it' });

  const referenced = new Set([...items.flatMap((i) => [...i.rules, ...i.findings.map((f) => f.ruleId)]), ...changes.map((c) => c.ruleId)]);
  const rules: VerifyResult['rules'] = {};
  for (const id of [...referenced].sort()) {
    const r = after.report.rules.find((x) => x.id === id) ?? before.report.rules.find((x) => x.id === id);
    if (r) rules[id] = { title: r.title, severity: r.severity, theme: r.theme, basis: r.basis, remediation: r.remediation };
  }

  const count = (c: string) => changes.filter((x) => x.change === c).length;
  const gateHit = failOn !== 'none' && changes.some((c) => (c.change === 'NEW' || c.change === 'REGRESSED') && SEVERITY_RANK[c.severity] >= SEVERITY_RANK[failOn]);
  const itemCounts = { FIXED: 0, PARTIAL: 0, NOT_FIXED: 0, NOT_VERIFIABLE: 0 };
  for (const i of items) itemCounts[i.status]++;
  const summary: VerifyResult['summary'] = {
    items: itemCounts,
    new: count('NEW'),
    regressed: count('REGRESSED'),
    resolved: count('RESOLVED'),
    unchanged: count('UNCHANGED'),
    notComparable: count('NOT_COMPARABLE'),
    failOn,
    passed: items.every((i) => i.status === 'FIXED') && !gateHit,
    verdict: 'FAILED',
  };
  const reservations = reservationsOf({ side: before, index: beforeIndex }, { side: after, index: afterIndex });
  summary.verdict = verdictOf(summary.passed, rec ? itemCounts.FIXED : 0, reservations);

  const content: Omit<VerifyResult, 'evidence'> = {
    verifyVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    recommendation:
      loadedRecommendation && rec
        ? {
            path: loadedRecommendation.path,
            sha256: loadedRecommendation.sha256,
            issuer: rec.issuer,
            reference: rec.reference,
            ...(rec.kind ? { kind: rec.kind } : {}),
            addressee: rec.addressee,
            ...(rec.system ? { system: rec.system } : {}),
            issued: rec.issued,
            ...(rec.deadline ? { deadline: rec.deadline } : {}),
            ...(rec.summary ? { summary: rec.summary } : {}),
          }
        : null,
    checkDate: after.report.asOf,
    before: sideSummary(before),
    after: sideSummary(after),
    items,
    changes,
    rules,
    notes,
    reservations,
    summary,
  };

  let evidence: EvidenceRecord = buildEvidenceRecord({
    command: 'verify',
    argv: options.argv ?? [],
    parameters: options.parameters ?? { failOn },
    cwd,
    ...(options.recordFile ? { recordFile: options.recordFile } : {}),
    ...(loadedRecommendation ? { recommendation: { path: loadedRecommendation.path, sha256: loadedRecommendation.sha256 } } : {}),
    sides: [before, after].map((s) => ({ role: s.name, report: s.report, ...(s.file ? { file: { ...s.file, kind: s.kind === 'report' ? ('report' as const) : ('project' as const) } } : {}) })),
    result: {
      sha256: canonicalSha256(content),
      of: 'the verification result without its `evidence` member, as canonical JSON',
      summary: { ...summary.items, new: summary.new, regressed: summary.regressed, passed: summary.passed, verdict: summary.verdict },
    },
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
  if (options.signingKey) evidence = signRecord(evidence, options.signingKey);
  return { ...content, evidence };
}

function sideSummary(side: VerifySide): SideSummary {
  return {
    kind: side.kind,
    path: side.path,
    asOf: side.report.asOf,
    system: side.report.system,
    packs: side.report.packs.map((p) => ({ name: p.name, version: p.version, hash: p.hash })),
    listsPasses: side.listsPasses,
    failed: side.report.findings.filter((f) => f.status === 'FAIL').length,
  };
}
