// The acceptance report's content, laid out as a prosecutor or regulator files it, independent
// of the output format: header fields, the recommendation items in order (status, before and
// after evidence, basis), new and regressed findings, the evidence record digest. The Markdown
// and HTML reporters only render this.
import { coverageKindName, coverageNameText, coverageNoteText } from '../i18n/coverage-note-text.js';
import { pick, type Lang } from '../i18n/bilingual.js';
import { targetLabelText } from '../i18n/target-label-text.js';
import { TARGET_KINDS } from '../recommendation/recommendation-schema.js';
import { TARGET_KIND_NAMES } from '../verify/target-selector.js';
import type { FindingSnapshot, ItemStatus, Verdict, VerifyResult } from '../verify/verify-result-schema.js';
import { reservationCount } from '../verify/reservations.js';
import { basisText } from './basis-text.js';
import { changeName, inputKindName, itemStatusName, outcomeName, verdictName, word } from './acceptance-labels.js';
import { severityName, statusName } from './severity-label.js';

/** A table cell: lines of text; `code` lines are file locations, hashes and the like. */
export interface Cell {
  /** `path` lines are file locations: they may wrap only at '/' and before ':'. */
  lines: Array<{ text: string; code?: boolean; path?: boolean }>;
  status?: string;
  /** Rule ids and results: never broken inside a word. */
  nowrap?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string; status?: ItemStatus }
  | { kind: 'fields'; rows: Array<[string, Cell]> }
  | { kind: 'paragraph'; text: string; strong?: boolean; status?: 'passed' | 'failed' }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; title?: string; items: Cell[] }
  | { kind: 'table'; head: string[]; rows: Cell[][] }
  | { kind: 'verdict'; verdict: Verdict; text: string; detail?: string }
  | { kind: 'signature'; title: string; fields: string[]; recordId?: { label: string; value: string } };

export interface AcceptanceDocument {
  lang: Lang;
  title: string;
  blocks: Block[];
}

const text = (t: string, code = false): Cell => ({ lines: [{ text: t, ...(code ? { code } : {}) }] });
const MAX_LOCATIONS = 3;

function snapshotCell(s: FindingSnapshot | undefined, lang: Lang): Cell {
  if (!s) return text('—');
  // Rule messages describe a failure; for any other status the status itself is what to show.
  const lines: Cell['lines'] = [{ text: s.status === 'FAIL' ? pick(s.message, lang) : statusName(s.status, lang) }];
  if (s.reason) lines.push({ text: pick(s.reason, lang) });
  for (const e of s.evidence.slice(0, MAX_LOCATIONS)) {
    const place = [e.file, e.line, e.column].filter((x) => x !== undefined).join(':');
    lines.push({ text: `${place}${e.pointer ? ` ${e.pointer}` : ''}`, code: true, path: true });
  }
  if (s.evidence.length > MAX_LOCATIONS) lines.push({ text: `(+${s.evidence.length - MAX_LOCATIONS})` });
  return { lines };
}

