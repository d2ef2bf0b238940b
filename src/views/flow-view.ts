// One item per flow of PI to a recipient: the categories that leave, whether any is sensitive,
// the impact assessment it rests on, and whether it crosses the border.
import { durationDays } from './duration.js';
import { unique } from './inventory-index.js';
import type { ViewDefinition } from './view.js';

export const flowView: ViewDefinition = {
  name: 'flow',
  description: 'every flow to a recipient with the categories it carries, its consent, contract, PIA and records',
  build({ index }) {
    const pias = new Map(index.inventory.impactAssessments.map((p) => [p.id, p]));
    return index.inventory.flows.map((flow) => {
      const held = unique(flow.stores.flatMap((id) => index.stores.get(id)?.categories ?? []));
      const categories = flow.categories ? held.filter((c) => flow.categories?.some((f) => c === f || c.startsWith(f + '.'))) : held;
      const retention = flow.records?.retention;
      // The PIA the flow names, and any PIA that lists the flow.
      const covering = index.inventory.impactAssessments.filter((p) => p.id === flow.impactAssessment || (p.flows ?? []).includes(flow.id));
      return {
        key: flow.id,
        label: `${flow.id} → ${flow.recipient.name}`,
        subject: flow,
        data: {
          flow,
          recipient: flow.recipient,
          categories,
          sensitiveCategories: index.sensitive(categories),
          reachesSensitive: index.sensitive(categories).length > 0,
          impactAssessment: (flow.impactAssessment && pias.get(flow.impactAssessment)) ?? null,
          crossBorder: flow.recipient.country !== undefined && flow.recipient.country.toUpperCase() !== 'CN',
          coveringAssessments: covering,
          assessmentCovers: [...new Set(covering.flatMap((p) => p.covers))].sort(),
          recordsRetentionDays: retention === undefined ? null : (durationDays(retention) ?? Number.MAX_SAFE_INTEGER),
        },
      };
    });
  },
};
