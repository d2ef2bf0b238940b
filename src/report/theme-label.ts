// Names of the rule themes in each report language.
import type { Lang } from '../i18n/bilingual.js';
import type { Theme } from '../rules/rule-schema.js';

const THEME_NAMES: Record<Theme, { zh: string; en: string }> = {
  'query-rights': { zh: '查询权限', en: 'Query rights' },
  credentials: { zh: '账号与口令', en: 'Credentials' },
  devices: { zh: '终端设备', en: 'Devices' },
  'sensitive-pi': { zh: '敏感个人信息', en: 'Sensitive PI' },
  retention: { zh: '保存与删除', en: 'Retention and deletion' },
  provision: { zh: '对外提供', en: 'Provision to others' },
  logging: { zh: '审计日志', en: 'Audit logging' },
  notice: { zh: '告知', en: 'Notice' },
  'face-recognition': { zh: '人脸识别', en: 'Face recognition' },
  'sector-express': { zh: '快递行业', en: 'Express sector' },
  'sector-medical': { zh: '医疗行业', en: 'Medical sector' },
  'sector-finance': { zh: '金融行业', en: 'Finance sector' },
  'sector-venue': { zh: '场所经营', en: 'Venues' },
  organisation: { zh: '组织管理', en: 'Organisation' },
};

export function themeName(theme: Theme, lang: Lang): string {
  return THEME_NAMES[theme][lang];
}
