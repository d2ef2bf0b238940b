// `pipl-audit record PATH… -o record.xlsx`: the record of processing activities (个人信息处理活动记录)
// drawn from the inventory, as an XLSX workbook or JSON.
import type { Command } from 'commander';
import { say } from './cli-lang.js';
import { loadAuditInventory } from '../audit.js';
import { buildProcessingRecord } from '../record/processing-record.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { todayIso } from '../views/duration.js';
import { InventoryIndex } from '../views/inventory-index.js';
import { UsageError } from './cli-error.js';
import { isoDate, parseLang } from './common-options.js';
import { addInputOptions, inputReading, type InputFlags } from './input-options.js';
import { writeFileAtomic } from './output-file.js';
import { cliStderr, cliStdout } from './cli-io.js';

interface RecordFlags extends InputFlags {
  format?: string;
  output?: string;
  lang?: string;
  asOf?: string;
}

export function registerRecordCommand(program: Command): void {
  addInputOptions(program.command('record'))
    .description('the record of processing activities (个人信息处理活动记录): per store and flow, categories, purposes, subjects, sources, retention, recipients, cross-border mechanism and who can reach it')
    .argument('<paths...>', 'manifest files or folders, exports, or a project file')
    .option('-f, --format <format>', 'xlsx or json (default: xlsx when -o ends in .xlsx, else json)')
    .option('-o, --output <file>', 'write to this file (an XLSX workbook is never written to a terminal)')
    .option('--lang <lang>', "zh or en (default: the project file's lang, else from LANG)")
    .option('--as-of <date>', 'the date the record speaks for (YYYY-MM-DD)')
    .action(async (paths: string[], flags: RecordFlags) => {
      const lang = parseLang(flags.lang, { paths });
      const format = flags.format ?? (flags.output?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json');
      if (format !== 'xlsx' && format !== 'json') throw new UsageError({ zh: `未知的格式 "${format}"（应为 xlsx 或 json）`, en: `unknown format "${format}" (expected xlsx or json)` });
      if (format === 'xlsx' && (flags.output === undefined || flags.output === '-')) throw new UsageError({ zh: 'XLSX 格式的处理活动记录需要 -o FILE.xlsx', en: 'an XLSX record needs -o FILE.xlsx' });
      const taxonomy = loadTaxonomy();
      const { inventory } = (await loadAuditInventory(paths, process.cwd(), taxonomy, inputReading(flags))).loaded;
      const asOf = flags.asOf ? isoDate(flags.asOf) : (inventory.system?.asOf ?? todayIso());
      const record = buildProcessingRecord(new InventoryIndex(inventory, taxonomy), asOf);
      // exceljs (~700 modules with its dependencies) is loaded only to write a workbook: --help loads every command.
      const content = format === 'xlsx' ? await (await import('../record/record-xlsx.js')).renderRecordXlsx(record, lang) : JSON.stringify(record, null, 2) + '\n';
      if (flags.output === undefined || flags.output === '-') cliStdout().write(content);
      else {
        writeFileAtomic(flags.output, content, inventory.inputs.map((i) => i.path));
        cliStderr().write(`pipl-audit: ${say({ zh: `已写入 ${flags.output}（${record.stores.length} 个存储，${record.flows.length} 个数据流）`, en: `wrote ${flags.output} (${record.stores.length} stores, ${record.flows.length} flows)` })}\n`);
      }
    });
}
