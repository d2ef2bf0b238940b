// `pipl-audit init [DIR] [EXPORT…]`: draft a working project from the exports in a folder — a
// project file with a source per export detected and a manifest with what the exports name, each
// fact they do not state a `# TODO`. Existing files are never overwritten without --force; both
// files are written whole or not at all, with the safe writer every output uses.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { cliLang, say } from './cli-lang.js';
import { DRAFT_MANIFEST_FILE, PROJECT_FILE } from '../init/draft-project.js';
import { initProject } from '../init/init-project.js';
import { UsageError } from './cli-error.js';
import { parseLang } from './common-options.js';
import { writeFilesAtomic } from './output-file.js';
import { cliStderr } from './cli-io.js';

interface InitFlags {
  yes?: boolean;
  force?: boolean;
  lang?: string;
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('draft a project (pipl-audit.yaml and manifest.yaml) from the exports in a folder; every fact they do not state is left as a # TODO')
    .argument('[dir]', 'the project folder (default: the current folder)', '.')
    .argument('[exports...]', 'exports inside it to use (default: every file in it, detected by content)')
    .option('-y, --yes', 'accept the draft without asking (init asks nothing today; for scripts)')
    .option('--force', 'overwrite pipl-audit.yaml and manifest.yaml if they exist')
    .option('--lang <lang>', 'language of messages: zh or en (default: from LANG)')
    .action(async (dir: string, exports: string[], flags: InitFlags) => {
      parseLang(flags.lang);
      if (!existsSync(dir)) throw new UsageError({ zh: `没有该文件夹：${dir}（请创建它并放入导出文件）`, en: `no such folder: ${dir} (create it and put the exports in it)` });
      // Checked before the exports are read (a large dump takes a while), and again by the writer's own checks.
      const existing = [PROJECT_FILE, DRAFT_MANIFEST_FILE].map((f) => join(dir, f)).filter((f) => existsSync(f));
      if (existing.length > 0 && !flags.force) throw new UsageError({ zh: `拒绝覆盖 ${existing.join(' 和 ')}（使用 --force 可覆盖）`, en: `refusing to overwrite ${existing.join(' and ')} (use --force)` });
      const result = await initProject({ dir, exports, lang: cliLang() });
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
      const s = (n: number) => (n === 1 ? '' : 's');
      cliStderr().write(
        `pipl-audit: ${say({
          zh: `已写入 ${show(result.projectFile)}（${sources.length} 个源${sources.length ? `：${sources.join('、')}` : ''}）和 ${show(result.manifestFile)}（${draft.stores} 个存储，${draft.roles} 个角色）`,
          en: `wrote ${show(result.projectFile)} (${sources.length} source${s(sources.length)}${sources.length ? `: ${sources.join(', ')}` : ''}) and ${show(result.manifestFile)} (${draft.stores} store${s(draft.stores)}, ${draft.roles} role${s(draft.roles)})`,
        })}\n` +
          (detected.unrecognised.length > 0 ? `pipl-audit: ${say({ zh: `未能识别，未使用：${detected.unrecognised.join('、')}`, en: `not recognised, left out: ${detected.unrecognised.join(', ')}` })}\n` : '') +
          `pipl-audit: ${say({ zh: `尚有 ${draft.todos} 项事实待说明（两个文件中的 # TODO）；下一步：pipl-audit audit ${dir}`, en: `${draft.todos} facts still to state (# TODO in the two files); next: pipl-audit audit ${dir}` })}\n`,
      );
    });
}
