// `pipl-audit reach` on a terminal: per role, account type or device class, the PI categories it reaches with scope, fields,
// estimated records and paths; after a snapshot check, what widened and what narrowed.
import type { Lang } from '../i18n/bilingual.js';
import { termName } from '../i18n/terms.js';
import { actionReasonText, reachPathText } from '../reach/reach-path-text.js';
import type { ReachEntry } from '../reach/reach-map.js';
import type { ReachChange } from '../reach/reach-snapshot.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

const SUBJECT_KIND = { role: { zh: '角色', en: 'role' }, 'account-type': { zh: '账号类型', en: 'account type' }, 'device-class': { zh: '设备类别', en: 'device class' }, 'database-login': { zh: '数据库登录', en: 'database login' } } as const;

export function renderReachText(entries: ReachEntry[], taxonomy: Taxonomy, lang: Lang, options: { sensitiveOnly: boolean }): string {
  const out: string[] = [];
  const shown = options.sensitiveOnly ? entries.filter((e) => e.sensitive) : entries;
  const category = (key: string) => `${taxonomy.get(key)?.name[lang] ?? key} (${key})`;
  let subject = '';
  for (const e of shown) {
    const head = `${SUBJECT_KIND[e.subjectKind][lang]} ${e.subject}`;
    if (head !== subject) {
      subject = head;
      if (e.subjectKind === 'database-login') out.push('', head);
      else out.push('', `${head}  ${lang === 'zh' ? `（${e.holders} 个${e.subjectKind === 'device-class' ? '设备' : '账号'}）` : `(${e.holders} ${e.subjectKind === 'device-class' ? 'devices' : 'accounts'})`}`);
    }
    const records = e.records === null ? '' : lang === 'zh' ? `  约 ${e.records} 条` : `  ~${e.records} records`;
    const crossing = e.volumeCrossing
      ? lang === 'zh'
        ? `  ≥ ${e.volumeCrossing.threshold} 条（2017 年司法解释“情节严重”标准）`
        : `  ≥ ${e.volumeCrossing.threshold} (2017 interpretation's "serious" threshold)`
      : '';
    const activatable = e.activatable ? (lang === 'zh' ? '  （仅在 SET ROLE 启用非默认角色后）' : '  (only after SET ROLE to a role that is not a default role)') : '';
    out.push(`  ${e.sensitive ? '!' : ' '} ${category(e.category)}  ${lang === 'zh' ? '范围' : 'scope'} ${termName(e.scope, lang)}${records}${crossing}${activatable}`);
    out.push(`      ${lang === 'zh' ? '字段' : 'fields'}: ${e.fields.join(', ')}`);
    if (e.actionReasons.length > 0) {
      out.push(
        lang === 'zh'
          ? `      操作: ${e.actions.map((a) => termName(a, lang)).join('、')}（${e.actionReasons.map((r) => actionReasonText(r, lang)).join('；')}）`
          : `      actions: ${e.actions.join(', ')} (${e.actionReasons.join('; ')})`,
      );
    }
    for (const p of e.paths) out.push(`      ${reachPathText(p, lang)}`);
  }
  out.push(...filterNote(entries.length, shown.length, options.sensitiveOnly, lang));
  return out.join('\n').replace(/^\n/, '') + '\n';
}

/**
 * What the listing left out and how to see it: an empty listing after the sensitive-only filter
 * never reads as "nobody reaches personal information".
 */
function filterNote(total: number, shown: number, sensitiveOnly: boolean, lang: Lang): string[] {
  const hidden = total - shown;
  if (total === 0) return [lang === 'zh' ? '没有角色、账号类型或设备类别可以触及个人信息。' : 'No role, account type or device class reaches personal information.'];
  if (!sensitiveOnly || hidden === 0) return [];
  if (shown === 0) {
    return [
      lang === 'zh'
        ? `仅列出敏感个人信息：没有角色、账号类型或设备类别可以触及敏感个人信息；另有 ${hidden} 项可触及其他个人信息，使用 --all 列出全部。`
        : `Sensitive PI only: no role, account type or device class reaches sensitive PI; ${hidden} more ${hidden === 1 ? 'entry reaches' : 'entries reach'} other PI — run with --all to list every category.`,
    ];
  }
  return [
    '',
    lang === 'zh'
      ? `仅列出敏感个人信息（! 标记）；另有 ${hidden} 项可触及其他个人信息，使用 --all 列出全部。`
      : `Sensitive PI only (marked !); ${hidden} more ${hidden === 1 ? 'entry reaches' : 'entries reach'} other PI — run with --all to list every category.`,
  ];
}

const CHANGE = {
  'new-access': { zh: '新增可达', en: 'new access' },
  'wider-scope': { zh: '范围扩大', en: 'wider scope' },
  'new-fields': { zh: '新增字段', en: 'new fields' },
  'new-actions': { zh: '新增操作', en: 'new actions' },
  'access-removed': { zh: '不再可达', en: 'access removed' },
  'narrower-scope': { zh: '范围缩小', en: 'narrower scope' },
  'fields-removed': { zh: '字段减少', en: 'fields removed' },
  'actions-removed': { zh: '操作减少', en: 'actions removed' },
} as const;

export function renderReachCheckText(changes: ReachChange[], snapshotFile: string, taxonomy: Taxonomy, lang: Lang): string {
  const widened = changes.filter((c) => c.widening);
  const narrowed = changes.filter((c) => !c.widening);
  const out: string[] = [];
  out.push(
    lang === 'zh'
      ? `与 ${snapshotFile} 比较：个人信息可达性扩大 ${widened.length} 处，缩小 ${narrowed.length} 处（! 为敏感个人信息）`
      : `compared with ${snapshotFile}: access to PI widened in ${widened.length} place(s), narrowed in ${narrowed.length} (! marks sensitive PI)`,
  );
  for (const c of changes) {
    const name = taxonomy.get(c.category)?.name[lang] ?? c.category;
    const detail = c.kind.endsWith('scope') ? c.detail.map((s) => termName(s, lang)).join(' → ') : c.detail.join(', ');
    out.push(`${c.sensitive ? '!' : ' '} ${c.widening ? (lang === 'zh' ? '扩大' : 'WIDENED') : lang === 'zh' ? '缩小' : 'narrowed'}  ${SUBJECT_KIND[c.subjectKind][lang]} ${c.subject}  ${name} (${c.category})  ${CHANGE[c.kind][lang]}: ${detail}`);
    for (const r of c.reasons ?? []) out.push(`      ${lang === 'zh' ? '计为导出/打印的原因' : 'counted because'}: ${actionReasonText(r, lang)}`);
    if (c.widening) for (const p of c.paths) out.push(`      ${reachPathText(p, lang)}`);
  }
  if (widened.length > 0) {
    out.push(
      lang === 'zh'
        ? '请审查上述扩大；确认无误后运行 `pipl-audit reach --snapshot write` 更新快照。'
        : 'Review the widening above; once approved, run `pipl-audit reach --snapshot write` to update the snapshot.',
    );
  }
  return out.join('\n') + '\n';
}
