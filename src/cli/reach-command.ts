// `pipl-audit reach PATH…`: who can reach which PI. `--snapshot write` records the reviewed answer;
// `--snapshot check` exits 1 when access to a sensitive category has widened since.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { checkAgainstSnapshot, reach } from '../reach/run-reach.js';
import { renderReachCheckText, renderReachText } from '../report/reach-text-reporter.js';
import { findProjectFile } from '../project/project-file.js';
import { displayPathOf } from '../sources/discover-files.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './cli-error.js';
import { parseLang } from './common-options.js';
import { say } from './cli-lang.js';
import { writeFileAtomic } from './output-file.js';
import { addInputOptions, inputReading, type InputFlags } from './input-options.js';
import { cliStderr, cliStdout } from './cli-io.js';

export const DEFAULT_SNAPSHOT_FILE = 'pipl-audit.reach.json';

interface ReachFlags extends InputFlags {
  format: string;
  output?: string;
  lang?: string;
  all?: boolean;
  snapshot?: string;
  snapshotFile?: string;
  watch: string;
}

export function registerReachCommand(program: Command): void {
  addInputOptions(program.command('reach'))
    .description('who can reach which personal information: per role, account type and device class, with scope, fields, paths and volume')
    .argument('<paths...>', 'manifest files or folders, exports, or a project file')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--lang <lang>', "zh or en (default: the project file's lang, else from LANG)")
    .option('--all', 'list every PI category, not only sensitive ones')
    .option('--snapshot <mode>', 'write: record the current reach; check: exit 1 if access to PI widened since')
    .option('--snapshot-file <file>', `the snapshot file (default: ${DEFAULT_SNAPSHOT_FILE} beside the project file, or in the one folder given, else here)`)
    .option('--watch <which>', 'categories whose widening fails the check: all (every PI category) or sensitive (PIPL Art. 28)', 'all')
    .action(async (paths: string[], flags: ReachFlags) => {
      const lang = parseLang(flags.lang, { paths });
      if (flags.format !== 'text' && flags.format !== 'json') throw new UsageError({ zh: `未知的格式 "${flags.format}"（应为 text 或 json）`, en: `unknown format "${flags.format}" (expected text or json)` });
      if (flags.snapshot !== undefined && flags.snapshot !== 'write' && flags.snapshot !== 'check') throw new UsageError({ zh: `--snapshot 只能是 write 或 check，而不是 "${flags.snapshot}"`, en: `--snapshot must be write or check, not "${flags.snapshot}"` });
      if (flags.watch !== 'all' && flags.watch !== 'sensitive') throw new UsageError({ zh: `--watch 只能是 all 或 sensitive，而不是 "${flags.watch}"`, en: `--watch must be all or sensitive, not "${flags.watch}"` });
      const taxonomy = loadTaxonomy();
      const result = await reach({ paths, ...inputReading(flags) });
      const snapshotPath = flags.snapshotFile !== undefined ? resolve(flags.snapshotFile) : defaultSnapshotPath(paths, process.cwd());
      const snapshotFile = displayPathOf(snapshotPath);

      if (flags.snapshot === 'write') {
        writeFileAtomic(snapshotPath, JSON.stringify(result.snapshot, null, 2) + '\n');
        cliStderr().write(`pipl-audit: ${say({ zh: `已写入 ${snapshotFile}（${result.snapshot.entries.length} 条“主体 × 类别”记录）`, en: `wrote ${snapshotFile} (${result.snapshot.entries.length} subject × category entries)` })}\n`);
        process.exitCode = EXIT_OK;
        return;
      }
      if (flags.snapshot === 'check') {
        if (!existsSync(snapshotPath)) throw new UsageError({ zh: `${snapshotFile} 处没有快照：请先用 \`pipl-audit reach --snapshot write\` 写出`, en: `no snapshot at ${snapshotFile}: write one first with \`pipl-audit reach --snapshot write\`` });
        const changes = checkAgainstSnapshot(result.snapshot, snapshotPath, { watch: flags.watch });
        const content = flags.format === 'json' ? JSON.stringify({ snapshot: snapshotFile, changes }, null, 2) + '\n' : renderReachCheckText(changes, snapshotFile, taxonomy, lang);
        emit(content, flags.output);
        process.exitCode = changes.some((c) => c.widening) ? EXIT_FINDINGS : EXIT_OK;
        return;
      }
      const entries = flags.all ? result.entries : result.entries.filter((e) => e.sensitive);
      const content = flags.format === 'json' ? JSON.stringify({ system: result.system, entries }, null, 2) + '\n' : renderReachText(result.entries, taxonomy, lang, { sensitiveOnly: !flags.all });
      emit(content, flags.output);
      process.exitCode = EXIT_OK;
    });
}

/** Beside the project file (a project file given, or a folder holding one), or in the one folder given, else in the working directory — like baselines and exceptions. */
export function defaultSnapshotPath(paths: string[], cwd: string): string {
  const project = findProjectFile(paths, cwd);
  if (project !== undefined) return join(dirname(project), DEFAULT_SNAPSHOT_FILE);
  if (paths.length === 1) {
    const only = resolve(cwd, paths[0] ?? '.');
    if (existsSync(only) && statSync(only).isDirectory()) return join(only, DEFAULT_SNAPSHOT_FILE);
  }
  return resolve(cwd, DEFAULT_SNAPSHOT_FILE);
}

function emit(content: string, output: string | undefined): void {
  if (output) writeFileAtomic(output, content);
  else cliStdout().write(content);
}
