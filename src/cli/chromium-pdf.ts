// A PDF printed from an HTML document by the headless Chromium installed on this machine
// (Debian's `chromium`; $CHROMIUM_PATH or an explicit path to use another). Optional: only
// `pipl-audit print` and `audit -f audit-report-pdf` need it, and without it they stop with exit 2
// and say how to install one. The document's own CSP forbids scripts and every fetch; the browser
// runs with networking features off and a fresh profile, and is stopped after a time limit. Page
// numbers come from the document's `@page` margin boxes (Chromium's own header and footer are off).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './cli-error.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const TIME_LIMIT_MS = 300_000;

/** The Chromium to print with: the one named, else $CHROMIUM_PATH, else Debian's; exit 2 when it is not there. */
export function findChromium(named?: string): string {
  const chromium = named ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(chromium)) {
    throw new UsageError({
      zh: `${chromium} 处没有 Chromium：请安装 Debian 的 chromium（中文需 fonts-noto-cjk），或用 --chromium / CHROMIUM_PATH 指定；也可以改用 -f audit-report 写出 HTML，再用任意浏览器打印`,
      en: `no Chromium at ${chromium}: install Debian's chromium (and fonts-noto-cjk for Chinese), or name one with --chromium or CHROMIUM_PATH; or write the HTML with -f audit-report and print it from any browser`,
    });
  }
  return chromium;
}

/** Print the HTML file at `htmlPath` to PDF bytes. `label` names the document in an error. */
export function printFileToPdf(htmlPath: string, chromium: string, label = htmlPath): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'pipl-audit-print-'));
  try {
    const pdf = join(work, 'out.pdf');
    const args = [
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      // Chromium's sandbox cannot start as root (containers, CI); the page runs no script either way.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(resolve(htmlPath)).href,
    ];
    const run = spawnSync(chromium, args, { encoding: 'utf8', timeout: TIME_LIMIT_MS });
    if (run.error || !existsSync(pdf)) {
      const detail = `${run.error ? `: ${run.error.message}` : ''}${run.stderr ? `\n${run.stderr.split('\n').slice(-3).join('\n')}` : ''}`;
      throw new UsageError({ zh: `Chromium 未能打印 ${label}${detail}`, en: `Chromium did not print ${label}${detail}` });
    }
    return readFileSync(pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Print an HTML document given as text (written to a private temporary folder first). */
export function printHtmlToPdf(html: string, chromium: string, label: string): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'pipl-audit-html-'));
  try {
    const file = join(work, 'document.html');
    writeFileSync(file, html, { mode: 0o600 });
    return printFileToPdf(file, chromium, label);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
