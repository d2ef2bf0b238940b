// One item per collection point: what is collected, whether it is sensitive or biometric, the
// notice and consent, and whether it reuses data collected for another purpose.
import type { ViewDefinition } from './view.js';

export const collectionPointView: ViewDefinition = {
  name: 'collection-point',
  description: 'every collection point with its categories, notice, consent, alternatives and reuse',
  build({ index }) {
    const points = new Map(index.inventory.collectionPoints.map((p) => [p.id, p]));
    return index.inventory.collectionPoints.map((point) => ({
      key: point.id,
      label: point.id,
      subject: point,
      data: {
        point,
        categories: point.categories,
        sensitiveCategories: index.sensitive(point.categories),
        collectsSensitive: index.sensitive(point.categories).length > 0,
        biometric: point.categories.some((c) => c.startsWith('biometric')),
        noticeItems: point.notice?.items ?? [],
        reusedFrom: (point.reusedFrom && points.get(point.reusedFrom)) ?? null,
        alternatives: point.alternatives ?? [],
      },
    }));
  },
};
