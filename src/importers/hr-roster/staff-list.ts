// The rows of a staff list as employees: the header row found (exports often start with a title
// row), each row's id, name, department, status, leave date and contact keys read by the column
// names the project file or the defaults give. A status word the list does not know, or a leave
// date that is not a date, is an input error at its line: guessing would decide a FAIL.
import { InputError, type Diagnostic } from '../../inventory/diagnostic.js';
import { dateOf, locateColumns, stateOf, type ColumnKey, type HrState } from './roster-columns.js';
import { phoneKey } from './phone-number.js';
import type { Cell, Table } from './read-table.js';

export interface Employee {
  file: string;
  line: number;
  employeeId?: string;
  name?: string;
  department?: string;
  state?: HrState;
  statusText?: string;
  leaveDate?: string;
  /** Digits of the phone number. */
  phone?: string;
  email?: string;
  username?: string;
}

export interface StaffListSettings {
  columns: Readonly<Record<ColumnKey, readonly string[]>>;
  statuses: Readonly<Record<HrState, readonly string[]>>;
  /** The column whose values join the list to accounts. */
  joinColumn: ColumnKey;
}

const HEADER_SEARCH_ROWS = 10;

const text = (cell: Cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell);

/**
 * A cell that labels a total or summary row (合计, 总计, 小计, 共计, 汇总, Total, Grand total,
 * Subtotal, Sum), alone or followed by a colon or a count (`合计：13 人`, `Total 13`).
 */
const SUMMARY_LABEL = /^(合\s*计|总\s*计|小\s*计|共\s*计|汇\s*总|总\s*人\s*数|grand\s+total|sub-?total|total|sum)(?:\s*[:：]?\s*\d*\s*(人|名|people|persons|employees)?)?$/i;

/** A row some cell of which labels it a total or summary row: not a person's row. */
function summaryLabel(cells: readonly Cell[]): string | undefined {
  for (const c of cells) {
    const t = text(c)?.trim();
    if (t !== undefined && SUMMARY_LABEL.test(t)) return t;
  }
  return undefined;
}

/** A row of the list that is no one's and was skipped, with why (a coverage note). */
export interface SkippedRow {
  line: number;
  label: string;
}

export function readStaffList(table: Table, file: string, settings: StaffListSettings): { employees: Employee[]; warnings: Diagnostic[]; headerLine: number; summaryRows: SkippedRow[] } {
  let header: { index: number; columns: Partial<Record<ColumnKey, number>> } | undefined;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.rows.length); i++) {
    const columns = locateColumns(table.rows[i]!.cells.map(text), settings.columns);
    if (columns[settings.joinColumn] !== undefined) {
      header = { index: i, columns };
      break;
    }
  }
  if (!header) {
    throw new InputError([{ severity: 'error', file, line: table.rows[0]?.line ?? 1, message: `no header row with a ${settings.joinColumn} column in the first ${HEADER_SEARCH_ROWS} rows (${table.from})`, expected: `a column named one of: ${settings.columns[settings.joinColumn].join(', ')} (or options.columns.${settings.joinColumn})` }]);
  }
  const { columns } = header;
  const headerLine = table.rows[header.index]!.line;
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const employees: Employee[] = [];
  const summaryRows: SkippedRow[] = [];
  for (const row of table.rows.slice(header.index + 1)) {
    const get = (key: ColumnKey) => (columns[key] === undefined ? undefined : row.cells[columns[key]!]);
    // A total or summary row (合计 | 13 人) is no one's: skipped with a note, never warned about
    // as a person's row without the join key (its count may sit in the name column), nor read as
    // a person when a label sits in the join column itself.
    const joinKey = text(get(settings.joinColumn));
    const label = joinKey === undefined || SUMMARY_LABEL.test(joinKey.trim()) ? summaryLabel(row.cells) : undefined;
    if (label !== undefined) {
      summaryRows.push({ line: row.line, label });
      continue;
    }
    // A row without the join key joins nothing: a blank or title row is skipped; a person's row
    // without it is named, since that person's accounts cannot be checked.
    if (joinKey === undefined) {
      if (text(get('name')) !== undefined) warnings.push({ severity: 'warning', file, line: row.line, message: `a row without ${settings.joinColumn}: not joined to any account`, expected: `a ${settings.joinColumn} on every employee's row` });
      continue;
    }
    const e: Employee = { file, line: row.line };
    for (const key of ['employeeId', 'name', 'department', 'email', 'username'] as const) {
      const v = text(get(key));
      if (v !== undefined) e[key] = key === 'email' ? v.toLowerCase() : v;
    }
    const phone = text(get('phone'));
    if (phone !== undefined) {
      const digits = phoneKey(phone);
      if (digits) e.phone = digits;
      else warnings.push({ severity: 'warning', file, line: row.line, message: 'a phone cell that is not a phone number; not used to join', expected: 'digits, optionally with +86 and separators' });
    }
    const status = text(get('status'));
    if (status !== undefined) {
      const state = stateOf(status, settings.statuses);
      if (!state) {
        errors.push({ severity: 'error', file, line: row.line, message: `status "${status}" is not a known employment status`, expected: `one of ${Object.entries(settings.statuses).map(([k, v]) => `${k}: ${v.slice(0, 6).join('/')}`).join('; ')} … (or options.statuses)` });
        continue;
      }
      e.state = state;
      e.statusText = status;
    }
    const leave = get('leaveDate');
    if (leave !== undefined) {
      const date = dateOf(leave);
      if (!date) {
        errors.push({ severity: 'error', file, line: row.line, message: `leave date "${text(leave)}" is not a date`, expected: 'YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or a date cell' });
        continue;
      }
      e.leaveDate = date;
      // A leave date with no status column says the person left.
      if (columns.status === undefined) e.state = 'left';
    }
    employees.push(e);
  }
  if (errors.length > 0) throw new InputError(errors);
  return { employees, warnings, headerLine, summaryRows };
}
