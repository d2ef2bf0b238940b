// `pipl-audit audit PATH…`: run the rules (with exceptions and a baseline applied), render every
// requested output, write them all or none, and exit by the gate.
import type { Command } from 'commander';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { say } from './cli-lang.js';
import { audit } from '../audit.js';
import { gatingFailures } from '../findings/gate.js';
import { formatDiagnostic } from '../inventory/diagnostic.js';
import { SEVERITIES } from '../rules/rule-schema.js';
import { GITHUB_COMMENT_LIMIT } from '../report/markdown-reporter.js';
import { outputFormat } from '../report/output-formats.js';
import { gateNoticeLines, summaryLine } from '../report/text-reporter.js';
import { renderAuditReportHtml } from '../report/audit-report-html.js';
import { DEFAULT_CHROMIUM, findChromium, printHtmlToPdf } from './chromium-pdf.js';
import { CLI_FORMAT_NAMES } from './output-plan.js';
import { documentationBase, DOCUMENTATION_BASE_EXPECTED } from '../report/documentation-links.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from './cli-error.js';
import { collect, isoDate, parseFailOn, parseLang, parsePercent, parseSeverities } from './common-options.js';
import { checkAuditEvidencePlace, writeAuditEvidence } from './audit-evidence-option.js';
import { addRuleSelectionOptions, ruleSelection, type RuleSelectionFlags } from './rule-selection-options.js';
import { checkOutputTargets, writeFilesAtomic } from './output-file.js';
import { auditInputFiles } from './audit-input-files.js';
import { planOutputs, type OutputFlag } from './output-plan.js';
import { Progress } from './progress.js';
import { sarifRoot } from './sarif-root.js';
import { addInputOptions, inputReading, type InputFlags } from './input-options.js';
import { cliStderr, cliStdout } from './cli-io.js';

interface AuditFlags extends RuleSelectionFlags, InputFlags {
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
  config?: string;
  quiet?: boolean;
  severity?: string;
  allowUnreadable?: boolean;
  markdownSummary?: boolean;
  framework?: string[];
  sarifRoot?: string;
  docsUrl?: string;
  chromium?: string;
}

