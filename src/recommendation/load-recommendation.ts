// Reads a recommendation file: YAML (or JSON) validated against the published schema, every
// problem reported with file, line and what was expected. Whether its rule ids exist can only
// be told against the packs in use, so that is a second step (checkRecommendationRules).
import { InputError, type Diagnostic } from '../inventory/diagnostic.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import { displayPathOf } from '../sources/discover-files.js';
import { readSourceDocument, type Position } from '../sources/source-document.js';
import { RecommendationSchema, type Recommendation } from './recommendation-schema.js';

export interface LoadedRecommendation {
  /** The file as shown to the user. */
  path: string;
  sha256: string;
  recommendation: Recommendation;
  /** Line and column of a JSON pointer in the file (nearest recorded ancestor). */
  locate(pointer: string): Position | undefined;
}

let validate: ReturnType<typeof compileSchema> | undefined;

export function loadRecommendation(fsPath: string, cwd: string): LoadedRecommendation {
  const document = readSourceDocument(fsPath, displayPathOf(fsPath, cwd));
  validate ??= compileSchema('document', RecommendationSchema);
  if (!validate(document.data)) {
    throw new InputError(problemsToDiagnostics(document.path, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  }
  const recommendation = document.data as Recommendation;
  const locate = (pointer: string) => document.locate([pointer]).get(pointer);
  const problems: Diagnostic[] = [];
  const seen = new Map<number, number>();
  recommendation.items.forEach((item, i) => {
    const at = (pointer: string) => ({ file: document.path, ...(locate(pointer) ?? {}), pointer });
    if (!item.requires.rules && !item.requires.themes) {
      problems.push({ severity: 'error', ...at(`/items/${i}/requires`), message: `item ${item.number} requires no rule`, expected: '`rules:` (rule ids) or `themes:` (or both)' });
    }
    const first = seen.get(item.number);
    if (first !== undefined) problems.push({ severity: 'error', ...at(`/items/${i}/number`), message: `item number ${item.number} is used twice (also item ${first + 1} in the list)`, expected: 'unique item numbers' });
    else seen.set(item.number, i);
  });
  if (problems.length > 0) throw new InputError(problems);
  return { path: document.path, sha256: document.sha256, recommendation, locate };
}

/**
 * Every rule id an item names must be a rule of the packs in use (the rules of the before or
 * after audit): a misspelt or retired id would otherwise make the item vacuously FIXED.
 */
export function checkRecommendationRules(loaded: LoadedRecommendation, knownRuleIds: ReadonlySet<string>, packsText: string): void {
  const problems: Diagnostic[] = [];
  loaded.recommendation.items.forEach((item, i) => {
    (item.requires.rules ?? []).forEach((id, j) => {
      if (knownRuleIds.has(id)) return;
      const pointer = `/items/${i}/requires/rules/${j}`;
      problems.push({
        severity: 'error',
        file: loaded.path,
        ...(loaded.locate(pointer) ?? {}),
        pointer,
        message: `item ${item.number} names rule "${id}", which is not a rule of the packs in use (${packsText})`,
        expected: 'a rule id listed by `pipl-audit rules list`',
      });
    });
  });
  if (problems.length > 0) throw new InputError(problems);
}
