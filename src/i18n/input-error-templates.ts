// The Chinese of the importers', baseline's, exceptions' and evidence record's diagnostics: a
// message catalogue in the gettext manner. The English text each reader writes is the key (a
// template whose `{0}`, `{1}` … stand for the values the reader puts in: ids, paths, numbers);
// beside it the Chinese, whose `{n}` put the same values back. A value can be passed through a
// filter, `{n|name}`: `list` joins with 、, `zh` translates a nested message of the catalogue,
// and a few others render the English phrases a reader builds around a value.
//
// Why English keys rather than message ids at the call sites: see docs/design-notes.md
// ("Chinese input errors: a catalogue keyed by the English"). tests/input-error-zh.test.ts finds
// every message and expectation the code writes (with the TypeScript compiler) and fails when one
// has no Chinese here or its Chinese keeps an English sentence.
import { BASELINE_EXCEPTIONS_ZH } from './input-errors/baseline-exceptions.js';
import { CASBIN_ZH } from './input-errors/casbin.js';
import { CLOUD_POLICY_ZH } from './input-errors/cloud-policy.js';
import { DATABASE_ZH } from './input-errors/database.js';
import { EVIDENCE_ZH } from './input-errors/evidence.js';
import { HR_ROSTER_ZH } from './input-errors/hr-roster.js';
import { IDENTITY_ZH } from './input-errors/identity.js';
import { PROJECT_ZH } from './input-errors/project.js';
import { CODE_ZH, skipReasonZh } from './input-errors/code.js';

/** English template → Chinese template, by area. */
const CATALOGUES: Array<Record<string, string>> = [BASELINE_EXCEPTIONS_ZH, CASBIN_ZH, CLOUD_POLICY_ZH, DATABASE_ZH, EVIDENCE_ZH, HR_ROSTER_ZH, IDENTITY_ZH, PROJECT_ZH, CODE_ZH];

/** Manifest sections by the singular name messages use. */
export const SECTION_ZH: Record<string, string> = {
  store: '存储',
  interface: '接口',
  role: '角色',
  'credential policy': '凭据策略',
  flow: '数据流',
  'collection point': '收集点',
  'impact assessment': '个人信息保护影响评估',
  account: '账号',
  'identity realm': '身份域',
  'identity client': '身份客户端',
  'code base': '代码库',
};

/** English phrases readers build around a value, rendered by `{n|name}`. */
const FILTERS: Record<string, (value: string) => string> = {
  list: (v) => v.split(', ').join('、'),
  and: (v) => v.split(' and ').join('、'),
  zh: (v) => templateZh(v) ?? v,
  section: (v) => SECTION_ZH[v] ?? v,
  /** A cloud principal: `RAM user alice`, `CAM role ops`. */
  principal: (v) => v.replace(/^(RAM|CAM) (user|role|group) /, (_, p: string, k: string) => `${p} ${k === 'user' ? '用户' : k === 'role' ? '角色' : '用户组'} `),
  /** The domain part of a Casbin role chain: ` in domain "d"` or nothing. */
  domain: (v) => v.replace(/^ in domain "(.*)"$/, '（域 "$1"）'),
  /** Where a staff list's rows came from: `CSV in UTF-8`, `sheet "花名册"`. */
  from: (v) => v.replace(/^CSV in (.+)$/, '$1 编码的 CSV').replace(/^sheet "(.*)"$/, '工作表 "$1"'),
  /** What a cloud policy bundle lacks for a principal, `; `-separated. */
  lacks: (v) =>
    v
      .split('; ')
      .map((item) =>
        item
          .replace(/^GetPolicy of "(.*)" \(attached to (user|group|role) (.*)\)$/, (_, p: string, k: string, n: string) => `策略 "${p}" 的 GetPolicy（挂载于${k === 'user' ? '用户' : k === 'group' ? '用户组' : '角色'} ${n}）`)
          .replace(/^the policies of group (.*)$/, '用户组 $1 的策略')
          .replace(/^(\S+) of (.*)$/, '$2 的 $1'),
      )
      .join('；'),
  /** A value a reader cites as found elsewhere: `file#pointer`, or `its source`. */
  source: (v) => (v === 'its source' ? '其来源' : v),
  /** What a Casbin matcher uses that pipl-audit does not run: function calls, request attributes, eval(). */
  casbinUses: (v) => v.split(', ').map((item) => (item === 'eval() of policy rules' ? '策略规则中的 eval()' : item)).join('、'),
  /** Cloud policy conditions cited as `{json} of policy "p" statement n, …`. */
  conditions: (v) => v.replace(/ of policy "([^"]*)" statement (\d+)/g, '（策略 "$1" 第 $2 条语句）'),
  /** Why a PostgreSQL statement is refused: a statement kind, or one of two phrases. */
  statementKind: (v) => ({ 'empty statement': '空语句', 'several statements in one': '一条中含多条语句' })[v] ?? v,
  /** Why a JeecgBoot data rule cannot be decided (src/importers/jeecg/data-rule-scope.ts). */
  jeecgRule: (v) =>
    v
      .replace(/^USE_SQL_RULES fragment (.*) of data rule "(.*)"$/, '数据规则 "$2" 的 USE_SQL_RULES 片段 $1')
      .replace(/^variable (.*) in data rule "(.*)" \((.*)\)$/, '数据规则 "$2" 中的变量 $1（$3）'),
  skip: skipReasonZh,
  /** `; and N more` after a list, or nothing. */
  more: (v) => v.replace(/^; and (\d+) more$/, '；另有 $1 项'),
};

