// `pipl-audit audit PATH…`: run the rules, print or write the report, exit by the gate.
import type { Command } from 'commander';
import { audit } from '../audit.js';
import { gateFails } from '../findings/gate.js';
import { renderJson, renderJsonChunks } from '../report/json-reporter.js';
import { renderText } from '../report/text-reporter.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './cli-error.js';
import { collect, isoDate, parseFailOn, parseLang, parseParams } from './common-options.js';
import { writeChunksAtomic, writeFileAtomic } from './output-file.js';
import { writeAuditEvidence } from './audit-evidence-option.js';

const FORMATS = ['text', 'json'] as const;

interface AuditFlags {
  format: string;
  output?: string;
  lang?: string;
  failOn: string;
  pack?: string[];
  param: string[];
  disable: string[];
  asOf?: string;
  includePassed?: boolean;
  color: boolean;
  evidence?: string;
  signKey?: string;
  timestamp?: boolean;
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('audit a system: manifest files, folders, or a project file (pipl-audit.yaml)')
    .argument('<paths...>', 'manifest files or folders, or a project file')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--lang <lang>', 'report language: zh or en (default: from LANG)')
    .option('--fail-on <severity>', 'exit 1 when a FAIL at or above this severity is found (critical, high, medium, low, info, none)', 'high')
    .option('--pack <pack>', 'rule pack to run: a shipped pack name or a folder (repeatable)', collect)
    .option('--param <name=value>', 'override a rule parameter: RULE-ID.name=value or name=value (repeatable)', collect, [])
    .option('--disable <rule>', 'do not run this rule (repeatable)', collect, [])
    .option('--as-of <date>', 'the date the audit speaks for (YYYY-MM-DD)')
    .option('--include-passed', 'list every PASS as a finding, not only its count')
    .option('--no-color', 'no colour even on a terminal (also: NO_COLOR=1)')
    .option('--evidence <file>', 'also write an evidence record (input hashes, packs, command line; see docs/verify.md)')
    .option('--sign-key <file>', 'sign the evidence record with this Ed25519 private key (PEM)')
    .option('--timestamp', 'record the current time in the evidence record')
    .action(async (paths: string[], flags: AuditFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`unknown format "${flags.format}" (expected one of: ${FORMATS.join(', ')})`);
      const lang = parseLang(flags.lang);
      const failOn = parseFailOn(flags.failOn);
      const report = await audit({
        paths,
        ...(flags.pack ? { packs: flags.pack } : {}),
        params: parseParams(flags.param),
        disable: flags.disable,
        ...(flags.asOf ? { asOf: isoDate(flags.asOf) } : {}),
        includePassed: flags.includePassed ?? false,
      });
      const toFile = flags.output !== undefined;
      if (flags.format === 'json') {
        if (toFile) writeChunksAtomic(flags.output as string, renderJsonChunks(report));
        else process.stdout.write(renderJson(report));
      } else {
        const content = renderText(report, { lang, color: !toFile && flags.color && process.stdout.isTTY === true && !process.env.NO_COLOR });
        if (toFile) writeFileAtomic(flags.output as string, content);
        else process.stdout.write(content);
      }
      if (flags.evidence) writeAuditEvidence(report, paths, { ...flags, evidence: flags.evidence });
      process.exitCode = gateFails(report.findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
    });
}
