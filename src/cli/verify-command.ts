// `pipl-audit verify --before A --after B [--recommendation REC]`: was the recommendation carried
// out? Writes the verification (text, markdown, html, json; several at once as -f/-o pairs) and the
// evidence record; exits 0 when every item is FIXED and nothing new fails at the gate, 1 when
// not, 2 on unusable input.
import { extname } from 'node:path';
import type { Command } from 'commander';
import { normaliseCommandLine } from '../evidence/command-line.js';
import { placeRecord } from '../evidence/rebase-record.js';
import { confinementProblems } from '../evidence/record-paths.js';
import { InputError } from '../inventory/diagnostic.js';
import { renderAcceptanceHtml } from '../report/acceptance-html.js';
import { renderAcceptanceMarkdown } from '../report/acceptance-markdown.js';
import { renderAcceptanceText } from '../report/acceptance-text.js';
import { verify } from '../verify/verify.js';
import type { VerifyResult } from '../verify/verify-result-schema.js';
import type { Lang } from '../i18n/bilingual.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './cli-error.js';
import { collect, parseFailOn, parseLang } from './common-options.js';
import { writeFileAtomic } from './output-file.js';
import { addRuleSelectionOptions, ruleSelection, ruleSelectionRecord, type RuleSelectionFlags } from './rule-selection-options.js';
import { loadSigningKey } from './signing-key-option.js';
import { cliArgv, cliStdout } from './cli-io.js';

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface VerifyFlags extends RuleSelectionFlags {
  before: string;
  after: string;
  recommendation?: string;
  format: string[];
  output: string[];
  lang?: string;
  failOn: string;
  evidence?: string;
  signKey?: string;
  timestamp?: boolean;
}

export function registerVerifyCommand(program: Command): void {
  addRuleSelectionOptions(program.command('verify'), 'for sources audited here: ')
    .description('verify a rectification: compare before and after (saved JSON reports or sources), item by item of a recommendation')
    .requiredOption('--before <path>', 'before: a saved JSON report, or sources to audit (folder, files, project file)')
    .requiredOption('--after <path>', 'after: a saved JSON report, or sources to audit')
    .option('--recommendation <file>', 'the recommendation file (YAML; `pipl-audit schema recommendation`)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (repeatable, paired in order with -o)`, collect, [])
    .option('-o, --output <file>', 'write to a file instead of standard output (repeatable; the format follows the extension when -f is not given)', collect, [])
    .option('--lang <lang>', 'report language: zh (default for this command) or en')
    .option('--fail-on <severity>', 'exit 1 when a NEW or REGRESSED FAIL at or above this severity is found (critical, high, medium, low, info, none)', 'high')
    .option('--evidence <file>', 'also write the evidence record on its own to this file')
    .option('--sign-key <file>', 'sign the evidence record with this Ed25519 private key (PEM; `pipl-audit evidence keygen`)')
    .option('--timestamp', 'record the current time in the evidence record (otherwise output is byte-identical for identical inputs)')
    .action(async (flags: VerifyFlags) => {
      // The report is Chinese unless --lang says otherwise; messages follow --lang when given, else the locale.
      const lang: Lang = flags.lang === undefined ? 'zh' : parseLang(flags.lang);
      const failOn = parseFailOn(flags.failOn);
      const destinations = pairOutputs(flags.format, flags.output);
      const cwd = process.cwd();
      const signingKey = flags.signKey ? loadSigningKey(flags.signKey) : undefined;
      const jsonFile = destinations.find((d) => d.format === 'json' && d.file)?.file;
      const recordFile = flags.evidence ?? jsonFile;
      const result = await verify({
        before: flags.before,
        after: flags.after,
        ...(flags.recommendation ? { recommendation: flags.recommendation } : {}),
        cwd,
        failOn,
        ...ruleSelection(flags),
        argv: normaliseCommandLine(cliArgv(), cwd),
        parameters: {
          failOn,
          lang,
          ...ruleSelectionRecord(flags),
        },
        ...(recordFile ? { recordFile } : {}),
        ...(flags.timestamp ? { timestamp: new Date().toISOString() } : {}),
        ...(signingKey ? { signingKey } : {}),
      });
      // Every record written (embedded in a JSON result, or on its own) must point only inside its
      // folder; checked before anything is written.
      const files = destinations.flatMap((d) => (d.file ? [{ path: d.file, format: d.format, sha256: '0'.repeat(64) }] : []));
      const places = [...destinations.filter((d) => d.format === 'json' && d.file).map((d) => d.file as string), ...(flags.evidence ? [flags.evidence] : [])];
      const problems = places.flatMap((place) => confinementProblems(placeRecord(result.evidence, cwd, place, files.filter((f) => f.path !== place)), place));
      if (problems.length > 0) throw new InputError(problems);
      // Renderings first, then JSON results (whose embedded record hashes the renderings), then
      // the record on its own, which hashes every file written.
      const written: Array<{ path: string; sha256: string; format: string }> = [];
      for (const d of [...destinations.filter((d) => d.format !== 'json'), ...destinations.filter((d) => d.format === 'json')]) {
        // The embedded record's base directory is relative to the file it is written in.
        const placed: VerifyResult = d.format === 'json' ? { ...result, evidence: placeRecord(result.evidence, cwd, d.file, written, signingKey) } : result;
        const content = render(placed, d.format, lang);
        if (d.file) written.push({ path: d.file, format: d.format, sha256: writeFileAtomic(d.file, content) });
        else cliStdout().write(content);
      }
      if (flags.evidence) writeFileAtomic(flags.evidence, JSON.stringify(placeRecord(result.evidence, cwd, flags.evidence, written, signingKey), null, 2) + '\n');
      process.exitCode = result.summary.passed ? EXIT_OK : EXIT_FINDINGS;
    });
}

function render(result: VerifyResult, format: Format, lang: Lang): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'markdown':
      return renderAcceptanceMarkdown(result, lang);
    case 'html':
      return renderAcceptanceHtml(result, lang);
    case 'text':
      return renderAcceptanceText(result, lang);
  }
}

