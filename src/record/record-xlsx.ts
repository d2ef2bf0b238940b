// The processing record as an XLSX workbook (exceljs), one sheet of stores and one of flows, headed
// in the report language with the other language beneath. Same record, same bytes: the workbook's
// dates are the audit's as-of date and the zip entries are re-stamped with it (exceljs stamps "now").
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { pick, type Lang } from '../i18n/bilingual.js';
import type { ProcessingRecord, RecordCategory } from './processing-record.js';

type Column = { header: { zh: string; en: string }; width: number };

const STORE_COLUMNS: Column[] = [
  { header: { zh: '存储', en: 'Store' }, width: 18 },
  { header: { zh: '名称', en: 'Name' }, width: 22 },
  { header: { zh: '类型', en: 'Kind' }, width: 10 },
  { header: { zh: '存放地', en: 'Location' }, width: 10 },
  { header: { zh: '个人信息类别（★敏感）', en: 'Categories (★ sensitive)' }, width: 40 },
  { header: { zh: '处理目的', en: 'Purposes' }, width: 30 },
  { header: { zh: '个人信息主体', en: 'Data subjects' }, width: 16 },
  { header: { zh: '人数', en: 'Individuals' }, width: 12 },
  { header: { zh: '含不满十四周岁儿童', en: 'Children under 14' }, width: 12 },
  { header: { zh: '来源（收集点）', en: 'Sources (collection points)' }, width: 26 },
  { header: { zh: '保存期限', en: 'Retention' }, width: 26 },
  { header: { zh: '删除任务', en: 'Deletion jobs' }, width: 30 },
  { header: { zh: '接收方', en: 'Recipients' }, width: 26 },
  { header: { zh: '可访问者（最大范围）', en: 'Who can reach it (widest scope)' }, width: 40 },
];

const FLOW_COLUMNS: Column[] = [
  { header: { zh: '数据流', en: 'Flow' }, width: 18 },
  { header: { zh: '接收方', en: 'Recipient' }, width: 24 },
  { header: { zh: '接收方类型', en: 'Recipient kind' }, width: 16 },
  { header: { zh: '所在国家或地区', en: 'Country' }, width: 10 },
  { header: { zh: '来源存储', en: 'Stores' }, width: 18 },
  { header: { zh: '个人信息类别（★敏感）', en: 'Categories (★ sensitive)' }, width: 40 },
  { header: { zh: '目的', en: 'Purpose' }, width: 26 },
  { header: { zh: '合法性基础', en: 'Legal basis' }, width: 14 },
  { header: { zh: '同意', en: 'Consent' }, width: 12 },
  { header: { zh: '合同', en: 'Contract' }, width: 10 },
  { header: { zh: '影响评估', en: 'Impact assessment' }, width: 16 },
  { header: { zh: '出境机制（声明）', en: 'Cross-border mechanism (stated)' }, width: 22 },
  { header: { zh: '按门槛应采用的机制', en: 'Mechanism the thresholds require' }, width: 40 },
];

const UNSTATED = { zh: '未说明', en: 'not stated' };

export async function renderRecordXlsx(record: ProcessingRecord, lang: Lang): Promise<Buffer> {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const date = new Date(`${record.asOf}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pipl-audit';
  workbook.created = date;
  workbook.modified = date;
  const unstated = pick(UNSTATED, lang);
  const text = (value: string | number | boolean | null | undefined): string => (value === null || value === undefined || value === '' ? unstated : String(value));
  const list = (values: readonly string[]) => (values.length === 0 ? unstated : values.join('\n'));
  const categories = (values: readonly RecordCategory[]) => list(values.map((c) => `${c.sensitive ? '★ ' : ''}${pick(c.name, lang)} (${c.key})`));

  const sheet = (name: { zh: string; en: string }, columns: Column[], rows: string[][]) => {
    const ws = workbook.addWorksheet(pick(name, lang), { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.columns = columns.map((c) => ({ width: c.width }));
    ws.addRow(columns.map((c) => pick(c.header, lang))).font = { bold: true };
    ws.addRow(columns.map((c) => pick(c.header, other))).font = { italic: true, color: { argb: 'FF666666' } };
    for (const row of rows) ws.addRow(row).alignment = { vertical: 'top', wrapText: true };
  };
  sheet(
    { zh: '存储', en: 'Stores' },
    STORE_COLUMNS,
    record.stores.map((s) => [
      s.id,
      s.name,
      s.kind,
      text(s.location),
      categories(s.categories),
      list(s.purposes),
      list(s.subjects.kinds),
      text(s.subjects.individuals ?? s.subjects.records),
      text(s.subjects.minorsUnder14),
      list(s.sources),
      text(s.retention),
      list(s.deletionJobs),
      list(s.recipients),
      list(s.reachedBy),
    ]),
  );
  sheet(
    { zh: '数据流', en: 'Flows' },
    FLOW_COLUMNS,
    record.flows.map((f) => [
      f.id,
      f.recipient,
      f.recipientKind,
      text(f.country),
      f.stores.join('\n'),
      categories(f.categories),
      text(f.purpose),
      text(f.legalBasis),
      text(f.consent),
      text(f.contract),
      text(f.impactAssessment),
      f.crossBorder ? text(f.mechanism) : '—',
      f.required ? `${f.required.mechanism}: ${f.required.reason}` : '—',
    ]),
  );
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  // Re-stamp every zip entry with the as-of date, in a fixed order, so the bytes depend on the record only.
  const zip = await JSZip.loadAsync(written);
  const stable = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    stable.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return stable.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