interface Compiled {
  en: RegExp;
  zh: string;
  /** Literal characters of the English: the more, the more specific (tried first). */
  weight: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a hole matches: anything, or with `{n:key}` a dotted key (for a template that is little more than its holes). */
const HOLE: Record<string, string> = { '': '([\\s\\S]*?)', key: '([A-Za-z][\\w.-]*?)' };

function compile(en: string, zh: string): Compiled {
  const parts = en.split(/\{\d+(?::\w+)?\}/);
  const kinds = [...en.matchAll(/\{(\d+)(?::(\w+))?\}/g)].map((m) => HOLE[m[2] ?? '']);
  const holes = [...en.matchAll(/\{(\d+)(?::\w+)?\}/g)].map((m) => Number(m[1]));
  // Holes are numbered in the order they appear; a template that numbers them otherwise is a mistake in the table.
  holes.forEach((n, i) => {
    if (n !== i) throw new Error(`input-error template holes out of order: ${en}`);
  });
  if (kinds.some((k) => k === undefined)) throw new Error(`unknown input-error hole kind: ${en}`);
  const pattern = parts.map((part, i) => escape(part) + (i < kinds.length ? kinds[i] : '')).join('');
  return { en: new RegExp(`^${pattern}$`), zh, weight: parts.join('').length };
}

let compiled: Compiled[] | undefined;
function entries(): Compiled[] {
  compiled ??= CATALOGUES.flatMap((c) => Object.entries(c).map(([en, zh]) => compile(en, zh))).sort((a, b) => b.weight - a.weight);
  return compiled;
}

const GUESS = /^([\s\S]*) \(did you mean "(.*)"\?\)$/;

/** A message or expectation of the catalogue in Chinese, or undefined when the catalogue lacks it. */
export function templateZh(text: string): string | undefined {
  // ` (did you mean "x")` closes many messages; it is translated once, here.
  const guessed = GUESS.exec(text);
  if (guessed) {
    const inner = templateZh(guessed[1] as string);
    return inner === undefined ? undefined : `${inner}（是否应为 "${guessed[2]}"？）`;
  }
  for (const entry of entries()) {
    const m = entry.en.exec(text);
    if (!m) continue;
    return entry.zh.replace(/\{(\d+)(?:\|(\w+))?\}/g, (_, n: string, filter: string | undefined) => {
      const value = m[Number(n) + 1] ?? '';
      const render = filter !== undefined ? FILTERS[filter] : undefined;
      if (filter !== undefined && !render) throw new Error(`unknown input-error filter ${filter}`);
      return render ? render(value) : value;
    });
  }
  return undefined;
}

/** Every English template of the catalogue (for tests). */
export function catalogueTemplates(): Array<{ en: string; zh: string }> {
  return CATALOGUES.flatMap((c) => Object.entries(c).map(([en, zh]) => ({ en, zh })));
}