export function registerAuditCommand(program: Command): void {
  const outputFlags: OutputFlag[] = [];
  const command = addInputOptions(addRuleSelectionOptions(program.command('audit')))
    .description('audit a system: a project file (pipl-audit.yaml), or manifests, exports and folders detected by content')
    .argument('[paths...]', 'a project file or folder holding one, or manifest and export files and folders')
    .option('-c, --config <file>', 'the project file, whatever its name (instead of paths)')
    .option('-f, --format <format>', `output format: ${CLI_FORMAT_NAMES.join(', ')} (repeatable, each with its own -o; default text)`, collect)
    .option('-o, --output <file>', 'write the preceding --format to this file, whole or not at all (repeatable; "-" for standard output)', collect)
    .option('--lang <lang>', 'report language: zh or en (default: the project file\'s lang, else from LANG)')
    .option('--fail-on <severity>', 'exit 1 when a FAIL at or above this severity is found (critical, high, medium, low, info, none)', 'high')
    .option('--as-of <date>', 'the date the audit speaks for (YYYY-MM-DD); also decides which exceptions have expired')
    .option('--include-passed', 'list every PASS as a finding, not only its count')
    .option('--exceptions <file>', 'exceptions file (default: the project file\'s, else pipl-audit.exceptions.yaml beside it)')
    .option('--no-exceptions', 'apply no exceptions file')
    .option('--strict-exceptions', 'an expired exception, one that matches nothing, or exceptions suppressing more than --max-suppressed-share of the FAILs, is an error (exit 2)')
    .option('--max-suppressed-share <percent>', 'per cent of FAIL findings the exceptions may suppress before every report warns (default: the project file\'s maxSuppressedShare, else 50)')
    .option('--baseline <file>', 'list only findings whose fingerprints are not in this baseline (`pipl-audit baseline write`) or JSON report')
    .option('--no-color', 'no colour even on a terminal (also: NO_COLOR=1)')
    .option('-q, --quiet', 'print only the summary line and errors (files are still written whole)')
    .option('--severity <list>', `show only findings of these severities, comma-separated (${SEVERITIES.join(', ')}); the gate still counts all`)
    .option('--markdown-summary', `Markdown fits a pull-request comment: at most ${GITHUB_COMMENT_LIMIT} characters, most severe findings first, a line says what was left out`)
    .option('--sarif-root <dir>', 'SARIF file URIs are relative to this directory (default: the git work tree holding the project, else the project file\'s folder, else the working directory)')
    .option('--docs-url <url>', "where you host pipl-audit's documentation (README.md and docs/ under it): SARIF rule links point there (default: the project file's docsUrl, else package.json's homepage)")
    .option('--allow-unreadable', 'go on when an export cannot be read: write the report (its rules say NOT_EVALUATED) and exit by the gate instead of exit 2')
    .option('--framework <id|file>', 'also judge an audit framework item by item: cac-2025 (the CAC compliance-audit guideline), gbt-35273-2020, mlps-level3, or a framework file (repeatable; see `pipl-audit frameworks list`)', collect)
    .option('--evidence <file>', 'also write an evidence record (input hashes, packs, command line; see docs/verify.md)')
    .option('--sign-key <file>', 'sign the evidence record with this Ed25519 private key (PEM)')
    .option('--chromium <path>', `-f audit-report-pdf prints with this Chromium (default: $CHROMIUM_PATH, else ${DEFAULT_CHROMIUM})`)
    .option('--timestamp', 'record the current time in the evidence record')
    .action(async (paths: string[], flags: AuditFlags) => {
      const lang = parseLang(flags.lang, { paths, ...(flags.config !== undefined ? { config: flags.config } : {}) });
      const targets = planOutputs(outputFlags);
      const failOn = parseFailOn(flags.failOn);
      // A printed format needs a Chromium: found (or refused, exit 2) before the audit runs.
      const chromium = targets.some((t) => t.format === 'audit-report-pdf') ? findChromium(flags.chromium) : undefined;
      const shown = flags.severity === undefined ? undefined : parseSeverities(flags.severity);
      if (flags.config === undefined && paths.length === 0) throw new UsageError({ zh: 'audit 需要要审计的路径，或 --config FILE', en: 'audit needs paths to audit, or --config FILE' });
      const maxSuppressedShare = flags.maxSuppressedShare !== undefined ? parsePercent(flags.maxSuppressedShare) : undefined;
      const root = targets.some((t) => t.format === 'sarif') ? sarifRoot(flags.sarifRoot, paths, flags.config, process.cwd()) : undefined;
      const docsUrl = flags.docsUrl === undefined ? undefined : documentationBase(flags.docsUrl);
      if (flags.docsUrl !== undefined && docsUrl === undefined) throw new UsageError({ zh: `--docs-url 应为提供 README.md 和 docs/ 的绝对 http(s) 地址，例如 https://git.example.com/tools/pipl-audit/blob/v0.1.0/（而不是 "${flags.docsUrl}"）`, en: `--docs-url expects ${DOCUMENTATION_BASE_EXPECTED} (not "${flags.docsUrl}")` });
      const progress = new Progress(flags.quiet ? { write: () => true } : cliStderr()); // --quiet: no progress line
      try {
        const audited = await audit({
          paths,
          ...(flags.config !== undefined ? { config: flags.config } : {}),
          ...ruleSelection(flags),
          ...inputReading(flags),
          ...(flags.asOf ? { asOf: isoDate(flags.asOf) } : {}),
          includePassed: flags.includePassed ?? false,
          ...(flags.exceptions !== undefined ? { exceptions: flags.exceptions } : {}),
          strictExceptions: flags.strictExceptions ?? false,
          ...(maxSuppressedShare !== undefined ? { maxSuppressedShare } : {}),
          ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
          ...(flags.framework !== undefined ? { frameworks: flags.framework } : {}),
          // The audit report document is organised by the CAC guideline: it is judged whenever that
          // document is asked for, beside the frameworks the project or --framework name.
          ...(targets.some((t) => t.format === 'audit-report' || t.format === 'audit-report-pdf') ? { alsoFrameworks: ['cac-2025'] } : {}),
          ...(docsUrl !== undefined ? { docsUrl } : {}),
          onProgress: (stage, done, total) => progress.update(total ? `${say(CLI_MESSAGES.stage[stage])} ${(done ?? 0) + 1}/${total}` : say(CLI_MESSAGES.stage[stage])),
        });
        // An export that could not be read is an input error unless the user accepted it: nothing
        // is written, and the diagnostics say where and why.
        const unread = audited.diagnostics.filter((d) => d.severity === 'error');
        if (unread.length > 0 && !flags.allowUnreadable) {
          progress.done();
          for (const d of unread) cliStderr().write(formatDiagnostic(d, lang) + '\n');
          cliStderr().write(`pipl-audit: ${say(CLI_MESSAGES.exitUnreadable(unread.length))}\n`);
          process.exitCode = EXIT_USAGE;
          return;
        }
        // --severity narrows what is shown, never what gates.
        const report = shown
          ? {
              ...audited,
              findings: audited.findings.filter((f) => shown.has(f.severity)),
              ...(audited.knownFindings ? { knownFindings: audited.knownFindings.filter((f) => shown.has(f.severity)) } : {}),
            }
          : audited;
        // Every file is rendered and written to a temporary file, then all are renamed into
        // place (all or none); only then does anything go to standard output.
        const colorTerminal = flags.color && cliStdout().isTTY === true && !process.env.NO_COLOR;
        const renderer = (format: string, color: boolean): (() => Iterable<string | Uint8Array>) => {
          if (format === 'audit-report-pdf') return () => [printHtmlToPdf(renderAuditReportHtml(report, lang), chromium ?? findChromium(flags.chromium), format)];
          const f = outputFormat(format);
          if (!f) throw new Error(`unplanned format ${format}`); // a bug, not the user's: English
          return () => f.render(report, { lang, color, ...(flags.markdownSummary ? { markdownBudget: GITHUB_COMMENT_LIMIT } : {}), ...(root ? { sarifRoot: root } : {}) });
        };
        const files = targets.flatMap((t) => (t.path === undefined ? [] : [{ path: t.path, format: t.format, render: renderer(t.format, false) }]));
        progress.update(say(files.length > 0 ? CLI_MESSAGES.writing(files.map((f) => f.path)) : CLI_MESSAGES.rendering));
        const inputs = auditInputFiles(report, paths, flags);
        const evidenceFlags = flags.evidence ? { ...flags, evidence: flags.evidence } : undefined;
        if (evidenceFlags) checkAuditEvidencePlace(report, paths, evidenceFlags, files);
        checkOutputTargets([...files.map((f) => f.path), ...(flags.evidence ? [flags.evidence] : [])], inputs);
        const written = await writeFilesAtomic(files, inputs, { hash: evidenceFlags !== undefined });
        if (evidenceFlags) writeAuditEvidence(report, paths, evidenceFlags, written.map((w, i) => ({ ...w, format: files[i]?.format ?? '' })), inputs);
        progress.done();
        for (const t of targets) {
          if (t.path !== undefined) continue;
          // --quiet: the text listing shrinks to its summary line; other formats are data and stay whole.
          if (flags.quiet && t.format === 'text') cliStdout().write(`${summaryLine(audited, lang)}\n`);
          else for (const chunk of renderer(t.format, colorTerminal)()) cliStdout().write(chunk);
        }
        // Every format went to a file: the terminal gets what was written and the summary line.
        if (targets.every((t) => t.path !== undefined)) cliStdout().write(`${flags.quiet ? '' : files.map((f) => `${say(CLI_MESSAGES.wrote(f.path))}\n`).join('')}${summaryLine(audited, lang)}\n`);
        // What switched parts of the gate off reaches the terminal whatever the formats (the
        // text report on standard output already carries it).
        if (flags.quiet || !targets.some((t) => t.path === undefined && t.format === 'text')) for (const line of gateNoticeLines(audited, lang)) cliStderr().write(`pipl-audit: ${line}\n`);
        if (unread.length > 0) cliStderr().write(`pipl-audit: ${say(CLI_MESSAGES.unreadableAccepted(unread.length))}\n`);
        const failing = gatingFailures(audited.findings, failOn);
        // The reason for a non-zero exit is always on the terminal, even when every report went to a file.
        if (failing > 0) cliStderr().write(`pipl-audit: ${say(CLI_MESSAGES.exitFindings(failing, failOn))}\n`);
        process.exitCode = failing > 0 ? EXIT_FINDINGS : EXIT_OK;
      } finally {
        progress.done();
      }
    });
  command.on('option:format', (value: string) => outputFlags.push({ kind: 'format', value }));
  command.on('option:output', (value: string) => outputFlags.push({ kind: 'output', value }));
}
