// The PI category taxonomy: hierarchical dot keys, which are sensitive (PIPL Art. 28), their
// financial grade (JR/T 0171-2020) and their volume class (2017 judicial interpretation Art. 5).
// Properties are inherited from the parent category unless a child overrides them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Bilingual } from '../i18n/bilingual.js';
import { compileSchema } from '../schema/compile-schema.js';
import { shippedDocument } from '../schema/shipped-documents.js';
import { TaxonomyFileSchema, type ProjectCategory } from './taxonomy-schema.js';

export type FinancialGrade = 'C1' | 'C2' | 'C3';
export type VolumeClass = 'whereabouts-credit-property' | 'health-transaction' | 'other';

export interface Category {
  key: string;
  name: Bilingual;
  sensitive: boolean;
  financialGrade?: FinancialGrade;
  volumeClass: VolumeClass;
  parent?: string;
  /** Where the classification comes from (law, article, standard), when the taxonomy says. */
  basis?: string;
  /** Added by the project (a manifest's `categories:`), not shipped. */
  project?: true;
}

interface RawCategory {
  name: Bilingual;
  sensitive?: boolean;
  financialGrade?: FinancialGrade;
  volumeClass?: VolumeClass;
  basis?: string;
  children?: Record<string, RawCategory>;
}

export const TAXONOMY_PATH = join(PACKAGE_ROOT, 'taxonomy', 'pi-categories.yaml');

export class Taxonomy {
  private readonly byKey = new Map<string, Category>();

  constructor(raw: { categories: Record<string, RawCategory> }) {
    const walk = (entries: Record<string, RawCategory>, parent: Category | undefined) => {
      for (const [name, entry] of Object.entries(entries)) {
        const key = parent ? `${parent.key}.${name}` : name;
        const category: Category = {
          key,
          name: entry.name,
          sensitive: entry.sensitive ?? parent?.sensitive ?? false,
          volumeClass: entry.volumeClass ?? parent?.volumeClass ?? 'other',
          ...(parent ? { parent: parent.key } : {}),
        };
        const grade = entry.financialGrade ?? parent?.financialGrade;
        if (grade) category.financialGrade = grade;
        const basis = entry.basis ?? parent?.basis;
        if (basis) category.basis = basis;
        this.byKey.set(key, category);
        if (entry.children) walk(entry.children, category);
      }
    };
    walk(raw.categories, undefined);
  }

  /**
   * This taxonomy with a project's own categories added (each under an existing or added parent,
   * none replacing a shipped key: the caller checks that first, see buildInventory).
   */
  extendedWith(extra: readonly ProjectCategory[]): Taxonomy {
    if (extra.length === 0) return this;
    const out = new Taxonomy({ categories: {} });
    for (const [key, category] of this.byKey) out.byKey.set(key, category);
    // Parents before children, whatever order the manifest lists them in.
    for (const c of [...extra].sort((a, b) => a.id.split('.').length - b.id.split('.').length)) {
      const parent = c.id.slice(0, c.id.lastIndexOf('.'));
      const category: Category = { key: c.id, name: c.name, sensitive: c.sensitive, volumeClass: c.volumeClass, parent, project: true };
      if (c.financialGrade) category.financialGrade = c.financialGrade;
      if (c.basis) category.basis = c.basis;
      out.byKey.set(c.id, category);
    }
    return out;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): Category | undefined {
    return this.byKey.get(key);
  }

  isSensitive(key: string): boolean {
    return this.byKey.get(key)?.sensitive ?? false;
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  categories(): Category[] {
    return [...this.byKey.values()];
  }

  /** Keys that are the given key or lie below it: `biometric` covers `biometric.face`. */
  isWithin(key: string, ancestor: string): boolean {
    return key === ancestor || key.startsWith(ancestor + '.');
  }
}

let shipped: Taxonomy | undefined;

export function loadTaxonomy(): Taxonomy {
  if (shipped) return shipped;
  const bytes = readFileSync(TAXONOMY_PATH);
  // Parsed and validated by the build when the file is unchanged since (shipped-documents.ts).
  let raw = shippedDocument('taxonomy', createHash('sha256').update(bytes).digest('hex'));
  if (raw === undefined) {
    raw = parse(bytes.toString('utf8'));
    const validate = compileSchema('document', TaxonomyFileSchema);
    // The shipped file is part of the package: a mistake in it is a defect, reported in full.
    if (!validate(raw)) throw new Error(`${TAXONOMY_PATH} is not a valid taxonomy: ${JSON.stringify(validate.errors)}`);
  }
  shipped = new Taxonomy(raw as { categories: Record<string, RawCategory> });
  return shipped;
}
