// A grouped finding (one cause, many items) is shown by its count and its first few members;
// every member stays in the JSON report and as SARIF related locations.
import type { ReportFinding } from './report-schema.js';

export const MEMBER_EXAMPLES = 5;

type Members = NonNullable<ReportFinding['members']>;

export function memberExamples(members: Members): { shown: Members['items']; more: number } {
  const shown = members.items.slice(0, MEMBER_EXAMPLES);
  return { shown, more: members.count - shown.length };
}

export function membersHeading(members: Members, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `涉及 ${members.count} 项` : `${members.count} ${members.count === 1 ? 'item' : 'items'}`;
}

export function moreMembers(more: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `……另有 ${more} 项，见 JSON 报告的 members` : `… ${more} more in the JSON report's members`;
}
