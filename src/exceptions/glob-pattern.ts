// The one pattern language of exception targets: `*` stands for any run of characters,
// everything else is literal, and the pattern must match the whole text.
//
// A pattern must be bounded: the text before its first `*` must name a whole item — at least
// one character, then a separator of target keys (`>`, `/`, `:`, `#`) — so that a glob covers
// the items under one named thing (`outlet-supervisor>*`, `courier-outlets/*`, `postgresql:*`)
// and never everything (`*`), nor everything whose name happens to start alike (`out*`), nor
// every role of an interface (`*>waybill-lookup`).

export function globToRegExp(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 's');
}

const BOUNDED_PREFIX = /^[^*]+[>/:#]/;

/** Whether a target pattern is bounded (no `*`, or a literal prefix ending in a separator before its first `*`). */
export function isBoundedTarget(pattern: string): boolean {
  const star = pattern.indexOf('*');
  return star === -1 || BOUNDED_PREFIX.test(pattern.slice(0, star));
}
