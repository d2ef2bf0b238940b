// The comments `pipl-audit init` writes into the drafted project file and manifest, in the run's
// language: the headers, each `# TODO key: what to state` (the key stays as the manifest names
// it; the words after it are translated) and the notes on what the exports showed.
import type { Bilingual, Lang } from './bilingual.js';
import { coverageKindName } from './coverage-note-text.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const DRAFT_TEXT = {
  projectHeader: {
    en: [
      '# Drafted by `pipl-audit init`: every export found here, tied to the draft manifest. Fill in each',
      '# TODO (a key to state), then run `pipl-audit audit .`; facts left unstated are NOT_EVALUATED.',
      '# 由 pipl-audit init 生成：请补全每个 TODO 后运行 pipl-audit audit .',
    ],
    zh: [
      '# 由 `pipl-audit init` 起草：此处找到的每个导出均已列为源，并与草稿清单对应。',
      '# 请补全每个 TODO（一个待说明的键）后运行 `pipl-audit audit .`；未说明的事实将判为“未能评估”（NOT_EVALUATED）。',
    ],
  },
  manifestHeader: {
    en: [
      '# Draft manifest written by `pipl-audit init` from the exports: what they name is here; every',
      '# fact they do not state is a `# TODO key: …` to fill in (uncomment the key and give its value).',
      '# 草稿清单：导出中已有的内容已填入；导出无法说明的事实以 TODO 标出，请补全。',
    ],
    zh: [
      '# 由 `pipl-audit init` 根据导出起草的清单：导出中已有的内容已填入；',
      '# 导出无法说明的每项事实写作 `# TODO 键: …`，请补全（取消注释该键并填写其值）。',
    ],
  },
  noSources: { en: 'sources: no export was recognised here; add entries as `- { type: keycloak, path: realm-export.json }` (see docs/init.md)', zh: 'sources: 此处未识别出任何导出；请按 `- { type: keycloak, path: realm-export.json }` 的形式添加（见 docs/init.md）' },
  logins: (logins: string): Bilingual => ({ en: `logins: who uses each database login — ${logins} — as { usedBy: application | person, account: … }`, zh: `logins: 每个数据库登录名由谁使用（${logins}），写作 { usedBy: application | person, account: … }` }),
  casbinInterfaces: { en: 'interfaces: which Casbin object and action is each manifest interface, as { INTERFACE: { object: /api/…, action: GET } }', zh: 'interfaces: 清单中的每个接口对应哪个 Casbin 对象和操作，写作 { INTERFACE: { object: /api/…, action: GET } }' },
  perms: (screens: readonly string[]): Bilingual => {
    const shown = screens.slice(0, 10);
    const more = screens.length - shown.length;
    return {
      en: `perms: which permission string is which manifest interface, as { "module:screen:list": INTERFACE }${screens.length > 0 ? ` — named like PI screens: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : ''}`,
      zh: `perms: 每个权限字符串对应清单中的哪个接口，写作 { "module:screen:list": INTERFACE }${screens.length > 0 ? `；名称像个人信息页面的有：${shown.join('、')}${more > 0 ? ` 等（另有 ${more} 个）` : ''}` : ''}`,
    };
  },
  routes: { en: 'routes: which route is which manifest interface, as { "GET /path": INTERFACE }', zh: 'routes: 每个路由对应清单中的哪个接口，写作 { "GET /path": INTERFACE }' },
  alsoNotMapped: (counts: ReadonlyArray<[string, number]>): Bilingual => ({
    en: `also not mapped yet: ${counts.map(([kind, n]) => plural(n, kind.replace(/s$/, ''))).join(', ')}`,
    zh: `尚未映射的还有：${counts.map(([kind, n]) => `${n} 个${coverageKindName(kind, 'zh')}`).join('、')}`,
  }),
  systemDeclared: { en: 'system: declared in the manifests already in the folder', zh: 'system: 已在文件夹中现有的清单里声明' },
  systemName: { en: 'name: the system’s name as the organisation calls it ({ zh: …, en: … })', zh: 'name: 单位对该系统的称呼（{ zh: …, en: … }）' },
  sector: { en: 'sector: express | medical | finance | venue | retail | education | government | other', zh: 'sector: 所属行业：express | medical | finance | venue | retail | education | government | other' },
  individuals: { en: 'individuals: how many people’s PI the system holds', zh: 'individuals: 系统存有多少人的个人信息' },
  piOfficer: { en: 'piOfficer: { appointed: true | false }', zh: 'piOfficer: 是否已指定个人信息保护负责人：{ appointed: true | false }' },
  storesDeclared: { en: 'stores: every table with PI maps to a store the manifests already in the folder declare', zh: 'stores: 每张含个人信息的数据表均已对应到文件夹中现有清单声明的存储' },
  noStores: { en: 'stores: no database table with PI was found in the exports; declare the stores the system keeps (id, kind, fields with categories)', zh: 'stores: 导出中未发现含个人信息的数据表；请声明系统保存数据的存储（id、kind、fields 及其类别）' },
  copyOf: { en: 'copyOf: the store this table is a copy of (its name looks like a backup)', zh: 'copyOf: 该表是哪个存储的副本（其名称像备份表）' },
  records: { en: 'records: how many records the table holds', zh: 'records: 该表有多少条记录' },
  encryption: { en: 'encryption: { atRest: true | false, inTransit: true | false }', zh: 'encryption: 存储和传输是否加密：{ atRest: true | false, inTransit: true | false }' },
  retention: { en: 'retention: { period: P3Y, trigger: collection | last-activity | delivery | …, action: delete } — or none', zh: 'retention: 保存期限：{ period: P3Y, trigger: collection | last-activity | delivery | …, action: delete }，或 none' },
  deletionOnRequest: { en: 'deletionOnRequest: { by: operator | vendor | headquarters | nobody, withinDays: 15 }', zh: 'deletionOnRequest: 应个人请求删除由谁执行、多少天内完成：{ by: operator | vendor | headquarters | nobody, withinDays: 15 }' },
  noRoles: { en: 'roles: no role the manifests do not already declare was found in the exports; declare the roles people hold, with their grants', zh: 'roles: 导出中没有清单尚未声明的角色；请声明人员所持有的角色及其授权' },
  roleFrom: (source: string): Bilingual => ({ en: `from ${source}`, zh: `来自 ${source}` }),
  grants: { en: 'grants: [{ interface: …, actions: [read], scope: own | assigned | unit | organization | any }]', zh: 'grants: 该角色的授权：[{ interface: …, actions: [read], scope: own | assigned | unit | organization | any }]' },
  interfaces: { en: 'interfaces: the screens, APIs, exports and device functions data comes out of (kind, store, lookupKeys, returns, masked, rowLimit, rateLimit, logged)', zh: 'interfaces: 数据从哪些页面、API、导出功能和设备功能流出（kind、store、lookupKeys、returns、masked、rowLimit、rateLimit、logged）' },
  accountsImported: (n: number): Bilingual => ({ en: `The exports list ${plural(n, 'account')}; they are read from there, not repeated here.`, zh: `导出中列有 ${n} 个账号；从导出中读取，此处不再重复。` }),
  overlays: { en: 'overlays: which imported accounts are shared, service or third-party, and who left (overlays.accounts: [{ match: { id: … }, set: { type: shared, holders: 8 } }])', zh: 'overlays: 导入的账号中哪些是共用账号、服务账号或第三方账号，哪些人员已离职（overlays.accounts: [{ match: { id: … }, set: { type: shared, holders: 8 } }]）' },
  noAccounts: { en: 'accounts: the accounts people and applications log in with (no export lists them)', zh: 'accounts: 人员和应用程序登录所用的账号（没有导出列出它们）' },
  /** Why a column was taken for PI: by its name, its comment, sampled values; other categories it looks like. */
  columnEvidence: (column: { byName?: string; byComment?: string; byContent?: ReadonlyArray<{ hits: number; sampled: number; validator: string }> }, others: readonly string[]): Bilingual => {
    const en: string[] = [];
    const zh: string[] = [];
    if (column.byName !== undefined) {
      en.push(`name "${column.byName}"`);
      zh.push(`字段名“${column.byName}”`);
    }
    if (column.byComment !== undefined) {
      en.push(`comment "${column.byComment}"`);
      zh.push(`注释“${column.byComment}”`);
    }
    for (const c of column.byContent ?? []) {
      en.push(`${c.hits}/${c.sampled} sampled values pass ${c.validator}`);
      zh.push(`抽样 ${c.sampled} 个值中 ${c.hits} 个通过 ${c.validator} 校验`);
    }
    if (others.length > 0) {
      en.push(`also looks like ${others.join(', ')}`);
      zh.push(`也像 ${others.join('、')}`);
    }
    return { en: en.join('; '), zh: zh.join('；') };
  },
} satisfies Record<string, Bilingual | { en: string[]; zh: string[] } | ((...args: never[]) => Bilingual)>;

/** A text of the table in the language. */
export function draftText<T>(text: { en: T; zh: T }, lang: Lang): T {
  return text[lang];
}
