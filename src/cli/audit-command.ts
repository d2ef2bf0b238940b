// `pipl-audit audit PATH…`: run the rules (with exceptions and a baseline applied), render every
// requested output, write them all or none, and exit by the gate.
import type { Command } from 'commander';
import { audit, type AuditStage } from '../audit.js';
import { gateFails } from '../findings/gate.js';
import { outputFormat } from '../report/output-formats.js';
import { gateNoticeLines, summaryLine } from '../report/text-reporter.js';
import { OUTPUT_FORMAT_NAMES } from '../report/output-formats.js';
import { EXIT_FINDINGS, EXIT_OK } from './cli-error.js';
import { collect, isoDate, parseFailOn, parseLang, parsePercent } from './common-options.js';
import { checkAuditEvidencePlace, writeAuditEvidence } from './audit-evidence-option.js';
import { addRuleSelectionOptions, ruleSelection, type RuleSelectionFlags } from './rule-selection-options.js';
import { writeFilesAtomic } from './output-file.js';
import { planOutputs, type OutputFlag } from './output-plan.js';
import { Progress } from './progress.js';

interface AuditFlags extends RuleSelectionFlags {
  lang?: string;
  failOn: string;
  asOf?: string;
  includePassed?: boolean;
  color: boolean;
  evidence?: string;
  signKey?: string;
  timestamp?: boolean;
  exceptions?: string | false;
  strictExceptions?: boolean;
  maxSuppressedShare?: string;
  baseline?: string;
}

const STAGE_TEXT: Record<AuditStage, string> = {
  loading: 'reading sources…',
  rules: 'running rules',
  evidence: 'locating evidence…',
  reach: 'computing the reach matrix…',
  exceptions: 'applying exceptions…',
  baseline: 'applying the baseline…',
};

export function registerAuditCommand(program: Command): void {
  const outputFlags: OutputFlag[] = [];
  const command = addRuleSelectionOptions(program.command('audit'))
    .description('audit a system: a project file (pipl-audit.yaml), or manifests, exports and folders detected by content')
    .argument('<paths...>', 'a project file or folder holding one, or manifest and export files and folders')
    .option('-f, --format <format>', `output format: ${OUTPUT_FORMAT_NAMES.join(', ')} (repeatable, each with its own -o; default text)`, collect)
    .option('-o, --output <file>', 'write the preceding --format to this file, whole or not at all (repeatable; "-" for standard output)', collect)
    .option('--lang <lang>', 'report language: zh or en (default: from LANG)')
    .option('--fail-on <severity>', 'exit 1 when a FAIL at or above this severity is found (critical, high, medium, low, info, none)', 'high')
    .option('--as-of <date>', 'the date the audit speaks for (YYYY-MM-DD); also decides which exceptions have expired')
    .option('--include-passed', 'list every PASS as a finding, not only its count')
    .option('--exceptions <file>', 'exceptions file (default: the project file\'s, else pipl-audit.exceptions.yaml beside it)')
    .option('--no-exceptions', 'apply no exceptions file')
    .option('--strict-exceptions', 'an expired exception, one that matches nothing, or exceptions suppressing more than --max-suppressed-share of the FAILs, is an error (exit 2)')
    .option('--max-suppressed-share <percent>', 'per cent of FAIL findings the exceptions may suppress before every report warns (default: the project file\'s maxSuppressedShare, else 50)')
    .option('--baseline <file>', 'list only findings whose fingerprints are not in this baseline (`pipl-audit baseline write`) or JSON report')
    .option('--no-color', 'no colour even on a terminal (also: NO_COLOR=1)')
    .option('--evidence <file>', 'also write an evidence record (input hashes, packs, command line; see docs/verify.md)')
    .option('--sign-key <file>', 'sign the evidence record with this Ed25519 private key (PEM)')
    .option('--timestamp', 'record the current time in the evidence record')
    .action(async (paths: string[], flags: AuditFlags) => {
      const targets = planOutputs(outputFlags);
      const lang = parseLang(flags.lang);
      const failOn = parseFailOn(flags.failOn);
      const maxSuppressedShare = flags.maxSuppressedShare !== undefined ? parsePercent(flags.maxSuppressedShare) : undefined;
      const progress = new Progress(process.stderr);
      try {
        const report = await audit({
          paths,
          ...ruleSelection(flags),
          ...(flags.asOf ? { asOf: isoDate(flags.asOf) } : {}),
          includePassed: flags.includePassed ?? false,
          ...(flags.exceptions !== undefined ? { exceptions: flags.exceptions } : {}),
          strictExceptions: flags.strictExceptions ?? false,
          ...(maxSuppressedShare !== undefined ? { maxSuppressedShare } : {}),
          ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
          onProgress: (stage, done, total) => progress.update(total ? `${STAGE_TEXT[stage]} ${(done ?? 0) + 1}/${total}` : STAGE_TEXT[stage]),
        });
        // Every file is rendered and written to a temporary file, then all are renamed into
        // place (all or none); only then does anything go to standard output.
        const colorTerminal = flags.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
        const renderer = (format: string, color: boolean) => {
          const f = outputFormat(format);
          if (!f) throw new Error(`unplanned format ${format}`);
          return () => f.render(report, { lang, color });
        };
        const files = targets.flatMap((t) => (t.path === undefined ? [] : [{ path: t.path, format: t.format, render: renderer(t.format, false) }]));
        const evidenceFlags = flags.evidence ? { ...flags, evidence: flags.evidence } : undefined;
        if (evidenceFlags) checkAuditEvidencePlace(report, paths, evidenceFlags, files);
        progress.update(files.length > 0 ? `writing ${files.map((f) => f.path).join(', ')}…` : 'rendering…');
        const written = writeFilesAtomic(files);
        if (evidenceFlags) writeAuditEvidence(report, paths, evidenceFlags, written.map((w, i) => ({ ...w, format: files[i]?.format ?? '' })));
        progress.done();
        for (const t of targets) if (t.path === undefined) for (const chunk of renderer(t.format, colorTerminal)()) process.stdout.write(chunk);
        // Every format went to a file: the terminal gets what was written and the summary line.
        if (targets.every((t) => t.path !== undefined)) process.stdout.write(`${files.map((f) => `wrote ${f.path}`).join('\n')}\n${summaryLine(report, lang)}\n`);
        // What switched parts of the gate off reaches the terminal whatever the formats (the
        // text report on standard output already carries it).
        if (!targets.some((t) => t.path === undefined && t.format === 'text')) for (const line of gateNoticeLines(report, lang)) process.stderr.write(`pipl-audit: ${line}\n`);
        // An export that could not be read fails the gate whatever --fail-on says: the report is
        // complete for what was read, but an audit with a part missing must not pass.
        const unread = report.diagnostics.filter((d) => d.severity === 'error').length;
        if (unread > 0) process.stderr.write(`pipl-audit: ${unread} error(s) in exports; the rules they feed are NOT_EVALUATED (see the report's diagnostics)\n`);
        process.exitCode = gateFails(report.findings, failOn) || unread > 0 ? EXIT_FINDINGS : EXIT_OK;
      } finally {
        progress.done();
      }
    });
  command.on('option:format', (value: string) => outputFlags.push({ kind: 'format', value }));
  command.on('option:output', (value: string) => outputFlags.push({ kind: 'output', value }));
}