const EXTENSION_FORMATS: Record<string, Format> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.json': 'json', '.txt': 'text' };

/** -f and -o in pairs, in order; without -f, each file's format follows its extension. */
function pairOutputs(formats: string[], outputs: string[]): Array<{ format: Format; file?: string }> {
  for (const f of formats) if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError({ zh: `未知的格式 "${f}"（应为以下之一：${FORMATS.join('、')}）`, en: `unknown format "${f}" (expected one of: ${FORMATS.join(', ')})` });
  const typed = formats as Format[];
  if (outputs.length === 0) {
    if (typed.length > 1) throw new UsageError({ zh: '多个 --format 需要同样多的 --output 文件（每个 -f 配一个 -o，顺序相同）', en: 'several --format values need as many --output files (one -o per -f, in the same order)' });
    return [{ format: typed[0] ?? 'text' }];
  }
  if (typed.length === 0) {
    return outputs.map((file) => {
      const format = EXTENSION_FORMATS[extname(file).toLowerCase()];
      if (!format) throw new UsageError({ zh: `无法从扩展名判断 "${file}" 的格式；请用 -f 指定（${FORMATS.join('、')}）`, en: `cannot tell the format of "${file}" from its extension; give -f (${FORMATS.join(', ')})` });
      return { format, file };
    });
  }
  if (typed.length !== outputs.length) throw new UsageError({ zh: `有 ${typed.length} 个 --format 却有 ${outputs.length} 个 --output 文件：请成对给出 -f FORMAT -o FILE`, en: `${typed.length} --format value(s) but ${outputs.length} --output file(s): give them in pairs, -f FORMAT -o FILE` });
  return typed.map((format, i) => ({ format, file: outputs[i] as string }));
}
