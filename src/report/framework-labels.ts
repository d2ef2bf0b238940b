// Names of framework item statuses and the coverage line, in each report language.
import type { Lang } from '../i18n/bilingual.js';
import type { FrameworkResult, FrameworkStatus } from '../frameworks/framework-result.js';

const FRAMEWORK_STATUS_NAMES: Record<FrameworkStatus, { zh: string; en: string }> = {
  FAIL: { zh: '不合规', en: 'FAIL' },
  PASS: { zh: '合规', en: 'PASS' },
  DECLARED: { zh: '仅有声明', en: 'DECLARED' },
  MANUAL: { zh: '需人工核查', en: 'MANUAL' },
  NOT_EVALUATED: { zh: '未能评估', en: 'NOT EVALUATED' },
  NOT_APPLICABLE: { zh: '不适用', en: 'NOT APPLICABLE' },
};

export function frameworkStatusName(status: FrameworkStatus, lang: Lang): string {
  return FRAMEWORK_STATUS_NAMES[status][lang];
}

/** "69 sub-items: 8 evaluated (8 FAIL, 0 PASS), 7 declared, 29 manual, 25 not evaluated, 0 not applicable". */
export function frameworkCoverageLine(result: FrameworkResult, lang: Lang): string {
  const c = result.coverage;
  return lang === 'zh'
    ? `共 ${c.subItems} 个子项：经规则评估 ${c.FAIL + c.PASS} 项（不合规 ${c.FAIL}，合规 ${c.PASS}），仅有声明 ${c.DECLARED} 项，需人工核查 ${c.MANUAL} 项，未能评估 ${c.NOT_EVALUATED} 项，不适用 ${c.NOT_APPLICABLE} 项`
    : `${c.subItems} sub-items: ${c.FAIL + c.PASS} evaluated by rules (${c.FAIL} FAIL, ${c.PASS} PASS), ${c.DECLARED} declared only, ${c.MANUAL} manual, ${c.NOT_EVALUATED} not evaluated, ${c.NOT_APPLICABLE} not applicable`;
}

/** An item's heading: its number as the instrument writes it, and its title. */
export function frameworkItemHeading(item: FrameworkResult['items'][number], lang: Lang): string {
  const number = item.number ?? item.id;
  return lang === 'zh' ? `${number}、${item.title.zh}` : `${item.id}. ${item.title.en}`;
}

const CHINESE_NUMBERS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1..99 as Chinese numerals (二十七), as the guideline numbers its items. */
function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_NUMBERS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (CHINESE_NUMBERS[tens] ?? '')}十${CHINESE_NUMBERS[ones] ?? ''}`;
}

/** Guideline items as the guideline numbers them: 二十（三） in Chinese, 20(3) in English. */
export function guidelineItemsText(items: readonly string[], lang: Lang): string {
  return items
    .map((id) => {
      const [item, sub] = id.split('.').map(Number);
      if (item === undefined || Number.isNaN(item)) return id;
      if (lang === 'zh') return `${chineseNumber(item)}${sub !== undefined && !Number.isNaN(sub) ? `（${chineseNumber(sub)}）` : ''}`;
      return `${item}${sub !== undefined && !Number.isNaN(sub) ? `(${sub})` : ''}`;
    })
    .join(lang === 'zh' ? '、' : ', ');
}
