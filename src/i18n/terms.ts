// Names, in both languages, of the enumerated values a manifest uses (scopes, consent kinds,
// account types …), so a message says "范围为任意人员" rather than "范围为 any".
import type { Lang } from './bilingual.js';

const TERMS: Record<string, { zh: string; en: string }> = {
  own: { zh: '本人', en: 'own' },
  assigned: { zh: '所分配业务', en: 'assigned' },
  unit: { zh: '本单位', en: 'unit' },
  organization: { zh: '全机构', en: 'whole organization' },
  any: { zh: '任意人员', en: 'anyone' },
  none: { zh: '无', en: 'none' },
  implied: { zh: '默示同意', en: 'implied consent' },
  bundled: { zh: '捆绑同意', en: 'bundled consent' },
  separate: { zh: '单独同意', en: 'separate consent' },
  guardian: { zh: '监护人同意', en: "guardian's consent" },
  'on-device': { zh: '设备端', en: 'on the device' },
  server: { zh: '服务器端', en: 'on a server' },
  personal: { zh: '个人账号', en: 'personal account' },
  shared: { zh: '共用账号', en: 'shared account' },
  service: { zh: '服务账号', en: 'service account' },
  default: { zh: '默认账号', en: 'default account' },
  'third-party': { zh: '第三方', en: 'third party' },
  'entrusted-processor': { zh: '受托处理者', en: 'entrusted processor' },
  affiliate: { zh: '关联方', en: 'affiliate' },
  employee: { zh: '员工', en: 'employee' },
  contractor: { zh: '外包人员', en: 'contractor' },
  partner: { zh: '合作方人员', en: 'partner staff' },
  outside: { zh: '外部人员', en: 'outsider' },
  leaver: { zh: '已离职人员', en: 'leaver' },
  operator: { zh: '运营方', en: 'the operator' },
  vendor: { zh: '供应商', en: 'the vendor' },
  headquarters: { zh: '总部', en: 'headquarters' },
  nobody: { zh: '无人', en: 'nobody' },
  permanent: { zh: '永久', en: 'permanent' },
  internal: { zh: '内部机构', en: 'an internal body' },
  'professional-firm': { zh: '专业机构', en: 'a professional firm' },
  http: { zh: 'HTTP 明文', en: 'plain HTTP' },
  plaintext: { zh: '明文', en: 'plaintext' },
};

/** The value's name in the language, or the value itself when it is not a known term. */
export function termName(value: string, lang: Lang): string {
  return TERMS[value]?.[lang] ?? value;
}
