// Matching names in code to manifest ids: the project file's mapping first, then the manifest's
// own ids compared loosely (case, separators, a plural s), so `Waybill`, `waybills` and
// `WAYBILL` all name the store `waybills` when nothing else is said.

export class NameMatcher {
  private readonly explicit = new Map<string, string>();
  private readonly implicit = new Map<string, string>();
  /** Answers already given: the same model or role name is matched for every query and route. */
  private readonly answers = new Map<string, { id: string; mapped: boolean } | undefined>();

  constructor(mapping: Record<string, string> | undefined, ids: Iterable<string>) {
    for (const [name, id] of Object.entries(mapping ?? {})) this.explicit.set(normaliseName(name), id);
    for (const id of ids) for (const form of forms(id)) if (!this.implicit.has(form)) this.implicit.set(form, id);
  }

  /** The manifest id a code name maps to, and whether the mapping said so. */
  match(name: string): { id: string; mapped: boolean } | undefined {
    if (this.answers.has(name)) return this.answers.get(name);
    const answer = this.find(name);
    this.answers.set(name, answer);
    return answer;
  }

  private find(name: string): { id: string; mapped: boolean } | undefined {
    for (const form of forms(name)) {
      const id = this.explicit.get(form);
      if (id !== undefined) return { id, mapped: true };
    }
    for (const form of forms(name)) {
      const id = this.implicit.get(form);
      if (id !== undefined) return { id, mapped: false };
    }
    return undefined;
  }
}

function forms(name: string): string[] {
  const n = normaliseName(name.split('.').pop() ?? name);
  const singular = n.endsWith('ies') ? `${n.slice(0, -3)}y` : n.endsWith('s') ? n.slice(0, -1) : n;
  return [...new Set([n, singular, `${singular}s`, n.replace(/(entity|model|schema|table)$/, '')])];
}

/** A manifest id made from a code name (the id pattern allows letters, digits and ._:/@+-). */
export function idFrom(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9\u4e00-\u9fff._:/@+-]+/g, '-').replace(/^[^A-Za-z0-9\u4e00-\u9fff]+/, '');
  return cleaned.length > 0 ? cleaned : 'x';
}

/** Identifier-like text of a name for matching: lower case, no separators. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]/g, '');
}
