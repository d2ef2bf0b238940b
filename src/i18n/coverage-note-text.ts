// A coverage note (an export's object the mapping did not tie to the manifest) in the report's
// language: the importer writes the note in English and, for Chinese reports, in Chinese; the
// kind of object is named here.
import type { Lang } from './bilingual.js';

const KINDS: Record<string, string> = {
  role: '角色',
  user: '用户',
  users: '用户',
  table: '数据表',
  column: '字段',
  policy: '策略',
  object: '对象',
  subject: '主体',
  login: '数据库登录名',
  function: '函数',
  model: '模型',
  resource: '资源',
  rule: '规则',
  action: '操作',
  route: '路由',
  sql: 'SQL',
  statement: 'SQL 语句',
  file: '文件',
  perm: '权限',
  menu: '菜单',
  dept: '部门',
  config: '配置',
  export: '导出',
  bucket: '存储桶',
  principal: '主体',
  'password-policy': '密码策略',
  group: '群组',
  roles: '角色',
};

export function coverageKindName(kind: string, lang: Lang): string {
  return lang === 'zh' ? (KINDS[kind] ?? kind) : kind;
}

/**
 * A coverage note's name in the report's language. Most names are the export's own (a role key,
 * a table.column) and stay as written; an importer that sums up several objects names them with
 * a count in English (`2 other permissions`, `1 deleted user`), rendered here in Chinese.
 */
export function coverageNameText(note: { name: string }, lang: Lang): string {
  if (lang === 'en') return note.name;
  return note.name
    .replace(/^(\d+) deleted users?$/, '$1 个已删除用户')
    .replace(/^(\d+) other permissions?$/, '其他 $1 个权限')
    .replace(/^(\d+) departments?$/, '$1 个部门')
    .replace(/^(\d+) user\(s\): /, '$1 个用户：');
}

export function coverageNoteText(note: { note: string; noteZh?: string }, lang: Lang): string {
  return lang === 'zh' ? (note.noteZh ?? note.note) : note.note;
}

/** Coverage notes importers write in both languages where the text is long (importers keep the short ones inline). */
export const IMPORTER_NOTES = {
  ramPasswordPolicyMissing: {
    en: 'what the RAM password policy requires (length, character classes, expiry, lockout) is not in the bundle: add the response of `aliyun ram GetPasswordPolicy` as "GetPasswordPolicy"',
    zh: 'RAM 密码策略的要求（长度、字符类别、有效期、锁定）不在策略包中：请把 `aliyun ram GetPasswordPolicy` 的响应以 "GetPasswordPolicy" 加入',
  },
  camPasswordRulesNotRead: {
    en: 'what the CAM password rules require is not read (Tencent Cloud documents no API returning them): state them from the console’s security settings',
    zh: 'CAM 密码规则的要求未能读取（腾讯云未公开返回这些规则的 API）：请按控制台的安全设置在清单中说明',
  },
  ruoyiSecondConfig: (read: string) => ({
    en: `a second application configuration in one RuoYi source: only ${read} is read`,
    zh: `同一 RuoYi 源中的第二个应用配置文件：只读取 ${read}`,
  }),
};
