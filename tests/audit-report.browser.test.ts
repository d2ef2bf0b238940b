// The compliance audit report document printed by a real headless Chromium (playwright-core): it
// prints on several A4 pages with the cover on its own, loads nothing from the network, keeps rule
// ids and statuses on one line (a CJK font is installed by .ci/run, so the screenshot shows Chinese).
// A PDF and a screenshot are kept in tests/.artifacts/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAuditReportHtml } from '../src/report/audit-report-html.js';
import { REPO_ROOT, runCli } from './support/run-cli.js';
import { sharedAudit } from './support/shared-results.js';
import { tempDir } from './support/temp-dir.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(REPO_ROOT, 'tests/.artifacts');
const skip = process.env.PIPL_AUDIT_SKIP_BROWSER === '1' && !process.env.CI;

describe.skipIf(skip)('the audit report document in headless Chromium', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const report = await sharedAudit({ paths: ['examples/courier/before'], frameworks: ['cac-2025'] });
    html = renderAuditReportHtml(report, 'zh');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints on A4 pages, the cover alone on the first, with nothing fetched and no error', async () => {
    const file = join(tempDir({ 'report.html': html }), 'report.html');
    const url = pathToFileURL(file).href;
    const context = await browser.newContext();
    const requests: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await page.goto(url, { waitUntil: 'load' });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cover').evaluate((e) => (globalThis as unknown as { getComputedStyle(el: unknown): { breakAfter: string } }).getComputedStyle(e).breakAfter)).toBe('page');
    // Rule ids and statuses never break inside a word: each is one line box.
    const wrapped = await page.locator('span.rule, span.status').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 1).map((e) => e.textContent));
    expect(wrapped).toEqual([]);
    expect(await page.locator('span.rule').count()).toBeGreaterThan(10);
    // The guideline table and the signature block are there.
    expect(await page.locator('table .status[data-status="FAIL"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#signature .signature div').count()).toBe(4);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(3);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'audit-report-courier-zh.pdf'), pdf);
    await page.setViewportSize({ width: 900, height: 1270 });
    await page.screenshot({ path: join(ARTIFACTS, 'audit-report-courier-zh.png') });
    await context.close();
  });

  it('pipl-audit print makes the PDF with the system Chromium, and a CJK font is installed for it', () => {
    const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
    expect(fonts.stdout, 'a CJK font (Debian fonts-noto-cjk, installed by .ci/run)').toMatch(/Noto (Sans|Serif) CJK/);
    const dir = tempDir({ 'report.html': html });
    const result = runCli(['print', join(dir, 'report.html'), '-o', join(dir, 'report.pdf'), '--chromium', CHROMIUM]);
    expect(result.code, result.stderr).toBe(0);
    const pdf = readFileSync(join(dir, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(3);
  });

  it('audit -f audit-report-pdf writes the PDF itself: A4 pages, the report title, bound by hash in the evidence record', () => {
    const dir = tempDir({});
    cpSync(join(REPO_ROOT, 'examples/courier/before'), join(dir, 'p'), { recursive: true });
    const pdfPath = join(dir, 'report.pdf');
    // The evidence record lives in the folder holding the audited files: the run is made from there.
    const result = runCli(['audit', 'p', '-f', 'audit-report-pdf', '-o', 'report.pdf', '-f', 'json', '-o', 'r.json', '--evidence', 'ev.json', '--lang', 'zh', '--chromium', CHROMIUM], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('已写入 report.pdf');
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(3);
    // A4 in points (595 × 842), as the document's @page asks.
    expect(raw).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.?\d* 84[12]\.?\d*\s*\]/);
    // Chromium writes the document's <title> as the PDF title (UTF-16BE): the Chinese report's.
    const title = /\/Title\s*<FEFF([0-9A-F]+)>/.exec(raw)?.[1] ?? '';
    const text = Buffer.from(title, 'hex').swap16().toString('utf16le');
    expect(text).toContain('个人信息保护合规审计报告');
    // The evidence record hashes the PDF as written.
    const record = JSON.parse(readFileSync(join(dir, 'ev.json'), 'utf8')) as unknown;
    expect(JSON.stringify(record)).toContain(createHash('sha256').update(pdf).digest('hex'));
  });
});

describe('audit -f audit-report-pdf without a Chromium', () => {
  it('stops before auditing with exit 2, says how to get one, and writes nothing', () => {
    const dir = tempDir({});
    const result = runCli(['audit', 'examples/courier/before', '-f', 'json', '-o', join(dir, 'r.json'), '-f', 'audit-report-pdf', '-o', join(dir, 'r.pdf'), '--lang', 'en'], { env: { CHROMIUM_PATH: join(dir, 'no-chromium') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no Chromium at ${join(dir, 'no-chromium')}`);
    expect(result.stderr).toContain('-f audit-report');
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
    const toStdout = runCli(['audit', 'examples/courier/before', '-f', 'audit-report-pdf', '--lang', 'zh']);
    expect(toStdout.code).toBe(2);
    expect(toStdout.stderr).toContain('不能输出到标准输出');
  });
});
