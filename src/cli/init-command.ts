// `pipl-audit init [DIR] [EXPORT…]`: draft a working project from the exports in a folder — a
// project file with a source per export detected and a manifest with what the exports name, each
// fact they do not state a `# TODO`. Existing files are never overwritten without --force; both
// files are written whole or not at all, with the safe writer every output uses.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { DRAFT_MANIFEST_FILE, PROJECT_FILE } from '../init/draft-project.js';
import { initProject } from '../init/init-project.js';
import { UsageError } from './cli-error.js';
import { writeFilesAtomic } from './output-file.js';

interface InitFlags {
  yes?: boolean;
  force?: boolean;
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('draft a project (pipl-audit.yaml and manifest.yaml) from the exports in a folder; every fact they do not state is left as a # TODO')
    .argument('[dir]', 'the project folder (default: the current folder)', '.')
    .argument('[exports...]', 'exports inside it to use (default: every file in it, detected by content)')
    .option('-y, --yes', 'accept the draft without asking (init asks nothing today; for scripts)')
    .option('--force', 'overwrite pipl-audit.yaml and manifest.yaml if they exist')
    .action(async (dir: string, exports: string[], flags: InitFlags) => {
      if (!existsSync(dir)) throw new UsageError(`no such folder: ${dir} (create it and put the exports in it)`);
      // Checked before the exports are read (a large dump takes a while), and again by the writer's own checks.
      const existing = [PROJECT_FILE, DRAFT_MANIFEST_FILE].map((f) => join(dir, f)).filter((f) => existsSync(f));
      if (existing.length > 0 && !flags.force) throw new UsageError(`refusing to overwrite ${existing.join(' and ')} (use --force)`);
      const result = await initProject({ dir, exports });
      const { draft, detected } = result;
      await writeFilesAtomic(
        [
          { path: result.projectFile, render: () => [draft.projectText] },
          { path: result.manifestFile, render: () => [draft.manifestText] },
        ],
        result.inputs,
      );
      const show = (f: string) => relative(process.cwd(), f) || f;
      const sources = detected.sources.map((s) => s.importer.format);
      process.stderr.write(
        `pipl-audit: wrote ${show(result.projectFile)} (${sources.length} source${sources.length === 1 ? '' : 's'}${sources.length ? `: ${sources.join(', ')}` : ''}) and ${show(result.manifestFile)} (${draft.stores} store${draft.stores === 1 ? '' : 's'}, ${draft.roles} role${draft.roles === 1 ? '' : 's'})\n` +
          (detected.unrecognised.length > 0 ? `pipl-audit: not recognised, left out: ${detected.unrecognised.join(', ')}\n` : '') +
          `pipl-audit: ${draft.todos} facts still to state (# TODO in the two files); next: pipl-audit audit ${dir}\n`,
      );
    });
}
