// The record of processing activities: drawn only from what inputs state, written as an XLSX
// workbook a compliance officer opens, byte-for-byte the same for the same inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { requiredCrossBorderMechanism } from '../src/record/cross-border-mechanism.js';
import type { Store } from '../src/inventory/manifest-schema.js';
import type { ProcessingRecord } from '../src/record/processing-record.js';
import { runCli } from './support/run-cli.js';
import { tempDir } from './support/temp-dir.js';

const store = (individuals?: number): Store => ({ id: 's', kind: 'database', fields: [], ...(individuals !== undefined ? { subjects: { individuals } } : {}) });

describe('the cross-border mechanism the thresholds require', () => {
  it.each([
    [[5_000], true, 'certification-or-standard-contract'],
    [[10_000], true, 'security-assessment'],
    [[99_999], false, 'exempt'],
    [[60_000, 40_000], false, 'certification-or-standard-contract'],
    [[1_000_000], false, 'security-assessment'],
  ])('%j people (sensitive: %s) → %s', (counts, sensitive, mechanism) => {
    expect(requiredCrossBorderMechanism(counts.map((n) => store(n)), sensitive).mechanism).toBe(mechanism);
  });
  it('an unstated count is unknown, naming what to state', () => {
    const result = requiredCrossBorderMechanism([store(500), store()], false);
    expect(result).toMatchObject({ mechanism: 'unknown', individuals: null });
    expect(result.reason).toContain('subjects.individuals');
  });
});

describe('pipl-audit record', () => {
  it('lists each PI store with its sensitive categories, retention and who can reach it', () => {
    const result = runCli(['record', 'examples/gym/before']);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout) as ProcessingRecord;
    const members = record.stores.find((s) => s.id === 'members');
    expect(members?.categories.some((c) => c.sensitive)).toBe(true);
    expect(record.stores.every((s) => s.categories.length > 0)).toBe(true);
    expect(record.flows.map((f) => f.id)).toContain('to-system-vendor');
  });

  it('writes an XLSX workbook with a stores and a flows sheet, the same bytes each time', async () => {
    const dir = tempDir({});
    const first = join(dir, 'a.xlsx');
    const second = join(dir, 'b.xlsx');
    expect(runCli(['record', 'examples/hospital/before', '-o', first, '--lang', 'zh']).code).toBe(0);
    expect(runCli(['record', 'examples/hospital/before', '-o', second, '--lang', 'zh']).code).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(first) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['存储', '数据流']);
    const stores = workbook.getWorksheet('存储');
    expect(stores?.getRow(1).getCell(1).value).toBe('存储');
    expect(stores?.getRow(2).getCell(1).value).toBe('Store');
    const json = JSON.parse(runCli(['record', 'examples/hospital/before']).stdout) as ProcessingRecord;
    expect((stores?.rowCount ?? 0) - 2).toBe(json.stores.length);
    const firstStore = json.stores[0];
    expect(stores?.getRow(3).getCell(1).value).toBe(firstStore?.id);
    // A cell nobody stated says so.
    const cells = (stores?.getRow(3).values as unknown[]).map(String);
    if (firstStore?.location === null) expect(cells).toContain('未说明');
  });

  it('an XLSX record needs an output file', () => {
    const result = runCli(['record', 'examples/gym/before', '-f', 'xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o FILE.xlsx');
  });
});
