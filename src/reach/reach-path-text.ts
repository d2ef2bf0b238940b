// A reach path (src/reach/reach-map.ts writes it in English, and snapshots store it so) in the
// report's language: the glue words of its fixed grammar — `account type T → role R ⊃ P →
// interface I → store S (scope; actions; counted as export because …)`, `device D (+N more
// alike)`, `database login L → store S (…; activatable: SET ROLE)` — are translated; ids,
// patterns and names stay as they are.
import type { Lang } from '../i18n/bilingual.js';
import { termName } from '../i18n/terms.js';

const STEPS: Array<[RegExp, string]> = [
  [/(^|→ )account type /g, '$1账号类型 '],
  [/(^|→ )database login /g, '$1数据库登录名 '],
  [/(^|→ )role /g, '$1角色 '],
  [/(^|→ )interface /g, '$1接口 '],
  [/(^|→ )store /g, '$1存储 '],
  [/(^|→ )device /g, '$1设备 '],
  [/ \(\+(\d+) more alike\)/g, '（另有 $1 台相同配置）'],
  [/ \(scope not stated\)/g, '（范围未说明）'],
  [/; activatable: SET ROLE/g, '；需 SET ROLE 启用'],
  [/^… (\d+) more$/g, '…另有 $1 条途径'],
];

/** Why an action is counted (output-actions.ts), in Chinese. */
function reasonZh(reason: string): string {
  return reason
    .replace(/^interface (\S+) is of kind (\S+)$/, (_m, id: string, kind: string) => `接口 ${id} 的类型为${termName(kind, 'zh')}`)
    .replace(/^interface (\S+) is a bulk interface \(bulk: true: many records at once\)$/, '接口 $1 为批量接口（bulk: true：一次返回多条记录）')
    .replace(/^interface (\S+) \(named "(.*)"\) is named "(.*)"$/, '接口 $1（名称“$2”）的名称含“$3”')
    .replace(/^interface (\S+) is named "(.*)"$/, '接口 $1 的名称含“$2”')
    .replace(/^the policy object (.*) is named "(.*)"$/, (_m, pattern: string, word: string) => `策略对象 ${policyZh(pattern)} 的名称含“${word}”`);
}

function policyZh(pattern: string): string {
  const KIND: Record<string, string> = { user: '用户', group: '用户组', role: '角色' };
  return pattern
    .replace(/ on /g, ' 作用于 ')
    .replace(/ \(policy ([^),]*), (user|group|role):([^)]*)\)/g, (_m, policy: string, kind: string, name: string) => `（策略 ${policy}，授权给${KIND[kind] ?? kind} ${name}）`)
    .replace(/ \(policy ([^)]*)\)/g, '（策略 $1）');
}

export function reachPathText(path: string, lang: Lang): string {
  if (lang === 'en') return path;
  let out = path;
  for (const [pattern, replacement] of STEPS) out = out.replace(pattern, replacement);
  // The trailing "(scope; actions; counted as A because R, …)".
  return out.replace(/ \(([a-z-]+); ([^;()]*(?:\([^)]*\)[^;()]*)*)(?:; counted as (.*))?\)$/, (_m, scope: string, actions: string, counted: string | undefined) => {
    const verbs = actions
      .split(', ')
      .map((a) => termName(a, 'zh'))
      .join('、');
    const why = counted
      ? `；计为${counted
          .split(/, (?=(?:export|print) because )/)
          .map((c) => c.replace(/^(export|print) because (.*)$/, (_n, action: string, reason: string) => `${termName(action, 'zh')}，因为${reasonZh(reason)}`))
          .join('；')}`
      : '';
    return `（${termName(scope, 'zh')}；${verbs}${why}）`;
  });
}

/** An action reason line (`export: …`) in the language. */
export function actionReasonText(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  return reason.replace(/^(export|print): (.*)$/, (_m, action: string, why: string) => `${termName(action, 'zh')}：${reasonZh(why)}`);
}
