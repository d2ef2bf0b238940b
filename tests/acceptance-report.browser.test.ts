// The acceptance report (整改验收报告) in headless Chromium, in print mode: it prints to a PDF
// (A4, at least one page), rule ids and result words sit on one line each (one client rect), the
// verdict box and the signature block are there. A
// screenshot of the print-mode page is kept in tests/.artifacts/ (git-ignored). Without Chromium
// it fails with instructions; skipped only when PIPL_AUDIT_SKIP_BROWSER=1 is set outside CI.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAcceptanceHtml } from '../src/report/acceptance-html.js';
import { verify } from '../src/verify/verify.js';
import { REPO_ROOT } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(REPO_ROOT, 'tests/.artifacts');
const skip = process.env.PIPL_AUDIT_SKIP_BROWSER === '1' && !process.env.CI;

describe.skipIf(skip)('acceptance report printed in headless Chromium', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH.`);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const result = await verify({ cwd: REPO_ROOT, recommendation: 'examples/courier/recommendation.yaml', before: 'examples/courier/before', after: 'examples/courier/after' });
    html = renderAcceptanceHtml(result, 'zh');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints on A4 with rule ids and results unbroken, a verdict box and a signature block', async () => {
    const file = join(tempDir({ 'acceptance.html': html }), 'acceptance.html');
    const url = pathToFileURL(file).href;
    // A4 width at 96 dpi less the page margins, so that the layout is the printed one.
    const context = await browser.newContext({ viewport: { width: 680, height: 1000 } });
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });

    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    // A4 media box (595 x 842 points).
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]/);

    // Evaluated in the page (a string: the test is type-checked without the DOM library).
    const rects = (await page.evaluate(
      "[...document.querySelectorAll('td.nowrap code, td.nowrap .result')].map((e) => ({ text: e.textContent ?? '', rects: e.getClientRects().length }))",
    )) as Array<{ text: string; rects: number }>;
    expect(rects.length).toBeGreaterThan(3);
    for (const r of rects) expect(r.rects, r.text).toBe(1);

    const verdict = page.locator('.verdict');
    expect(await verdict.count()).toBe(1);
    expect(await verdict.innerText()).toContain('核查通过（有保留）');
    const border = await page.evaluate("getComputedStyle(document.querySelector('.verdict')).borderTopStyle");
    expect(border).toBe('double');
    const signature = await page.locator('.signature').innerText();
    for (const w of ['核查人员', '复核人', '日期', '签章']) expect(signature).toContain(w);

    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'acceptance-report.pdf'), pdf);
    await page.screenshot({ path: join(ARTIFACTS, 'acceptance-report-print.png'), fullPage: true });
    await context.close();
  });
});
