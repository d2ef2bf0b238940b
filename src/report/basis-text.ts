// A legal basis as one line: instrument, provision, the kind of instrument, and a mark when the
// text was not verified against the instrument itself.
import type { Lang } from '../i18n/bilingual.js';
import type { Basis } from '../rules/rule-schema.js';

const KIND_NAMES: Record<Basis['kind'], { zh: string; en: string }> = {
  law: { zh: '法律', en: 'law' },
  regulation: { zh: '行政法规', en: 'regulation' },
  'departmental-rule': { zh: '部门规章', en: 'departmental rule' },
  'judicial-interpretation': { zh: '司法解释', en: 'judicial interpretation' },
  'national-standard': { zh: '国家标准', en: 'national standard' },
  'sector-standard': { zh: '行业标准', en: 'sector standard' },
  'international-standard': { zh: '国际参考', en: 'international reference' },
};

export function basisKindName(kind: Basis['kind'], lang: Lang): string {
  return KIND_NAMES[kind][lang];
}

export function basisText(basis: Basis, lang: Lang): string {
  const unverified = basis.verified ? '' : lang === 'zh' ? '，条文未核实' : ', text unverified';
  return `${basis.instrument} ${basis.provision} (${basisKindName(basis.kind, lang)}${unverified})`;
}
