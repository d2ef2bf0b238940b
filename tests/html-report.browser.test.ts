// The HTML report in a real headless browser (the system Chromium, driven by playwright-core):
// it loads with no console error and makes no network request besides the file itself, the
// filters change what is shown, the reach matrix is there; a screenshot is kept in
// tests/.artifacts/ (git-ignored). Without Chromium this test fails with instructions; it is
// skipped only when PIPL_AUDIT_SKIP_BROWSER=1 is set outside CI.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html-reporter.js';
import type { AuditReport } from '../src/report/report-schema.js';
import { courierReport } from './support/courier-report.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(REPO_ROOT, 'tests/.artifacts');
const skip = process.env.PIPL_AUDIT_SKIP_BROWSER === '1' && !process.env.CI;

describe.skipIf(skip)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let report: AuditReport;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install Debian's package (sudo apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH. ` +
          'The HTML report test needs a real browser and is not skipped in CI.',
      );
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    report = await courierReport();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the report; records every request and every console error or page error. */
  async function open(html: string): Promise<{ page: Page; url: string; requests: string[]; finished: string[]; errors: string[] }> {
    const file = join(tempDir({ 'report.html': html }), 'report.html');
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const finished: string[] = [];
    const errors: string[] = [];
    // Anything but the file itself would be recorded by the request event and then aborted here.
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfinished', (r) => finished.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests, finished, errors };
  }

  const visible = (page: Page) => page.locator('article.finding:visible').count();

  it('loads offline with no console error, no request but itself; filters work; reach matrix shown', async () => {
    const { page, url, requests, errors } = await open(renderHtml(report, { lang: 'en' }));
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);

    const total = report.findings.length;
    expect(await visible(page)).toBe(total);
    expect(await page.locator('#visible-count').textContent()).toBe(String(total));

    await page.selectOption('#filter-severity', 'critical');
    const critical = report.findings.filter((f) => f.severity === 'critical').length;
    expect(critical).toBeGreaterThan(1);
    expect(await visible(page)).toBe(critical);

    await page.fill('#filter-text', 'pipl-qry-001');
    const qry = report.findings.filter((f) => f.ruleId === 'PIPL-QRY-001').length;
    expect(qry).toBeGreaterThan(0);
    expect(qry).toBeLessThan(critical);
    expect(await visible(page)).toBe(qry);
    expect(await page.locator('article.finding:visible code').first().textContent()).toBe('PIPL-QRY-001');

    await page.fill('#filter-text', 'no such text anywhere');
    expect(await visible(page)).toBe(0);
    expect(await page.locator('#no-match').isVisible()).toBe(true);

    await page.fill('#filter-text', '');
    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-status', 'MANUAL');
    expect(await visible(page)).toBe(report.findings.filter((f) => f.status === 'MANUAL').length);
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-theme', 'devices');
    expect(await visible(page)).toBe(report.findings.filter((f) => f.theme === 'devices').length);
    await page.selectOption('#filter-theme', '');

    const supervisor = page.locator('#reach-roles tr', { hasText: 'outlet-supervisor' });
    expect(await supervisor.count()).toBe(1);
    expect(await supervisor.locator('td[data-scope="any"]').count()).toBe(report.reach?.roles.find((r) => r.id === 'outlet-supervisor')?.cells.length);
    expect(await page.locator('#reach-account-types').isVisible()).toBe(true);
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(2);

    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'html-report-courier-en.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders in Chinese, with no console error, and nothing it contains can reach the network', async () => {
    const { page, url, requests, finished, errors } = await open(renderHtml(report, { lang: 'zh' }));
    expect(requests).toEqual([url]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toContain('个人信息保护合规审计报告');
    expect(errors).toEqual([]);
    // The page's own policy forbids fetching: an image injected into it is refused by its CSP.
    const refused = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()));
    await page.evaluate("document.body.appendChild(Object.assign(document.createElement('img'), { src: 'https://example.com/pixel.png' }))");
    expect((await refused).text()).toContain("img-src data:");
    expect(finished).toEqual([url]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-courier-zh.png'), fullPage: false });
    writeFileSync(join(ARTIFACTS, 'html-report-courier-zh.html'), renderHtml(report, { lang: 'zh' }));
    await page.context().close();
  });

  it('shows a report without findings plainly, without errors', async () => {
    const { page, errors } = await open(renderHtml({ ...report, findings: [] }, { lang: 'en' }));
    expect(errors).toEqual([]);
    expect(await page.locator('#no-findings').isVisible()).toBe(true);
    expect(await page.locator('#no-match').isVisible()).toBe(false);
    expect(await page.locator('#visible-count').textContent()).toBe('0');
    await page.context().close();
  });
});
