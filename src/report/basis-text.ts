// A legal basis as one line: instrument, provision, the kind of instrument, and a mark when the
// text was not verified against the instrument itself.
import type { Lang } from '../i18n/bilingual.js';
import type { Basis } from '../rules/rule-schema.js';
import { LegalCitations, provisionPhrase } from './legal-citation.js';

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

/**
 * One basis as a line. In Chinese the citation takes legal Chinese form (《中华人民共和国个人信息保护法》
 * 第五十一条第（四）项); pass one LegalCitations per document so titles shorten after first mention.
 */
export function basisText(basis: Basis, lang: Lang, citations: LegalCitations = new LegalCitations()): string {
  if (lang === 'zh') {
    const phrase = provisionPhrase(basis.provision);
    const cited = citations.cite(basis.instrument, basis.provision) ?? `${basis.instrument} ${phrase ?? basis.provision}`;
    return `${cited}（${basisKindName(basis.kind, lang)}${basis.verified ? '' : '，条文未核实'}）`;
  }
  const unverified = basis.verified ? '' : ', text unverified';
  return `${basis.instrument} ${basis.provision} (${basisKindName(basis.kind, lang)}${unverified})`;
}
