// Every format shows a grouped finding as its count and first members, keeps every member where
// the format can (JSON members, SARIF related locations), and lists the export objects the
// mapping did not tie to the manifest (JSON coverage, SARIF notifications, Markdown, HTML, text).
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html-reporter.js';
import { renderMarkdown } from '../src/report/markdown-reporter.js';
import { MEMBER_EXAMPLES } from '../src/report/member-examples.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { renderSarif } from '../src/report/sarif-reporter.js';
import { renderText } from '../src/report/text-reporter.js';
import { courierReport } from './support/courier-report.js';

/** The courier report with one grouped finding given more members than the formats show. */
async function reportWithLargeGroup(): Promise<{ report: AuditReport; fingerprint: string; total: number }> {
  const report = structuredClone(await courierReport());
  const group = report.findings.find((f) => f.ruleId === 'PIPL-CRED-006' && f.members);
  if (!group?.members) throw new Error('courier before/ has a grouped PIPL-CRED-006 finding');
  const model = group.members.items[0];
  if (!model) throw new Error('a group has members');
  for (let i = 0; i < 20; i++) group.members.items.push({ ...model, key: `extra-${i}`, label: `extra-${i}` });
  group.members.count = group.members.items.length;
  return { report, fingerprint: group.fingerprint, total: group.members.count };
}

describe('grouped findings and unmapped objects in every format', () => {
  it('SARIF: every member is a related location, unmapped objects are notifications', async () => {
    const { report, fingerprint, total } = await reportWithLargeGroup();
    const sarif = JSON.parse(renderSarif(report, { lang: 'en' })) as {
      runs: Array<{ results: Array<{ partialFingerprints: Record<string, string>; relatedLocations?: Array<{ message?: { text: string } }> }>; invocations: Array<{ toolExecutionNotifications?: Array<{ message: { text: string } }> }> }>;
    };
    const run = sarif.runs[0];
    const result = run?.results.find((r) => Object.values(r.partialFingerprints).includes(fingerprint));
    const memberLocations = result?.relatedLocations?.filter((l) => l.message !== undefined) ?? [];
    expect(memberLocations).toHaveLength(total);
    const notes = run?.invocations[0]?.toolExecutionNotifications?.map((n) => n.message.text) ?? [];
    expect(report.coverage.length).toBeGreaterThan(0);
    for (const c of report.coverage) expect(notes).toContain(`not mapped to the manifest: ${c.kind} ${c.name} (${c.note})`);
  });

  it('Markdown, HTML and text show the count and the first members, and list unmapped objects', async () => {
    const { report, total } = await reportWithLargeGroup();
    const more = total - MEMBER_EXAMPLES;
    const md = renderMarkdown(report, { lang: 'en' });
    const html = renderHtml(report, { lang: 'en' });
    const text = renderText(report, { lang: 'en', color: false });
    for (const out of [md, html, text]) {
      expect(out).toContain(`${total} items`);
      expect(out).toContain(`${more} more in the JSON report`);
      expect(out).not.toContain('extra-19');
    }
    expect(md).toContain(`### Not mapped to the manifest (${report.coverage.length})`);
    expect(html).toContain(`<section id="coverage"><h2>Not mapped to the manifest (${report.coverage.length})</h2>`);
    const first = report.coverage[0];
    expect(md).toContain(first?.name.replace(/[\\`*_[\]<>|#]/g, '\\$&'));
  });
});
