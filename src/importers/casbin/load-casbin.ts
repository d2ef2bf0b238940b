// The Casbin importer's loader: checks the files form one source, has the model and policies
// evaluated in a worker thread with limits (run-casbin-import.ts → import-casbin.ts), and places
// the grants it gets back at their policy lines.
import { relative, sep } from 'node:path';
import { markAssumed } from '../../inventory/assumed-facts.js';
import { InputError } from '../../inventory/diagnostic.js';
import type { SourceRef } from '../../inventory/provenance.js';
import { PointerTable } from '../../sources/locator.js';
import type { SourceInput } from '../../sources/source-input.js';
import type { ImportContext, ImportResult } from '../importer.js';
import { isModelFile } from './casbin-files.js';
import { casbinLimits } from './casbin-limits.js';
import type { CasbinMapping } from './mapping-schema.js';
import { runCasbinImport } from './run-casbin-import.js';

/** Pointer of a line of a Casbin file; the files' PointerTables resolve it. */
export const linePointer = (line: number) => `/line/${line}`;

export async function loadCasbinSource(inputs: SourceInput[], context: ImportContext): Promise<ImportResult> {
  const models = inputs.filter(isModelFile);
  const policies = inputs.filter((i) => !isModelFile(i));
  const [modelInput] = models;
  if (!modelInput || models.length > 1) {
    const files = inputs.map((i) => i.path).join(', ');
    throw new InputError([{ severity: 'error', file: models[1]?.path ?? inputs[0]?.path ?? 'casbin', message: modelInput ? `a Casbin source has one model; found ${models.length}: ${models.map((m) => m.path).join(', ')}` : `Casbin policy without its model (${files})`, expected: 'one model (.conf with [request_definition]) and its policy files, in one folder or named together' }]);
  }
  const pending = runCasbinImport(
    {
      modelFile: modelInput.path,
      // Account ids name the model relative to the project, not to where pipl-audit runs.
      modelName: relative(context.baseDir, modelInput.fsPath).split(sep).join('/'),
      modelText: modelInput.text(),
      policies: policies.map((p) => ({ file: p.path, text: p.text() })),
      mapping: context.mapping as CasbinMapping,
      ...(context.mappingPlace ? { mappingPlace: context.mappingPlace } : {}),
      roleIds: context.declared.roles.map((r) => r.id),
      interfaceIds: context.declared.interfaces.map((i) => i.id),
      declaredAccounts: context.declared.accounts.map((a) => ({ id: a.id, roles: a.roles ?? [] })),
    },
    casbinLimits(context.options),
  );
  // The worker thread was handed its own copy of the texts: this thread's are let go while it
  // evaluates (a 2,000,000-line policy's text is 100 MB).
  for (const input of inputs) input.releaseDocument();
  const outcome = await pending;
  if (!outcome.ok) throw new InputError(outcome.diagnostics);

  const tables = new Map<string, PointerTable>();
  const record = (file: string, line: number, column: number) => {
    let table = tables.get(file);
    if (!table) tables.set(file, (table = new PointerTable(file)));
    table.record(linePointer(line), { line, column });
    return { file, pointer: linePointer(line) };
  };
  const grants = outcome.grants.map(({ role, grant, at }) => ({ role, grant, place: record(at.file, at.line, at.column) }));
  // Accounts are placed at the first g line naming their user.
  const places = new Map<object, SourceRef>();
  // A policy's g line names a user, not whether one person or a shift uses it: `type: personal`
  // and the holder are the importer's assumptions, which a manifest overlay replaces (the worker
  // thread's objects arrive as copies, so they are marked here).
  for (const { account, at } of outcome.accounts) {
    places.set(account, record(at.file, at.line, at.column));
    markAssumed(account, ['type', 'holders']);
  }
  return {
    manifest: { apiVersion: 'pipl-audit/v1', ...(outcome.accounts.length > 0 ? { accounts: outcome.accounts.map((a) => a.account) } : {}) },
    places,
    grants,
    locators: [...tables.values()],
    warnings: outcome.warnings,
    coverage: outcome.coverage,
    ...(outcome.undecided ? { undecided: outcome.undecided } : {}),
  };
}
