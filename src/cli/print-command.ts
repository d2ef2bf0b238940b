// `pipl-audit print REPORT.html -o REPORT.pdf`: a printed (PDF) copy of an HTML report — the audit
// report document or the acceptance report — made by a headless Chromium installed on the machine
// (Debian's `chromium`; CHROMIUM_PATH or --chromium to point at another). Optional: the HTML itself
// prints from any browser. The page's own CSP forbids scripts and every fetch; the browser runs with
// networking features off and a fresh profile, and is stopped after a time limit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { say } from './cli-lang.js';
import { UsageError } from './cli-error.js';
import { parseLang } from './common-options.js';
import { writeFileAtomic } from './output-file.js';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const TIME_LIMIT_MS = 120_000;

export function registerPrintCommand(program: Command): void {
  program
    .command('print')
    .description('print an HTML report (-f audit-report, the acceptance report) to PDF with the headless Chromium installed on this machine')
    .argument('<html>', 'the HTML report')
    .requiredOption('-o, --output <file>', 'the PDF to write')
    .option('--lang <lang>', 'language of messages: zh or en (default: from LANG)')
    .option('--chromium <path>', `the Chromium executable (default: $CHROMIUM_PATH, else ${DEFAULT_CHROMIUM})`)
    .action((html: string, flags: { output: string; chromium?: string; lang?: string }) => {
      parseLang(flags.lang);
      const chromium = flags.chromium ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
      if (!existsSync(chromium)) throw new UsageError({ zh: `${chromium} 处没有 Chromium：请安装 Debian 的 chromium（中文需 fonts-noto-cjk），或用 --chromium 指定；也可以用任意浏览器打印该 HTML`, en: `no Chromium at ${chromium}: install Debian's chromium (and fonts-noto-cjk for Chinese), or name one with --chromium; or print the HTML from any browser` });
      if (!existsSync(html)) throw new UsageError({ zh: `没有该文件：${html}`, en: `no such file: ${html}` });
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
          pathToFileURL(resolve(html)).href,
        ];
        const run = spawnSync(chromium, args, { encoding: 'utf8', timeout: TIME_LIMIT_MS });
        if (run.error || !existsSync(pdf)) {
          const detail = `${run.error ? `: ${run.error.message}` : ''}${run.stderr ? `\n${run.stderr.split('\n').slice(-3).join('\n')}` : ''}`;
          throw new UsageError({ zh: `Chromium 未能打印 ${html}${detail}`, en: `Chromium did not print ${html}${detail}` });
        }
        writeFileAtomic(flags.output, readFileSync(pdf), [html]);
        process.stderr.write(`pipl-audit: ${say(CLI_MESSAGES.wrote(flags.output))}\n`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
}
