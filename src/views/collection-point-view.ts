// One item per collection point: what is collected, whether it is sensitive or biometric, the
// notice and consent, and whether it reuses data collected for another purpose.
import type { Bilingual } from '../i18n/bilingual.js';
import type { ViewDefinition } from './view.js';

/** What a notice must state under PIPL Art. 17 (in this order), with names for messages. */
export const MANDATORY_NOTICE_ITEMS: ReadonlyArray<{ item: string; name: Bilingual }> = [
  { item: 'identity', name: { zh: '处理者名称或者姓名', en: 'identity of the processor' } },
  { item: 'contact', name: { zh: '联系方式', en: 'contact details' } },
  { item: 'purpose', name: { zh: '处理目的', en: 'purpose' } },
  { item: 'method', name: { zh: '处理方式', en: 'method of processing' } },
  { item: 'categories', name: { zh: '个人信息种类', en: 'categories of PI' } },
  { item: 'retention', name: { zh: '保存期限', en: 'retention period' } },
  { item: 'rights', name: { zh: '行使权利的方式和程序', en: 'how to exercise rights' } },
];

export const collectionPointView: ViewDefinition = {
  name: 'collection-point',
  reads: ['collectionPoints', 'stores'],
  description: 'every collection point with its categories, notice, consent, alternatives and reuse',
  statedBy: {
    '/alternatives': { manifest: 'collectionPoints[].alternatives', absent: 'alternatives: []', facts: ['/point/alternatives'] },
    '/collectionList': { manifest: 'collectionPoints[].notice.collectionList', absent: 'notice: { collectionList: false }', facts: ['/point/notice'] },
    '/collectsSensitive': { manifest: 'collectionPoints[].categories', facts: [] },
    '/missingNoticeItems': { manifest: 'collectionPoints[].notice.items', absent: 'notice: { provided: false }', facts: ['/point/notice'] },
    '/point/consent': { manifest: 'collectionPoints[].consent', absent: 'consent: none' },
    '/point/mandatory': { manifest: 'collectionPoints[].mandatory', absent: 'mandatory: false' },
    '/point/necessary': { manifest: 'collectionPoints[].necessary' },
    '/point/notice': { manifest: 'collectionPoints[].notice', absent: 'notice: { provided: false }' },
    '/point/subjects': { manifest: 'collectionPoints[].subjects' },
    '/point/guardianConsent': { manifest: 'collectionPoints[].guardianConsent', absent: 'guardianConsent: false' },
  },
  build({ index }) {
    const points = new Map(index.inventory.collectionPoints.map((p) => [p.id, p]));
    return index.inventory.collectionPoints.map((point) => {
      const notice = point.notice;
      const stated: readonly string[] | undefined = notice?.items;
      // Art. 17 items the notice leaves out: all of them when no notice is given; null when the
      // inventory does not say whether there is a notice, or which items a given notice states.
      const missing =
        notice === undefined ? null
        : !notice.provided ? [...MANDATORY_NOTICE_ITEMS]
        : stated === undefined ? null
        : MANDATORY_NOTICE_ITEMS.filter((m) => !stated.includes(m.item));
      return {
        key: point.id,
        label: point.id,
        subject: point,
        data: {
          point,
          categories: point.categories,
          sensitiveCategories: index.sensitive(point.categories),
          collectsSensitive: index.sensitive(point.categories).length > 0,
          biometric: point.categories.some((c) => c.startsWith('biometric')),
          reusedFrom: (point.reusedFrom && points.get(point.reusedFrom)) ?? null,
          // null when not stated (`alternatives: []` states that there is none).
          alternatives: point.alternatives ?? null,
          missingNoticeItems: missing?.map((m) => m.item) ?? null,
          missingNoticeItemNames: missing?.map((m) => m.name) ?? null,
          // Whether a list of the PI collected is published: false when no notice is given at
          // all; null when not stated.
          collectionList: notice === undefined ? null : !notice.provided ? false : (notice.collectionList ?? null),
        },
      };
    });
  },
};
