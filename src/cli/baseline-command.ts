// `pipl-audit baseline write PATH… [-o FILE]`: audit, and record the fingerprints of every
// finding as the baseline a later `audit --baseline FILE` compares against.
import type { Command } from 'commander';
import { say } from './cli-lang.js';
import { audit } from '../audit.js';
import { renderBaseline } from '../baseline/baseline-document.js';
import { isoDate, parseLang } from './common-options.js';
import { writeFileAtomic } from './output-file.js';
import { auditInputFiles } from './audit-input-files.js';
import { addInputOptions, inputReading, type InputFlags } from './input-options.js';
import { addRuleSelectionOptions, ruleSelection, type RuleSelectionFlags } from './rule-selection-options.js';
import { cliStderr, cliStdout } from './cli-io.js';

export const DEFAULT_BASELINE_FILE = 'pipl-audit.baseline.json';

interface BaselineFlags extends RuleSelectionFlags, InputFlags {
  output: string;
  asOf?: string;
  exceptions?: string | false;
  lang?: string;
}

export function registerBaselineCommand(program: Command): void {
  const baseline = program.command('baseline').description('record the current findings, so later audits list only new ones');
  addInputOptions(addRuleSelectionOptions(baseline.command('write')))
    .description('audit and write the fingerprints of every finding (FAIL, NOT_EVALUATED, MANUAL, SUPPRESSED) to a baseline file')
    .argument('<paths...>', 'manifest files or folders, or a project file')
    .option('-o, --output <file>', 'the baseline file ("-" for standard output)', DEFAULT_BASELINE_FILE)
    .option('--as-of <date>', 'the date the audit speaks for (YYYY-MM-DD)')
    .option('--exceptions <file>', 'exceptions file (default: the project file\'s, else pipl-audit.exceptions.yaml beside it)')
    .option('--no-exceptions', 'apply no exceptions file')
    .option('--lang <lang>', 'language of messages: zh or en (default: the project file\'s lang, else from LANG)')
    .action(async (paths: string[], flags: BaselineFlags) => {
      parseLang(flags.lang, { paths });
      const report = await audit({
        paths,
        ...ruleSelection(flags),
        ...inputReading(flags),
        ...(flags.asOf ? { asOf: isoDate(flags.asOf) } : {}),
        ...(flags.exceptions !== undefined ? { exceptions: flags.exceptions } : {}),
      });
      const content = renderBaseline(report);
      if (flags.output === '-') cliStdout().write(content);
      else {
        writeFileAtomic(flags.output, content, auditInputFiles(report, paths, flags));
        const count = report.findings.filter((f) => f.status !== 'PASS').length;
        cliStderr().write(`pipl-audit: ${say({ zh: `已将 ${count} 个问题指纹写入 ${flags.output}`, en: `wrote ${count} finding fingerprint(s) to ${flags.output}` })}\n`);
      }
    });
}
