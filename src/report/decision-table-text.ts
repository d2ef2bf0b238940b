// A rule's decision table in words, in Chinese or English, for `pipl-audit rules explain`: each
// input with its values and the manifest keys that state it, then each row as a sentence
// ("when scope is … and trigger is …: FAIL, critical — reason"), never the raw JSON.
import { statedByText } from '../i18n/stated-by-text.js';
import { pick, type Lang } from '../i18n/bilingual.js';
import type { DecisionTable } from '../rules/rule-schema.js';
import type { StatedBy } from '../views/view.js';
import { severityName } from './severity-label.js';

const RESULT: Record<DecisionTable['rows'][number]['result'], { zh: string; en: string }> = {
  FAIL: { zh: 'FAIL（不合规）', en: 'FAIL' },
  PASS: { zh: 'PASS（合规）', en: 'PASS' },
  NOT_EVALUATED: { zh: 'NOT_EVALUATED（不作判断）', en: 'NOT_EVALUATED' },
};

export function decisionTableLines(table: DecisionTable, statedBy: Readonly<Record<string, StatedBy>>, lang: Lang, escalateByVolume = false): string[] {
  const zh = lang === 'zh';
  const lines = [zh ? '判定表（输入的每种组合恰好对应一行）:' : 'decision table (every combination of the inputs matches exactly one row):', zh ? '  输入:' : '  inputs:'];
  for (const input of table.inputs) {
    const keys = input.needs.map((path) => {
      const s = statedBy[path];
      if (!s) return path;
      return `${statedByText(s.manifest, zh ? 'zh' : 'en')}${s.absent ? (zh ? `，没有时写 ${statedByText(s.absent, 'zh')}` : `, absent: ${s.absent}`) : ''}`;
    });
    lines.push(`    ${pick(input.title, lang)} (${input.id}) — ${zh ? '由以下清单键说明' : 'stated by'}: ${[...new Set(keys)].join(zh ? '；' : '; ')}`);
    for (const value of input.values) lines.push(`      - ${value.id}: ${pick(value.title, lang)}`);
  }
  lines.push(zh ? '  各行:' : '  rows:');
  for (const [n, row] of table.rows.entries()) {
    const conditions = table.inputs.flatMap((input) => {
      const named = row.when?.[input.id];
      if (named === undefined) return [];
      const ids = typeof named === 'string' ? [named] : named;
      const titles = ids.map((id) => pick(input.values.find((v) => v.id === id)?.title ?? { zh: id, en: id }, lang));
      return [zh ? `${pick(input.title, lang)}为「${titles.join('」或「')}」` : `${pick(input.title, lang)} is "${titles.join('" or "')}"`];
    });
    const when = conditions.length === 0 ? (zh ? '任何情况下' : 'in every case') : zh ? `当${conditions.join('，且')}时` : `when ${conditions.join(', and ')}`;
    const verdict = `${pick(RESULT[row.result], lang)}${row.severity ? `${zh ? '，' : ', '}${severityName(row.severity, lang)}` : ''}`;
    lines.push(`    ${n + 1}. ${row.id} — ${when}: ${verdict}`);
    lines.push(`       ${pick(row.reason, lang)}`);
  }
  lines.push(
    zh
      ? '  某项输入未说明时：依次代入它可能的每个取值；都落在同一行则由该行判定，否则为 NOT_EVALUATED，并指明应在清单中说明的键。'
      : '  when an input is not stated: every value it could take is tried; if all lead to the same row, that row decides, otherwise the finding is NOT_EVALUATED and names the manifest keys to state.',
  );
  if (escalateByVolume) {
    lines.push(
      zh
        ? '  严重程度：取判定行的严重程度；可触及的某类未脱敏展示的信息记录数达到 2017 年“两高”司法解释“情节严重”标准的，再上调一级（接口声明脱敏的类别不计）。'
        : '  severity: the row\'s, raised one step where the item reaches as many records of a category it shows unmasked as the 2017 SPC/SPP interpretation treats as serious (a category its interface states it masks does not count).',
    );
  }
  return lines;
}
