// The compliance audit report document printed by a real headless Chromium (playwright-core): it
// prints on several A4 pages with the cover on its own, loads nothing from the network, keeps rule
// ids and statuses on one line (a CJK font is installed by .ci/run, so the screenshot shows Chinese).
// A PDF and a screenshot are kept in tests/.artifacts/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
});
