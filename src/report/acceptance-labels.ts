// The words of the acceptance report (整改验收报告) in each language.
import type { Lang } from '../i18n/bilingual.js';
import type { Change, ItemStatus, Outcome, Verdict } from '../verify/verify-result-schema.js';

const ITEM_STATUS: Record<ItemStatus, { zh: string; en: string }> = {
  FIXED: { zh: '已整改', en: 'FIXED' },
  PARTIAL: { zh: '部分整改', en: 'PARTIAL' },
  NOT_FIXED: { zh: '未整改', en: 'NOT FIXED' },
  NOT_VERIFIABLE: { zh: '无法核实', en: 'NOT VERIFIABLE' },
};

const OUTCOME: Record<Outcome, { zh: string; en: string }> = {
  RESOLVED: { zh: '已消除', en: 'resolved' },
  STILL_FAILING: { zh: '仍不合规', en: 'still failing' },
  REPLACED: { zh: '换名后仍存在', en: 'replaced by an equivalent' },
  SUPPRESSED: { zh: '仅豁免', en: 'excepted only' },
  NOT_EVALUATED: { zh: '无法评估', en: 'not evaluated' },
  NEW_IN_SCOPE: { zh: '新出现', en: 'new in scope' },
};

const VERDICT: Record<Verdict, { zh: string; en: string }> = {
  PASSED: { zh: '核查通过', en: 'ACCEPTED' },
  PASSED_WITH_RESERVATIONS: { zh: '核查通过（有保留）', en: 'ACCEPTED WITH RESERVATIONS' },
  PARTIAL: { zh: '部分通过', en: 'PARTIALLY ACCEPTED' },
  FAILED: { zh: '核查未通过', en: 'NOT ACCEPTED' },
};

const CHANGE: Record<Change, { zh: string; en: string }> = {
  NEW: { zh: '新增', en: 'new' },
  REGRESSED: { zh: '回退', en: 'regressed' },
  RESOLVED: { zh: '已消除', en: 'resolved' },
  UNCHANGED: { zh: '未变化', en: 'unchanged' },
  NOT_COMPARABLE: { zh: '无法比较', en: 'not comparable' },
};

