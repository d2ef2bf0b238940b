// The heading under which a finding lists the other rules' FAILs folded into it: aspects of the
// same cause (src/findings/fold-aspects.ts), shown in every human format and kept whole in JSON.
export function aspectsHeading(count: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `同一原因的其他方面（另 ${count} 条规则不合规，整改同一处）` : `same cause, also failing ${count} other ${count === 1 ? 'rule' : 'rules'} (fixed in the same place)`;
}
