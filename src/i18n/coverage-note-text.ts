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
};

export function coverageKindName(kind: string, lang: Lang): string {
  return lang === 'zh' ? (KINDS[kind] ?? kind) : kind;
}

export function coverageNoteText(note: { note: string; noteZh?: string }, lang: Lang): string {
  return lang === 'zh' ? (note.noteZh ?? note.note) : note.note;
}