export function buildAcceptanceDocument(result: VerifyResult, lang: Lang): AcceptanceDocument {
  const blocks: Block[] = [];
  const rec = result.recommendation;
  const separator = lang === 'zh' ? '；' : '; ';
  const ruleTitle = (id: string) => (result.rules[id] ? `${id} ${pick(result.rules[id].title, lang)}` : id);
  const sideCell = (side: VerifyResult['before']) =>
    ({ lines: [{ text: side.path, code: true }, { text: `${side.kind === 'report' ? word('savedReport', lang) : word('sources', lang)}${separator}${word('asOf', lang)} ${side.asOf}` }] }) satisfies Cell;

  const header: Array<[string, Cell]> = [];
  if (rec) {
    header.push([word('issuer', lang), text(pick(rec.issuer, lang))]);
    header.push([word('document', lang), text(`${rec.kind ? `${rec.kind} ` : ''}${rec.reference}`)]);
    header.push([word('addressee', lang), text(pick(rec.addressee, lang))]);
    header.push([word('issued', lang), text(rec.issued)]);
    if (rec.deadline) header.push([word('deadline', lang), text(rec.deadline)]);
  }
  header.push([word('checkDate', lang), text(result.checkDate)]);
  const system = result.after.system ?? result.before.system;
  if (system) header.push([word('system', lang), text(`${system.id}${typeof system.name === 'string' ? ` ${system.name}` : ` ${pick(system.name, lang)}`}`)]);
  header.push([word('before', lang), sideCell(result.before)]);
  header.push([word('after', lang), sideCell(result.after)]);
  blocks.push({ kind: 'fields', rows: header });

  blocks.push({ kind: 'heading', level: 2, text: word('conclusion', lang) });
  const s = result.summary;
  blocks.push({
    kind: 'paragraph',
    text: rec
      ? word('summaryLine', lang, { total: result.items.length, ...s.items, new: s.new, regressed: s.regressed, failOn: s.failOn })
      : word('comparisonLine', lang, { new: s.new, regressed: s.regressed, resolved: s.resolved, unchanged: s.unchanged, notComparable: s.notComparable, failOn: s.failOn }),
  });
  const open = reservationCount(result.reservations);
  blocks.push({ kind: 'verdict', verdict: s.verdict, text: verdictName(s.verdict, lang), ...(open > 0 ? { detail: word('reservationsLine', lang, { n: open }) } : {}) });
  if (result.notes.length > 0) blocks.push({ kind: 'list', title: word('generalNotes', lang), items: result.notes.map((n) => text(pick(n, lang))) });

  if (rec) {
    blocks.push({ kind: 'heading', level: 2, text: word('itemsHeading', lang) });
    for (const item of result.items) {
      blocks.push({ kind: 'heading', level: 3, text: `${word('item', lang, { n: item.number })}　${itemStatusName(item.status, lang)}`, status: item.status });
      blocks.push({ kind: 'quote', lines: [item.text.zh, ...(lang === 'en' && item.text.en ? [item.text.en] : [])] });
      const targets = item.requires.targets;
      const targetParts = targets
        ? [
            ...TARGET_KINDS.flatMap((k) => (targets[k] ?? []).map((id) => `${TARGET_KIND_NAMES[k][lang]} ${id}`)),
            ...(targets.keys ?? []).map((k) => `${lang === 'zh' ? '键' : 'key'} ${k}`),
          ]
        : [word('allTargets', lang)];
      blocks.push({
        kind: 'fields',
        rows: [
          [word('requires', lang), { lines: item.rules.map((id) => ({ text: ruleTitle(id) })) }],
          [word('targets', lang), text(targetParts.join(separator))],
        ],
      });
      if (item.reasons.length > 0) blocks.push({ kind: 'list', title: word('reasons', lang), items: item.reasons.map((r) => text(pick(r, lang))) });
      if (item.notes.length > 0) blocks.push({ kind: 'list', title: word('notes', lang), items: item.notes.map((r) => text(pick(r, lang))) });
      if (item.findings.length > 0) {
        blocks.push({
          kind: 'table',
          head: [word('rule', lang), word('target', lang), word('outcome', lang), word('beforeEvidence', lang), word('afterEvidence', lang)],
          rows: item.findings.map((f) => [
            { lines: [{ text: f.ruleId, code: true }, { text: severityName(f.severity, lang) }], nowrap: true },
            text(f.replacedBy ? `${targetLabelText(f.target, lang)} → ${targetLabelText(f.replacedBy.target, lang)}` : targetLabelText(f.target, lang)),
            { lines: [{ text: outcomeName(f.outcome, lang) }], status: f.outcome, nowrap: true },
            snapshotCell(f.before, lang),
            f.outcome === 'RESOLVED' && !f.after ? text('—') : snapshotCell(f.after, lang),
          ]),
        });
      } else blocks.push({ kind: 'paragraph', text: word('noFindings', lang) });
      const basis = [
        ...item.basis.map((b) => (lang === 'zh' ? `${b}（${word('itemBasis', lang)}）` : `${b} (${word('itemBasis', lang)})`)),
        ...[...new Set(item.rules.flatMap((id) => (result.rules[id]?.basis ?? []).map((b) => basisText(b, lang))))],
      ];
      if (basis.length > 0) blocks.push({ kind: 'list', title: word('basis', lang), items: basis.map((b) => text(b)) });
    }
  }

  // With a recommendation the items carry the resolved findings; a plain comparison lists what
  // moved (unchanged failures are counted in the conclusion, not listed).
  const moved = result.changes.filter((c) => (rec ? c.change === 'NEW' || c.change === 'REGRESSED' : c.change !== 'UNCHANGED'));
  blocks.push({ kind: 'heading', level: 2, text: rec ? word('newHeading', lang) : word('comparisonHeading', lang) });
  if (moved.length === 0) blocks.push({ kind: 'paragraph', text: word('newNone', lang) });
  else
    blocks.push({
      kind: 'table',
      head: [word('change', lang), word('rule', lang), word('severity', lang), word('target', lang), word('beforeEvidence', lang), word('afterEvidence', lang)],
      rows: moved.map((c) => [
        { lines: [{ text: changeName(c.change, lang) }], status: c.change, nowrap: true },
        { lines: [{ text: c.ruleId, code: true }, ...(result.rules[c.ruleId] ? [{ text: pick(result.rules[c.ruleId]!.title, lang) }] : [])], nowrap: true },
        text(severityName(c.severity, lang)),
        text(targetLabelText(c.target, lang)),
        snapshotCell(c.before, lang),
        snapshotCell(c.after, lang),
      ]),
    });

  const r = result.reservations;
  blocks.push({ kind: 'heading', level: 2, text: word(rec ? 'openHeading' : 'comparisonOpenHeading', lang) });
  if (open === 0) blocks.push({ kind: 'paragraph', text: word('openNone', lang) });
  if (r.manual.length > 0) {
    blocks.push({ kind: 'paragraph', text: word('openManual', lang), strong: true });
    blocks.push({
      kind: 'table',
      head: [word('rule', lang), word('target', lang), word('toCollect', lang)],
      rows: r.manual.map((m) => [{ lines: [{ text: m.ruleId, code: true }], nowrap: true }, text(targetLabelText(m.target, lang)), { lines: [{ text: pick(m.message, lang) }, ...(m.reason ? [{ text: pick(m.reason, lang) }] : [])] }]),
    });
  }
  if (r.suppressed.length > 0) {
    blocks.push({ kind: 'paragraph', text: word('openSuppressed', lang), strong: true });
    blocks.push({
      kind: 'table',
      head: [word('rule', lang), word('target', lang), word('exception', lang), word('reasons', lang), word('approver', lang), word('expires', lang)],
      rows: r.suppressed.map((x) => [
        { lines: [{ text: x.ruleId, code: true }, { text: severityName(x.severity, lang) }], nowrap: true },
        text(targetLabelText(x.target, lang)),
        { lines: [{ text: x.exception, code: true }, ...(x.reference ? [{ text: x.reference }] : [])], nowrap: true },
        text(x.reason),
        text(x.approver),
        { lines: [{ text: x.expires }], nowrap: true },
      ]),
    });
  }
  if (r.unmapped.length > 0) {
    blocks.push({ kind: 'paragraph', text: word('openUnmapped', lang), strong: true });
    blocks.push({
      kind: 'table',
      head: [word('file', lang), word('kind', lang), word('object', lang), word('notes', lang)],
      rows: r.unmapped.map((u) => [{ lines: [{ text: `${u.file}${u.line !== undefined ? `:${u.line}` : ''}`, code: true, path: true }] }, text(coverageKindName(u.kind, lang)), text(coverageNameText(u, lang)), text(coverageNoteText(u, lang))]),
    });
  }
  if (r.vanished.length > 0) {
    blocks.push({ kind: 'paragraph', text: word('openVanished', lang), strong: true });
    blocks.push({
      kind: 'table',
      head: [word('kind', lang), word('object', lang)],
      rows: r.vanished.map((v) => [text((TARGET_KIND_NAMES as Record<string, { zh: string; en: string }>)[v.kind]?.[lang] ?? v.kind), { lines: [{ text: v.id, code: true, path: true }] }]),
    });
  }

  const ev = result.evidence;
  blocks.push({ kind: 'heading', level: 2, text: word(rec ? 'evidenceHeading' : 'comparisonEvidenceHeading', lang) });
  blocks.push({
    kind: 'fields',
    rows: [
      [word('tool', lang), text(`${ev.tool.name} ${ev.tool.version}`)],
      [word('commandLine', lang), text(['pipl-audit', ...ev.command.argv].join(' '), true)],
      ...(ev.id ? [[word('recordId', lang), text(ev.id, true)] as [string, Cell]] : []),
      [word('resultHash', lang), text(ev.result.sha256, true)],
      [word('signature', lang), text(ev.signature ? word('signed', lang, { k: ev.signature.publicKeySha256 }) : word('unsigned', lang))],
      ...(ev.timestamp ? [[word('timestamp', lang), text(ev.timestamp)] as [string, Cell]] : []),
    ],
  });
  blocks.push({
    kind: 'table',
    head: [word('role', lang), word('packs', lang), word('version', lang), word('hash', lang)],
    rows: ev.packs.map((p) => [text(word(p.role === 'before' ? 'before' : 'after', lang)), text(p.name), text(p.version), text(p.hash, true)]),
  });
  blocks.push({
    kind: 'table',
    head: [word('role', lang), word('kind', lang), word('file', lang), 'SHA-256'],
    rows: ev.inputs.map((i) => [
      text(i.role === 'recommendation' ? inputKindName('recommendation', lang) : word(i.role === 'before' ? 'before' : 'after', lang)),
      text(inputKindName(i.kind, lang)),
      { lines: [{ text: i.path, code: true, path: true }] },
      text(i.sha256, true),
    ]),
  });
  blocks.push({ kind: 'paragraph', text: word('binding', lang) });
  blocks.push({
    kind: 'signature',
    title: word('signatureHeading', lang),
    fields: [word('checker', lang), word('reviewer', lang), word('date', lang), word('seal', lang)],
    ...(ev.id ? { recordId: { label: word('recordId', lang), value: ev.id } } : {}),
  });
  return { lang, title: rec ? word('title', lang) : word('comparisonTitle', lang), blocks };
}
