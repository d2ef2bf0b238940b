// Issue 10, item 8: one hostile string — backticks, a script tag, a table pipe, line breaks, an
// ANSI escape, a spreadsheet formula — put into every input-derived field a report shows (file
// name, entity id, label, message, system id, input path, exception fields) and rendered in every
// format: each output must stay inert in the way its readers parse it.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { audit } from '../../src/audit.js';
import { outputFormat, OUTPUT_FORMAT_NAMES } from '../../src/report/output-formats.js';
import type { AuditReport } from '../../src/report/report-schema.js';
import { parseCsv } from '../support/parse-csv.js';
import { descendants, parseXml } from '../support/parse-xml.js';
import { REPO_ROOT } from '../support/run-cli.js';

const HOSTILE = "=cmd|' /C calc'!A0 `x` ``<script>alert(1)</script>`` | cell |\n# injected heading\r\n- item \u001b[31mRED\u001b]0;title\u0007\u0008\u009b2J <img src=x onerror=alert(2)>";

let report: AuditReport;
beforeAll(async () => {
  const plain = await audit({ paths: [join(REPO_ROOT, 'examples/gym/before')], cwd: REPO_ROOT, exceptions: false });
  let touched = false;
  const findings = plain.findings.map((f) => {
    if (touched || f.status !== 'FAIL') return f;
    touched = true;
    return {
      ...f,
      target: { key: `${HOSTILE}-key`, label: `${HOSTILE}-label` },
      message: { zh: `${HOSTILE}-message`, en: `${HOSTILE}-message` },
      reason: { zh: `${HOSTILE}-reason`, en: `${HOSTILE}-reason` },
      evidence: [{ file: `${HOSTILE}.yaml`, pointer: `/roles/${HOSTILE}`, line: 3, column: 1 }],
    };
  });
  report = {
    ...plain,
    system: { id: `${HOSTILE}-system`, name: `${HOSTILE}-name` },
    inputs: [{ path: `${HOSTILE}.yaml`, sha256: '0'.repeat(64), format: 'manifest' }, ...plain.inputs],
    findings,
    coverage: [{ file: `${HOSTILE}.json`, kind: 'role', name: `${HOSTILE}-role`, note: `${HOSTILE}-note` }],
    exceptions: [{ id: `${HOSTILE}-ex`, file: `${HOSTILE}.yaml`, line: 2, rule: 'PIPL-NOT-001', target: `${HOSTILE}>*`, reason: HOSTILE, approver: HOSTILE, expires: '2000-01-01', state: 'expired', matched: 1 }],
  };
});

const render = (name: string) => [...(outputFormat(name)?.render(report, { lang: 'en', color: false }) ?? [])].join('');

describe('every renderer keeps a hostile string inert', () => {
  it('covers every output format', () => {
    expect([...OUTPUT_FORMAT_NAMES].sort()).toEqual(['audit-report', 'csv', 'html', 'json', 'junit', 'markdown', 'sarif', 'text']);
  });

  it('text: no control character but the line feed, no forged line', () => {
    const text = render('text');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(text).toContain('-message');
    expect(text).not.toMatch(/^# injected heading/m);
    expect(text).not.toMatch(/^- item/m);
  });

  it('markdown: no raw HTML from the input, no heading, list or table row it could open', () => {
    const md = render('markdown');
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).not.toMatch(/^#+ injected/m);
    expect(md).not.toMatch(/^- item/m);
    expect(md).not.toMatch(/^=cmd/m);
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    // Every backtick of the input is escaped: none opens a code span.
    const unescapedBackticks = md.split('\n').filter((line) => line.includes('cmd')).flatMap((line) => [...line.matchAll(/(?<!\\)`/g)]);
    expect(unescapedBackticks).toEqual([]);
    // Table rows keep their columns: the pipes of the input are escaped.
    const lines = md.split('\n');
    const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    let header = 0;
    let rows = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('|')) continue;
      if (lines[i + 1]?.startsWith('|---')) header = columns(line); // a table's header row
      else if (line.includes('cmd')) {
        rows++;
        expect(columns(line), line).toBe(header);
      }
    }
    expect(rows).toBeGreaterThan(0);
  });

  it('html: the only script is the report’s own, no element or attribute from the input', () => {
    const html = render('html');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('audit-report: no script at all, no element or attribute from the input', () => {
    const html = render('audit-report');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('junit: well-formed XML whose elements are all JUnit’s', () => {
    const xml = render('junit');
    const root = parseXml(xml);
    const names = new Set(['testsuites', 'testsuite', 'testcase', 'properties', 'property', 'failure', 'skipped', 'system-out']);
    const walk = (el: typeof root): Array<typeof root> => [el, ...el.children.flatMap(walk)];
    const all = walk(root);
    expect(descendants(root, 'testcase').length).toBeGreaterThan(0);
    for (const el of all) expect(names.has(el.name), el.name).toBe(true);
    expect(xml).not.toContain('<script');
  });

  it('csv: every field that a spreadsheet would read as a formula starts with an apostrophe', () => {
    const rows = parseCsv(render('csv'));
    const width = rows[0]?.length;
    for (const row of rows) expect(row.length).toBe(width);
    const fields = rows.slice(1).flat();
    expect(fields.some((f) => f.includes('cmd|'))).toBe(true);
    for (const f of fields) expect(f, f).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('sarif and json: valid JSON that carries the text as data, no markdown message from the input', () => {
    const sarif = JSON.parse(render('sarif')) as { runs: Array<{ results: Array<{ message: Record<string, string> }> }> };
    const hostile = sarif.runs[0]?.results.find((r) => r.message.text?.includes('cmd|'));
    expect(hostile?.message.markdown).toBeUndefined();
    const json = JSON.parse(render('json')) as AuditReport;
    expect(json.system?.id).toBe(`${HOSTILE}-system`);
  });
});
