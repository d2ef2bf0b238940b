// The heading under which a finding lists the other rules' FAILs folded into it: aspects of the
// same cause (src/findings/fold-aspects.ts), shown in every human format and kept whole in JSON.
// Rules are counted once each: a rule folded on several items (an interface-level rule into a
// system-wide one, `on: system`) is one rule with several findings, and the heading says both.
export function aspectsHeading(aspects: ReadonlyArray<{ ruleId: string }>, lang: 'zh' | 'en'): string {
  const count = new Set(aspects.map((a) => a.ruleId)).size;
  const items = aspects.length;
  if (lang === 'zh') return `同一原因的其他方面（另 ${count} 条规则不合规${items > count ? `，共 ${items} 项` : ''}，整改同一处）`;
  return `same cause, also failing ${count} other ${count === 1 ? 'rule' : 'rules'}${items > count ? ` on ${items} items` : ''} (fixed in the same place)`;
}

/** The aspects as one line of text (CSV cells, JUnit failure text): rule, severity, message and first place of each. */
export function aspectsText(aspects: ReadonlyArray<{ ruleId: string; severity: string; message: { zh: string; en: string }; evidence: ReadonlyArray<{ file: string; pointer: string; line?: number | undefined; column?: number | undefined }> }>, lang: 'zh' | 'en', severityName: (s: string) => string, place: (e: { file: string; pointer: string; line?: number | undefined; column?: number | undefined }) => string): string {
  return aspects
    .map((a) => {
      const at = a.evidence[0];
      return `${a.ruleId} (${severityName(a.severity)}): ${a.message[lang]}${at ? ` @ ${place(at)}` : ''}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}
