// The RuoYi admin console's own exports of users (用户管理 → 导出) and roles (角色管理 → 导出):
// XLSX as RuoYi's ExcelUtil writes it (a title row is optional; the header row holds the @Excel
// names of SysUser / SysRole), or the same table saved as CSV in UTF-8 or GBK. They stand in for
// the dump when an auditor has only the console: users with status and last login, roles with
// their data scope. Headers are RuoYi-Vue's (SysUser: 用户序号 登录名称 用户名称 … 帐号状态
// 最后登录时间 部门名称; SysRole: 角色序号 角色名称 角色权限 (older: 权限字符) 数据范围 角色状态).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { InputError } from '../../inventory/diagnostic.js';
import type { RuoyiRole, RuoyiUser } from './ruoyi-tables.js';

export interface ExportRow {
  cells: Map<string, string>;
  /** Line (CSV) or row number (XLSX) in the file. */
  line: number;
}

const USER_HEADERS = ['登录名称', '用户名称'];
const ROLE_HEADERS = ['角色名称', '数据范围'];
/** The exports' 数据范围 labels (SysRole's readConverterExp, and the admin console's wording). */
const SCOPE_LABELS: Record<string, string> = { 所有数据权限: '1', 全部数据权限: '1', 自定义数据权限: '2', 自定数据权限: '2', 本部门数据权限: '3', 本部门及以下数据权限: '4', 仅本人数据权限: '5' };
const MAX_ROWS = 200_000;

/** Text of a CSV file: UTF-8 (with or without BOM) when it decodes as UTF-8, else GBK (Excel's default save in Chinese Windows). */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gbk' } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(body, 'gbk'), encoding: 'gbk' };
  }
}

/** Which export a header row is, if any. */
function kindOf(headers: readonly string[]): 'users' | 'roles' | undefined {
  if (USER_HEADERS.every((h) => headers.includes(h))) return 'users';
  if (ROLE_HEADERS.every((h) => headers.includes(h))) return 'roles';
  return undefined;
}

export function isConsoleCsv(bytes: Buffer): boolean {
  const head = decodeCsv(bytes.subarray(0, 4096)).text;
  return kindOf(head.split(/[,\t\r\n"]+/).map((s) => s.trim())) !== undefined;
}

function table(rows: Array<{ values: string[]; line: number }>, file: string): { kind: 'users' | 'roles'; rows: ExportRow[] } {
  // The header row is within the first rows (ExcelUtil may write a title row above it).
  for (let h = 0; h < Math.min(rows.length, 5); h++) {
    const headers = (rows[h]?.values ?? []).map((v) => v.trim());
    const kind = kindOf(headers);
    if (!kind) continue;
    const body = rows.slice(h + 1).filter((r) => r.values.some((v) => v.trim() !== ''));
    if (body.length > MAX_ROWS) throw new InputError([{ severity: 'error', file, line: body[MAX_ROWS]?.line ?? 1, message: `more than ${MAX_ROWS} rows`, expected: `a console export of at most ${MAX_ROWS} rows` }]);
    return { kind, rows: body.map((r) => ({ line: r.line, cells: new Map(headers.map((name, k) => [name, (r.values[k] ?? '').trim()])) })) };
  }
  throw new InputError([{ severity: 'error', file, line: rows[0]?.line ?? 1, message: 'not a RuoYi console export of users or roles', expected: `a header row with ${USER_HEADERS.join(' and ')} (users) or ${ROLE_HEADERS.join(' and ')} (roles) within the first five rows` }]);
}

export function readConsoleCsv(bytes: Buffer, file: string): { kind: 'users' | 'roles'; rows: ExportRow[] } {
  const { text } = decodeCsv(bytes);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new InputError([{ severity: 'error', file, line: e.lines ?? 1, message: `CSV that does not parse: ${(e.message ?? '').split('\n')[0]}`, expected: 'comma-separated values with "quoted" fields' }]);
  }
  return table(records.map((r) => ({ values: r.record, line: r.info.lines })), file);
}

export async function readConsoleXlsx(path: string, file: string): Promise<{ kind: 'users' | 'roles'; rows: ExportRow[] }> {
  // exceljs is large: loaded only when a workbook is read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError([{ severity: 'error', file, line: 1, message: `not a readable XLSX workbook: ${(error as Error).message}`, expected: 'the .xlsx file the RuoYi console exported' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError([{ severity: 'error', file, line: 1, message: 'the workbook has no sheet', expected: 'a sheet with the exported users or roles' }]);
  const rows: Array<{ values: string[]; line: number }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (rows.length > MAX_ROWS + 10) return;
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value));
    rows.push({ values, line: n });
  });
  return table(rows, file);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('T', ' ').slice(0, 19);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    return '';
  }
  return String(value);
}

/** Users of a user export, with the departments they name (by name: the export has no dept ids). */
export function usersOf(rows: ExportRow[]): RuoyiUser[] {
  return rows.flatMap((r, k) => {
    const userName = r.cells.get('登录名称');
    if (!userName) return [];
    const status = r.cells.get('帐号状态') ?? r.cells.get('账号状态') ?? '正常';
    const login = r.cells.get('最后登录时间') ?? '';
    const dept = r.cells.get('部门名称');
    return [{ id: r.cells.get('用户序号') || `row${k + 1}`, deptId: dept ? `name:${dept}` : undefined, userName, nickName: r.cells.get('用户名称') || undefined, password: undefined, status: status === '停用' || status === '1' ? '1' : '0', delFlag: '0', loginDate: /^\d{4}-\d{2}-\d{2}/.test(login) ? login.slice(0, 10) : undefined, line: r.line }];
  });
}

/** Roles of a role export; a 数据范围 label not known is kept as written (and read as unbounded). */
export function rolesOf(rows: ExportRow[]): RuoyiRole[] {
  return rows.flatMap((r, k) => {
    const name = r.cells.get('角色名称');
    if (!name) return [];
    const scope = r.cells.get('数据范围') ?? '';
    const status = r.cells.get('角色状态') ?? '正常';
    return [{ id: r.cells.get('角色序号') || `row${k + 1}`, name, key: r.cells.get('角色权限') || r.cells.get('权限字符') || name, dataScope: SCOPE_LABELS[scope] ?? (/^[1-5]$/.test(scope) ? scope : scope === '' ? '1' : scope), status: status === '停用' || status === '1' ? '1' : '0', delFlag: '0', line: r.line }];
  });
}
