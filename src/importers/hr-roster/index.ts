// HR staff lists (花名册): XLSX or CSV (UTF-8 or GBK), one row per employee with id, name,
// department, status (在职/离职/试用/退休 …) and leave date, joined to the accounts the other
// sources define by a key the project file names (docs/sources/hr-roster.md). The list supplies
// no entities of its own: it states facts about accounts (who has left, who is no employee), which
// the merge applies once every source is in.
import { openSync, readSync, closeSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import type { SourceInput } from '../../sources/source-input.js';
import { PointerTable } from '../../sources/locator.js';
import type { Importer, ImportResult } from '../importer.js';
import { decodeText } from './decode-text.js';
import { joinAccounts, type JoinKey, type JoinSettings } from './join-accounts.js';
import { readTable, isXlsx } from './read-table.js';
import { COLUMN_KEYS, DEFAULT_COLUMNS, DEFAULT_STATUSES, locateColumns, type ColumnKey, type HrState } from './roster-columns.js';
import { readStaffList } from './staff-list.js';

const Names = Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })]);

const optionsSchema = Type.Object(
  {
    joinBy: Type.Optional(Type.Unsafe<JoinKey>({ type: 'string', enum: ['employeeId', 'phone', 'username', 'email'], description: 'what joins a row to an account: employeeId (default), phone, username or email — matched against the accounts’ identifiers (username: also a single holder)' })),
    sheet: Type.Optional(Type.String({ description: 'XLSX: the sheet to read (default: the first)' })),
    accounts: Type.Optional(Type.String({ minLength: 1, description: 'which accounts the list covers, as an id pattern (* and ?), e.g. "ruoyi:*" (default: every personal account)' })),
    unmatched: Type.Optional(Type.Unsafe<'outside' | 'ignore'>({ type: 'string', enum: ['outside', 'ignore'], description: 'a covered personal account matching no row: outside (default; the list is the whole staff) or ignore' })),
    columns: Type.Optional(Type.Object(Object.fromEntries(COLUMN_KEYS.map((k) => [k, Type.Optional(Names)])), { additionalProperties: false, description: 'header names of each column (replacing the defaults for that column)' })),
    statuses: Type.Optional(Type.Object({ employed: Type.Optional(Names), left: Type.Optional(Names), suspended: Type.Optional(Names) }, { additionalProperties: false, description: 'status words (added to the defaults)' })),
    units: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'HR department → the unit name the accounts use, where they differ' })),
  },
  { additionalProperties: false },
);

type Options = {
  joinBy?: JoinKey;
  sheet?: string;
  accounts?: string;
  unmatched?: 'outside' | 'ignore';
  columns?: Partial<Record<ColumnKey, string | string[]>>;
  statuses?: Partial<Record<HrState, string | string[]>>;
  units?: Record<string, string>;
};

const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** The first bytes of the file, decoded in its own encoding (a GBK header is not UTF-8). */
function headText(input: SourceInput): string {
  const fd = openSync(input.fsPath, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(input.size, 8192));
    readSync(fd, buffer, 0, buffer.length, 0);
    return isXlsx(buffer) ? '' : decodeText(buffer).text;
  } finally {
    closeSync(fd);
  }
}

export const hrRosterImporter = {
  format: 'hr-roster',
  title: 'HR staff list (花名册): XLSX, or CSV in UTF-8 or GBK',
  extensions: ['.csv', '.xlsx'],
  supplies: ['accounts'],
  optionsSchema,
  detect(input: SourceInput) {
    // CSV only (an XLSX staff list is named in the project file): a header row with an employee
    // id column beside a name or status column.
    if (!input.path.toLowerCase().endsWith('.csv')) return false;
    for (const line of headText(input).split(/\r?\n/).slice(0, 10)) {
      const cells = line.split(/[,\t]/).map((c) => c.replace(/^"|"$/g, '').trim());
      const found = locateColumns(cells, DEFAULT_COLUMNS);
      if (found.employeeId !== undefined && (found.name !== undefined || found.status !== undefined)) return true;
    }
    return false;
  },
  async load(inputs, context): Promise<ImportResult> {
    const options = context.options as Options;
    const joinBy = options.joinBy ?? 'employeeId';
    const columns = Object.fromEntries(COLUMN_KEYS.map((k) => [k, list(options.columns?.[k]) ?? DEFAULT_COLUMNS[k]])) as Record<ColumnKey, string[]>;
    const statuses = Object.fromEntries((Object.keys(DEFAULT_STATUSES) as HrState[]).map((k) => [k, [...DEFAULT_STATUSES[k], ...(list(options.statuses?.[k]) ?? [])]])) as Record<HrState, string[]>;
    const settings: JoinSettings = { joinBy, accounts: options.accounts ?? '*', units: options.units ?? {}, unmatched: options.unmatched ?? 'outside' };
    const staff: Parameters<typeof joinAccounts>[0] = [];
    const warnings: ImportResult['warnings'] = [];
    const locators: PointerTable[] = [];
    const coverage: NonNullable<ImportResult['coverage']> = [];
    let file = inputs[0]?.path ?? 'hr-roster';
    for (const input of inputs) {
      const table = await readTable(input.fsPath, input.path, options.sheet);
      const read = readStaffList(table, input.path, { columns, statuses, joinColumn: joinBy });
      warnings.push(...read.warnings);
      for (const row of read.summaryRows) coverage.push({ file: input.path, line: row.line, kind: 'row', name: row.label, note: `a total or summary row ("${row.label}"): skipped, it is no one's row`, noteZh: `合计或汇总行（"${row.label}"）：已跳过，它不是任何人的行` });
      const locator = new PointerTable(input.path);
      locator.record('/rows', { line: read.headerLine, column: 1 });
      for (const e of read.employees) locator.record(`/rows/${e.line}`, { line: e.line, column: 1 });
      locators.push(locator);
      staff.push(...read.employees);
      file = input.path;
    }
    // Several files of one source are one list (a current staff list and a leavers' list); each
    // fact cites its own file and row.
    return { manifest: { apiVersion: 'pipl-audit/v1' }, warnings, locators, ...(coverage.length > 0 ? { coverage } : {}), accountFacts: (accounts) => joinAccounts(staff, accounts, settings, file) };
  },
} satisfies Importer;
