// Names of severities and statuses in each report language.
import type { Lang } from '../i18n/bilingual.js';
import type { Status } from '../findings/finding.js';
import type { Severity } from '../rules/rule-schema.js';

const SEVERITY_NAMES: Record<Severity, { zh: string; en: string }> = {
  critical: { zh: '严重', en: 'CRITICAL' },
  high: { zh: '高', en: 'HIGH' },
  medium: { zh: '中', en: 'MEDIUM' },
  low: { zh: '低', en: 'LOW' },
  info: { zh: '提示', en: 'INFO' },
};

const STATUS_NAMES: Record<Status, { zh: string; en: string }> = {
  FAIL: { zh: '不合规', en: 'FAIL' },
  PASS: { zh: '合规', en: 'PASS' },
  NOT_EVALUATED: { zh: '未能评估', en: 'NOT EVALUATED' },
  MANUAL: { zh: '需人工核查', en: 'MANUAL CHECK' },
  SUPPRESSED: { zh: '已豁免', en: 'SUPPRESSED' },
};

export function severityName(severity: Severity, lang: Lang): string {
  return SEVERITY_NAMES[severity][lang];
}

export function statusName(status: Status, lang: Lang): string {
  return STATUS_NAMES[status][lang];
}