const WORDS = {
  title: { zh: '整改验收报告', en: 'Rectification acceptance report' },
  comparisonTitle: { zh: '整改前后对比报告', en: 'Before/after comparison' },
  issuer: { zh: '建议机关', en: 'Issued by' },
  document: { zh: '文书', en: 'Document' },
  addressee: { zh: '被建议单位', en: 'Addressed to' },
  issued: { zh: '建议日期', en: 'Date of the recommendation' },
  deadline: { zh: '整改期限', en: 'Deadline' },
  checkDate: { zh: '核查日期', en: 'Date of the check' },
  system: { zh: '被核查系统', en: 'System checked' },
  before: { zh: '整改前', en: 'Before' },
  after: { zh: '整改后', en: 'After' },
  savedReport: { zh: '已保存的审计报告', en: 'saved report' },
  sources: { zh: '源文件，本次审计', en: 'sources, audited by this check' },
  asOf: { zh: '基准日', en: 'as of' },
  conclusion: { zh: '结论', en: 'Conclusion' },
  passed: { zh: '核查通过', en: 'ACCEPTED' },
  failed: { zh: '核查未通过', en: 'NOT ACCEPTED' },
  itemsHeading: { zh: '一、建议事项逐项核查', en: '1. The recommendation, item by item' },
  item: { zh: '第 {n} 项', en: 'Item {n}' },
  requires: { zh: '对应规则', en: 'Rules' },
  targets: { zh: '对象', en: 'Targets' },
  allTargets: { zh: '全部对象', en: 'every target' },
  reasons: { zh: '说明', en: 'Why' },
  notes: { zh: '提示', en: 'Notes' },
  rule: { zh: '规则', en: 'Rule' },
  target: { zh: '对象', en: 'Target' },
  outcome: { zh: '结果', en: 'Outcome' },
  beforeEvidence: { zh: '整改前证据', en: 'Before' },
  afterEvidence: { zh: '整改后证据', en: 'After' },
  basis: { zh: '法律依据', en: 'Legal basis' },
  itemBasis: { zh: '建议所引', en: 'cited by the item' },
  noFindings: { zh: '（无相关结果）', en: '(no findings)' },
  newHeading: { zh: '二、新增及回退问题', en: '2. New and regressed findings' },
  newNone: { zh: '无新增或回退的不合规项。', en: 'No new or regressed failures.' },
  change: { zh: '变化', en: 'Change' },
  severity: { zh: '严重程度', en: 'Severity' },
  finding: { zh: '问题及证据', en: 'Finding and evidence' },
  comparisonHeading: { zh: '一、整改前后对比', en: '1. Before and after' },
  evidenceHeading: { zh: '四、证据记录摘要', en: '4. Evidence record' },
  comparisonEvidenceHeading: { zh: '三、证据记录摘要', en: '3. Evidence record' },
  tool: { zh: '工具', en: 'Tool' },
  commandLine: { zh: '命令行', en: 'Command line' },
  packs: { zh: '规则包', en: 'Rule packs' },
  inputs: { zh: '输入文件', en: 'Input files' },
  role: { zh: '角色', en: 'Role' },
  kind: { zh: '类别', en: 'Kind' },
  file: { zh: '文件', en: 'File' },
  version: { zh: '版本', en: 'Version' },
  hash: { zh: '内容哈希', en: 'Content hash' },
  resultHash: { zh: '结果哈希（SHA-256）', en: 'Result hash (SHA-256)' },
  signature: { zh: '签名', en: 'Signature' },
  signed: { zh: '已签名（Ed25519），公钥指纹 {k}', en: 'signed (Ed25519), public key fingerprint {k}' },
  unsigned: { zh: '未签名', en: 'not signed' },
  timestamp: { zh: '时间戳', en: 'Timestamp' },
  reservationsLine: { zh: '有保留：尚有 {n} 项未了事项，见“仍未了结事项”', en: 'with reservations: {n} matters remain open (see “What remains open”)' },
  openHeading: { zh: '三、仍未了结事项', en: '3. What remains open' },
  comparisonOpenHeading: { zh: '二、仍未了结事项', en: '2. What remains open' },
  openNone: { zh: '无：整改后审计未留下人工核查项、自设豁免、未映射对象或消失的对象。', en: 'Nothing: the after audit leaves no manual check, no exception of the company’s own, no unmapped object and no vanished object.' },
  openManual: { zh: '（一）整改后仍需人工核查的事项', en: '(a) Checks the after audit still leaves to people' },
  openSuppressed: { zh: '（二）被单位自设豁免的问题', en: '(b) Findings suppressed by the company’s own exceptions' },
  openUnmapped: { zh: '（三）整改后导出中未映射的对象', en: '(c) Objects of the after exports no longer mapped' },
  openVanished: { zh: '（四）整改前存在、整改后消失的对象（“已整改”可能只是对象消失）', en: '(d) Objects present before and absent after (a “fixed” item may only have disappeared)' },
  toCollect: { zh: '需核查内容', en: 'What to check' },
  exception: { zh: '豁免', en: 'Exception' },
  approver: { zh: '批准人', en: 'Approved by' },
  expires: { zh: '有效期至', en: 'Expires' },
  object: { zh: '对象', en: 'Object' },
  recordId: { zh: '证据记录编号（SHA-256）', en: 'Evidence record id (SHA-256)' },
  binding: {
    zh: '本报告与证据记录的对应关系：证据记录的 outputs 列出本报告文件的 SHA-256；本报告印有证据记录编号，即该记录中 tool、命令名、parameters、inputs、packs、exceptions、result 的规范 JSON 的 SHA-256。可用 pipl-audit evidence check 核对。',
    en: 'How this report binds to the evidence record: the record’s outputs list the SHA-256 of this report’s file; this report prints the record id, the SHA-256 of the canonical JSON of the record’s tool, command name, parameters, inputs, packs, exceptions and result. Check with pipl-audit evidence check.',
  },
  signatureHeading: { zh: '核查签章', en: 'Signatures' },
  checker: { zh: '核查人员', en: 'Checked by' },
  reviewer: { zh: '复核人', en: 'Reviewed by' },
  date: { zh: '日期', en: 'Date' },
  seal: { zh: '签章', en: 'Seal' },
  generalNotes: { zh: '注意', en: 'Caveats' },
  summaryLine: {
    zh: '建议共 {total} 项：已整改 {FIXED} 项，部分整改 {PARTIAL} 项，未整改 {NOT_FIXED} 项，无法核实 {NOT_VERIFIABLE} 项。新增问题 {new} 项，回退 {regressed} 项（门槛：{failOn}）。',
    en: '{total} items: {FIXED} fixed, {PARTIAL} partial, {NOT_FIXED} not fixed, {NOT_VERIFIABLE} not verifiable. {new} new and {regressed} regressed findings (gate: {failOn}).',
  },
  comparisonLine: {
    zh: '不合规项：新增 {new}，回退 {regressed}，已消除 {resolved}，未变化 {unchanged}，无法比较 {notComparable}（门槛：{failOn}）。',
    en: 'Failures: {new} new, {regressed} regressed, {resolved} resolved, {unchanged} unchanged, {notComparable} not comparable (gate: {failOn}).',
  },
  kinds: {
    zh: { recommendation: '检察建议', report: '审计报告', project: '项目文件', source: '源文件', 'report-input': '报告所记源文件' },
    en: { recommendation: 'recommendation', report: 'report', project: 'project file', source: 'source', 'report-input': 'recorded by the report' },
  },
} as const;

type WordKey = Exclude<keyof typeof WORDS, 'kinds'>;

export function word(key: WordKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function inputKindName(kind: string, lang: Lang): string {
  return (WORDS.kinds[lang] as Record<string, string>)[kind] ?? kind;
}

export function itemStatusName(status: ItemStatus, lang: Lang): string {
  return ITEM_STATUS[status][lang];
}

export function outcomeName(outcome: Outcome, lang: Lang): string {
  return OUTCOME[outcome][lang];
}

export function verdictName(verdict: Verdict, lang: Lang): string {
  return VERDICT[verdict][lang];
}

export function changeName(change: Change, lang: Lang): string {
  return CHANGE[change][lang];
}
