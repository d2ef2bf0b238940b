// `pipl-audit views PATH… --view NAME`: the joined items rules run on, for rule authors and for
// anyone asking "who can reach what" of a manifest.
import type { Command } from 'commander';
import { loadAuditInventory } from '../audit.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { todayIso } from '../views/duration.js';
import { InventoryIndex } from '../views/inventory-index.js';
import { ViewCache, VIEW_NAMES } from '../views/registry.js';
import { UsageError } from './cli-error.js';
import { isoDate, parseLang } from './common-options.js';
import { addInputOptions, inputReading, type InputFlags } from './input-options.js';
import { cliStdout } from './cli-io.js';

export function registerViewsCommand(program: Command): void {
  addInputOptions(program.command('views'))
    .description(`print a view of the inventory as JSON (${VIEW_NAMES.join(', ')})`)
    .argument('<paths...>', 'manifest files or folders, exports, or a project file')
    .requiredOption('--view <name>', 'which view')
    .option('--as-of <date>', 'the date the audit speaks for (YYYY-MM-DD)')
    .option('--lang <lang>', 'language of messages: zh or en (default: the project file\'s lang, else from LANG)')
    .action(async (paths: string[], flags: { view: string; asOf?: string; lang?: string } & InputFlags) => {
      parseLang(flags.lang, { paths });
      if (!VIEW_NAMES.includes(flags.view)) throw new UsageError({ zh: `未知的视图 "${flags.view}"（应为以下之一：${VIEW_NAMES.join('、')}）`, en: `unknown view "${flags.view}" (expected one of: ${VIEW_NAMES.join(', ')})` });
      const taxonomy = loadTaxonomy();
      const { inventory } = (await loadAuditInventory(paths, process.cwd(), taxonomy, inputReading(flags))).loaded;
      const asOf = flags.asOf ? isoDate(flags.asOf) : (inventory.system?.asOf ?? todayIso());
      const items = new ViewCache({ index: new InventoryIndex(inventory, taxonomy), asOf }).get(flags.view);
      cliStdout().write(JSON.stringify(items.map(({ key, label, data }) => ({ key, label, ...data })), null, 2) + '\n');
    });
}
