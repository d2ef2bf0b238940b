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

/**
 * What PIPL Art. 23 (a provision to another processor) and Art. 39 (a provision abroad) add: the
 * individual is told who receives the data. That is the provision's duty and may be met when the
 * data is provided, not only at collection: the collection notice must name the recipients only
 * where a flow providing the point's data to a separate processor (third party, affiliate) or
 * abroad states that the individuals are not told at provision (`recipientNotified: false`). A
 * flow that does not say leaves the question open (`recipientsTold` null), never a missing item.
 */
export const RECIPIENT_NOTICE_ITEM: { item: string; name: Bilingual } = { item: 'recipients', name: { zh: '接收方的名称和联系方式', en: "the recipients' names and contact details" } };

/** What PIPL Art. 30 adds to the notice where sensitive PI is processed. */
export const SENSITIVE_NOTICE_ITEMS: ReadonlyArray<{ item: string; name: Bilingual }> = [
  { item: 'necessity', name: { zh: '处理敏感个人信息的必要性', en: 'why processing the sensitive PI is necessary' } },
  { item: 'impact', name: { zh: '对个人权益的影响', en: 'the impact on the individual' } },
];

export const collectionPointView: ViewDefinition = {
  name: 'collection-point',
  reads: ['collectionPoints', 'stores', 'flows'],
  description: 'every collection point with its categories, notice, consent, alternatives and reuse',
  statedBy: {
    '/alternatives': { manifest: 'collectionPoints[].alternatives', absent: 'alternatives: []', facts: ['/point/alternatives'] },
    '/collectionList': { manifest: 'collectionPoints[].notice.collectionList', absent: 'notice: { collectionList: false }', facts: ['/point/notice'] },
    '/collectsSensitive': { manifest: 'collectionPoints[].categories', facts: [] },
    '/ordinaryCategories': { manifest: 'collectionPoints[].categories', facts: [] },
    '/missingNoticeItems': { manifest: 'collectionPoints[].notice.items', absent: 'notice: { provided: false }', facts: ['/point/notice', '/provisionFlows/*/recipientNotified'] },
    '/recipientsTold': {
      manifest: 'flows[].recipientNotified of the flows providing the point’s data to another processor or abroad, or collectionPoints[].notice.items (recipients) or notice.recipientList',
      absent: 'recipientNotified: false',
      facts: ['/provisionFlows/*/recipientNotified', '/point/notice'],
    },
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
      const sensitiveCategories = index.sensitive(point.categories);
      // Art. 17 items (and Art. 30's two more where sensitive PI is collected) the notice leaves
      // out: all of them when no notice is given; null when the inventory does not say whether
      // there is a notice, or which items a given notice states.
      // The flows providing this point's data (its stores, and its categories where the flow names
      // some) to a separate processor or abroad, whose recipients the individuals must be told
      // (PIPL Art. 23, 39): at collection or when the data is provided.
      const provisionFlows = index.inventory.flows.filter(
        (f) =>
          f.stores.some((s) => point.stores.includes(s)) &&
          (f.categories === undefined || f.categories.some((c) => point.categories.includes(c))) &&
          (f.recipient.kind === 'third-party' || f.recipient.kind === 'affiliate' || (f.recipient.country !== undefined && f.recipient.country.toUpperCase() !== 'CN')),
      );
      // A flow stating the individuals are not told at provision makes the recipients an item the
      // collection notice must state; one that does not say cannot (the notice may come then).
      const untold = provisionFlows.filter((f) => f.recipientNotified === false);
      const required = [
        ...MANDATORY_NOTICE_ITEMS,
        ...(sensitiveCategories.length > 0 ? SENSITIVE_NOTICE_ITEMS : []),
        ...(untold.length > 0 ? [RECIPIENT_NOTICE_ITEM] : []),
      ];
      // `recipientList`, where stated, says whether the notice names the recipients; otherwise
      // the stated items do.
      const states = (item: string): boolean => (item === RECIPIENT_NOTICE_ITEM.item && notice?.recipientList !== undefined ? notice.recipientList : (stated ?? []).includes(item));
      const missing =
        notice === undefined ? null
        : !notice.provided ? [...required]
        : stated === undefined ? null
        : required.filter((m) => !states(m.item));
      // Whether the individuals are told the recipients of every such flow: at collection (the
      // notice names them) or at provision (every flow states recipientNotified true); false where
      // a flow states they are not and the notice does not name them; null where it turns on a
      // flow that does not say, or on a notice whose items are not stated.
      const noticeNamesRecipients: boolean | null =
        notice === undefined ? null
        : !notice.provided ? false
        : notice.recipientList !== undefined ? notice.recipientList
        : stated === undefined ? null
        : stated.includes(RECIPIENT_NOTICE_ITEM.item);
      const recipientsTold: boolean | null =
        provisionFlows.every((f) => f.recipientNotified === true) || noticeNamesRecipients === true ? true
        : noticeNamesRecipients === null ? null
        : untold.length > 0 ? false
        : null;
      return {
        key: point.id,
        label: point.id,
        subject: point,
        data: {
          point,
          categories: point.categories,
          sensitiveCategories,
          // The categories that are not sensitive: what consent rules other than the sensitive
          // ones (PIPL-SPI-002's separate consent) have to judge.
          ordinaryCategories: point.categories.filter((c) => !sensitiveCategories.includes(c)),
          collectsSensitive: sensitiveCategories.length > 0,
          biometric: point.categories.some((c) => c.startsWith('biometric')),
          reusedFrom: (point.reusedFrom && points.get(point.reusedFrom)) ?? null,
          // null when not stated (`alternatives: []` states that there is none).
          alternatives: point.alternatives ?? null,
          missingNoticeItems: missing?.map((m) => m.item) ?? null,
          missingNoticeItemNames: missing?.map((m) => m.name) ?? null,
          // The flows providing the point's data to another processor or abroad (PIPL Art. 23, 39).
          provisionFlows,
          // The flows that make the recipients a notice item: they state the individuals are not told.
          providedBy: untold.map((f) => f.id),
          recipientsTold,
          // The one flow whose recipient is all the notice leaves out: Art. 23 and 39 ask the
          // provision itself to tell the individual the recipient and obtain a separate consent, so
          // that missing item is part of the provision's cause (PIPL-NOT-001 folds into
          // PIPL-PROV-001 on this flow). null where the notice misses anything else (the notice's
          // own gap, another fix), or the recipients of several flows (several provisions).
          recipientNoticeFlow: missing !== null && missing.length === 1 && missing[0] === RECIPIENT_NOTICE_ITEM && untold.length === 1 ? (untold[0]?.id ?? null) : null,
          // Whether a list of the PI collected is published: false when no notice is given at
          // all; null when not stated.
          collectionList: notice === undefined ? null : !notice.provided ? false : (notice.collectionList ?? null),
        },
      };
    });
  },
};
