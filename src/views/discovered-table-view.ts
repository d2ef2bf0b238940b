// One item per database table PI discovery found columns in that look like PI (src/discovery/),
// with the columns neither the source's mapping nor the manifest declares: a table no one
// declared (a forgotten waybill_backup_2021) is one item listing its PI columns, with why each
// looks like PI — its name, its comment, or how many sampled values passed an exact check, with
// masked examples.
import type { AuditLogging, DiscoveredTable } from '../inventory/manifest-schema.js';
import type { InventoryIndex } from './inventory-index.js';
import type { ViewDefinition, ViewItem } from './view.js';

type Column = DiscoveredTable['columns'][number];

const VALIDATOR_NAMES: Record<string, { zh: string; en: string }> = {
  'cn-mobile': { zh: '大陆手机号', en: 'mainland mobile numbers' },
  'cn-resident-id': { zh: '校验位与出生日期均有效的居民身份证号', en: 'resident ID numbers with a valid check digit and birth date' },
  'bank-card': { zh: '通过 Luhn 校验的银行卡号', en: 'bank card numbers passing the Luhn check' },
  'cn-plate': { zh: '机动车号牌', en: 'licence plate numbers' },
};

export const discoveredTableView: ViewDefinition = {
  name: 'discovered-table',
  reads: ['discoveredTables', 'databaseTables', 'stores', 'auditLogging'],
  description: 'every database table with columns that look like PI (by name, comment or content), and those neither mapped nor declared',
  statedBy: {
    '/undeclaredColumns': {
      manifest: 'discoveredTables[].columns[].mappedTo (the source mapping: mapping.tables[TABLE].store and .columns), or auditLogging.tables and .fields for a table audit records are kept in',
      facts: [],
    },
  },
  build({ index }) {
    const items: ViewItem[] = [];
    for (const table of index.inventory.discoveredTables) {
      const undeclared = table.columns.map((c) => ({ column: c, why: undeclaredWhy(index, table, c) })).filter((u) => u.why !== undefined);
      const categories = [...new Set(undeclared.flatMap((u) => u.column.categories))].sort();
      items.push({
        key: table.id,
        label: table.name,
        subject: table,
        data: {
          table,
          engine: table.engine,
          store: table.store ?? null,
          piColumns: table.columns.map((c) => c.name),
          undeclaredColumns: undeclared.map((u) => ({ name: u.column.name, categories: u.column.categories })),
          undeclaredCategories: categories,
          undeclaredSensitiveCategories: categories.filter((c) => index.taxonomy.isSensitive(c)),
          undeclaredSummary: {
            zh: undeclared.map((u) => columnEvidence(u.column, 'zh', u.why === 'null')).join('；'),
            en: undeclared.map((u) => columnEvidence(u.column, 'en', u.why === 'null')).join('; '),
          },
        },
      });
    }
    return items;
  },
};

/**
 * Why a column counts as undeclared PI: 'unmapped' (neither the mapping nor a manifest table of
 * the same name ties it to a store field), 'null' (mapped as holding no PI, but its sampled values
 * pass an exact check — the content contradicts the declaration), or undefined when declared.
 */
function undeclaredWhy(index: InventoryIndex, table: DiscoveredTable, column: Column): 'unmapped' | 'null' | undefined {
  if (typeof column.mappedTo === 'string') return undefined;
  if (column.mappedTo === null) return (column.byContent?.length ?? 0) > 0 ? 'null' : undefined;
  // A databaseTables entry written in the manifest for the same table declares the columns its
  // store has a field of the same name for.
  for (const declared of index.inventory.databaseTables) {
    if (declared.engine !== table.engine || declared.name !== table.name) continue;
    if (index.stores.get(declared.store)?.store.fields.some((f) => f.name === column.name)) return undefined;
  }
  if (declaredByAuditLog(index.inventory.auditLogging, table, column)) return undefined;
  return 'unmapped';
}

/**
 * The categories each audit record field stands for, as a column of the table the records are
 * kept in: the IP address, the device, and the name of the user who acted. `subject` (whose data
 * was touched) and the rest are not here: a subject column holding phone or ID numbers copies the
 * subjects' identifiers into the log, which is PI the section does not declare.
 */
const AUDIT_FIELD_CATEGORIES: ReadonlyArray<[field: NonNullable<AuditLogging['fields']>[number], covers: (category: string) => boolean]> = [
  ['ip', (c) => c === 'device.ip'],
  ['device', (c) => c.startsWith('device.')],
  ['user', (c) => c === 'identity.name'],
];

/**
 * A column of a table the audit-logging section names as where its records are kept
 * (auditLogging.tables) whose every category is one of the record fields the section states
 * (auditLogging.fields): declared by the section, whose retention and alterability the logging
 * rules judge.
 */
function declaredByAuditLog(logging: AuditLogging | undefined, table: DiscoveredTable, column: Column): boolean {
  if (!logging?.tables?.includes(table.name) || column.categories.length === 0) return false;
  const stated = AUDIT_FIELD_CATEGORIES.filter(([field]) => logging.fields?.includes(field) === true);
  return column.categories.every((c) => stated.some(([, covers]) => covers(c)));
}

function columnEvidence(column: Column, lang: 'zh' | 'en', mappedAsNoPi: boolean): string {
  const parts: string[] = [];
  if (column.byName !== undefined) parts.push(lang === 'zh' ? `列名含「${column.byName}」` : `name "${column.byName}"`);
  if (column.byComment !== undefined) parts.push(lang === 'zh' ? `注释含「${column.byComment}」` : `comment "${column.byComment}"`);
  for (const c of column.byContent ?? []) {
    const what = VALIDATOR_NAMES[c.validator] ?? { zh: c.validator, en: c.validator };
    const examples = c.examples.join(', ');
    parts.push(lang === 'zh' ? `抽样 ${c.sampled} 个值中 ${c.hits} 个是${what.zh}（如 ${examples}）` : `${c.hits} of ${c.sampled} sampled values are ${what.en} (e.g. ${examples})`);
  }
  if (mappedAsNoPi) parts.push(lang === 'zh' ? '映射声明为不含个人信息' : 'mapped as holding no PI');
  const categories = column.categories.join(', ');
  return lang === 'zh' ? `${column.name}（${categories}：${parts.join('，')}）` : `${column.name} (${categories}: ${parts.join(', ')})`;
}
