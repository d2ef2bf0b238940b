// `pipl-audit print REPORT.html -o REPORT.pdf`: a printed (PDF) copy of an HTML report — the audit
// report document or the acceptance report — made by a headless Chromium installed on the machine
// (Debian's `chromium`; CHROMIUM_PATH or --chromium to point at another). Optional: the HTML itself
// prints from any browser. The page's own CSP forbids scripts and every fetch; the browser runs with
// networking features off and a fresh profile, and is stopped after a time limit.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { DEFAULT_CHROMIUM, findChromium, printFileToPdf } from './chromium-pdf.js';
import { say } from './cli-lang.js';
import { UsageError } from './cli-error.js';
import { parseLang } from './common-options.js';
import { writeFileAtomic } from './output-file.js';
import { cliStderr } from './cli-io.js';

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
      const chromium = findChromium(flags.chromium);
      if (!existsSync(html)) throw new UsageError({ zh: `没有该文件：${html}`, en: `no such file: ${html}` });
      writeFileAtomic(flags.output, printFileToPdf(html, chromium), [html]);
      cliStderr().write(`pipl-audit: ${say(CLI_MESSAGES.wrote(flags.output))}\n`);
    });
}
