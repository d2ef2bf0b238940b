// The PI category taxonomy: hierarchical dot keys, which are sensitive (PIPL Art. 28), their
// financial grade (JR/T 0171-2020) and their volume class (2017 judicial interpretation Art. 5).
// Properties are inherited from the parent category unless a child overrides them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Bilingual } from '../i18n/bilingual.js';

export type FinancialGrade = 'C1' | 'C2' | 'C3';
export type VolumeClass = 'whereabouts-credit-property' | 'health-transaction' | 'other';

export interface Category {
  key: string;
  name: Bilingual;
  sensitive: boolean;
  financialGrade?: FinancialGrade;
  volumeClass: VolumeClass;
  parent?: string;
}

interface RawCategory {
  name: Bilingual;
  sensitive?: boolean;
  financialGrade?: FinancialGrade;
  volumeClass?: VolumeClass;
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
        this.byKey.set(key, category);
        if (entry.children) walk(entry.children, category);
      }
    };
    walk(raw.categories, undefined);
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
  shipped ??= new Taxonomy(parse(readFileSync(TAXONOMY_PATH, 'utf8')) as { categories: Record<string, RawCategory> });
  return shipped;
}
