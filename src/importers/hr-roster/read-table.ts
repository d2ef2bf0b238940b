// A staff list as rows of cells with their line (CSV) or row number (XLSX), whatever the file:
// CSV in UTF-8 or GBK/GB18030 (decode-text.ts), or the first (or a named) sheet of an XLSX
// workbook, read with exceljs after its ZIP directory was checked against expansion bounds.
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../inventory/diagnostic.js';
import { decodeText } from './decode-text.js';
import { checkZipBounds } from './zip-limits.js';

export type Cell = string | Date | undefined;

export interface TableRow {
  /** Line of the CSV file, or row number of the sheet (1-based). */
  line: number;
  cells: Cell[];
}

export interface Table {
  rows: TableRow[];
  /** What the rows were read from (encoding or sheet), for messages. */
  from: string;
}

export const MAX_ROWS = 500_000;
const MAX_COLUMNS = 200;

export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readTable(fsPath: string, file: string, sheet?: string): Promise<Table> {
  const bytes = readFileSync(fsPath);
  return isXlsx(bytes) ? readXlsx(bytes, file, sheet) : readCsv(bytes, file);
}

export function readCsv(bytes: Uint8Array, file: string): Table {
  const { text, encoding } = decodeText(bytes);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: 1_000_000, to: MAX_ROWS + 1 }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    throw new InputError([{ severity: 'error', file, line: e.lines ?? 1, message: `CSV that does not parse: ${e.message}`, expected: 'a CSV staff list (comma-separated, quotes doubled inside quoted cells)' }]);
  }
  if (records.length > MAX_ROWS) throw new InputError([{ severity: 'error', file, line: records[MAX_ROWS]!.info.lines, message: `more than ${MAX_ROWS} rows`, expected: `a staff list of at most ${MAX_ROWS} rows` }]);
  return { rows: records.map(({ record, info }) => ({ line: info.lines, cells: record.slice(0, MAX_COLUMNS).map((c) => (c === '' ? undefined : c)) })), from: encoding === 'gb18030' ? 'CSV in GBK/GB18030' : `CSV in ${encoding.toUpperCase()}` };
}

function cellText(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((r) => r.text).join('').trim() || undefined;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if (typeof v.text === 'string') return v.text.trim() || undefined;
    if ('error' in v) return undefined;
  }
  return undefined;
}

export async function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Promise<Table> {
  checkZipBounds(bytes, file);
  // exceljs is large: loaded only when a workbook is read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError([{ severity: 'error', file, line: 1, message: `not a readable XLSX workbook: ${(error as Error).message}`, expected: 'an .xlsx workbook as Excel or WPS saves it' }]);
  }
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    throw new InputError([{ severity: 'error', file, line: 1, message: sheet === undefined ? 'the workbook has no sheet' : `the workbook has no sheet "${sheet}"`, expected: `one of: ${workbook.worksheets.map((w) => w.name).join(', ')}` }]);
  }
  if (worksheet.rowCount > MAX_ROWS) throw new InputError([{ severity: 'error', file, line: MAX_ROWS + 1, message: `sheet "${worksheet.name}" has ${worksheet.rowCount} rows`, expected: `a staff list of at most ${MAX_ROWS} rows` }]);
  const rows: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let c = 1; c < Math.min(values.length, MAX_COLUMNS + 1); c++) cells.push(cellText(values[c]));
    if (cells.some((c) => c !== undefined)) rows.push({ line: rowNumber, cells });
  });
  return { rows, from: `sheet "${worksheet.name}"` };
}
