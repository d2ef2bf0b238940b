// A reach snapshot is the reviewed answer to "who can reach which PI", kept in the repository.
// Checking against it fails when access has widened — a subject reaching a category it did not,
// a wider scope, a new field or action — so a change that quietly opens the phone lookup to
// another role stops in CI until someone reviews and rewrites the snapshot. Narrowing passes and
// is listed. Every PI category is watched by default, not only PIPL Art. 28 sensitive ones: the
// courier case turned on phone numbers and addresses, which Art. 28 does not list but which
// locate a person; `watch: sensitive` narrows the check to Art. 28 categories. A path that
// exports or prints counts as export/print even when reached by a plain HTTP verb, and says why
// (output-actions.ts).
import { Type, type Static } from '@sinclair/typebox';
import { InputError } from '../inventory/diagnostic.js';
import { Scope } from '../inventory/manifest-schema.js';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import type { SourceDocument } from '../sources/source-document.js';
import { scopeRank } from '../views/scope.js';
import type { ReachEntry } from './reach-map.js';

export const SNAPSHOT_VERSION = 1;

const closed = { additionalProperties: false } as const;
const SnapshotEntrySchema = Type.Object(
  {
    subjectKind: Type.Union([Type.Literal('role'), Type.Literal('account-type'), Type.Literal('device-class'), Type.Literal('database-login')]),
    subject: Type.String(),
    category: Type.String(),
    sensitive: Type.Boolean({ description: 'PIPL Art. 28 sensitive category' }),
    scope: Scope,
    fields: Type.Array(Type.String()),
    actions: Type.Array(Type.String()),
    actionReasons: Type.Optional(
      Type.Array(Type.String(), { description: 'why an action the grants do not state is counted, e.g. "export: interface waybill-export is named \"export\"" (a path that exports reached by an HTTP verb)' }),
    ),
    paths: Type.Array(Type.String()),
  },
  closed,
);

export const ReachSnapshotSchema = Type.Object(
  {
    snapshotVersion: Type.Literal(SNAPSHOT_VERSION),
    system: Type.Union([Type.String(), Type.Null()]),
    entries: Type.Array(SnapshotEntrySchema),
  },
  { ...closed, $id: 'https://pipl-audit.dev/schemas/reach-snapshot-v1.json', title: 'pipl-audit reach snapshot' },
);
export type ReachSnapshot = Static<typeof ReachSnapshotSchema>;
type SnapshotEntry = ReachSnapshot['entries'][number];

export function snapshotOf(entries: ReachEntry[], system: string | null): ReachSnapshot {
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    system,
    entries: entries.map((e) => ({
      subjectKind: e.subjectKind,
      subject: e.subject,
      category: e.category,
      sensitive: e.sensitive,
      scope: e.scope,
      fields: e.fields,
      actions: e.actions,
      ...(e.actionReasons.length > 0 ? { actionReasons: e.actionReasons } : {}),
      paths: e.paths,
    })),
  };
}

let validate: ReturnType<typeof compileSchema> | undefined;

export function readSnapshot(document: SourceDocument): ReachSnapshot {
  const data = document.data as { snapshotVersion?: unknown } | null;
  if (typeof data === 'object' && data !== null && 'snapshotVersion' in data && data.snapshotVersion !== SNAPSHOT_VERSION) {
    throw new InputError([{ severity: 'error', file: document.path, ...(document.locate(['/snapshotVersion']).get('/snapshotVersion') ?? {}), pointer: '/snapshotVersion', message: `reach snapshot version ${String(data.snapshotVersion)} is not supported`, expected: `snapshotVersion ${SNAPSHOT_VERSION} (rewrite it with \`pipl-audit reach --snapshot write\`)` }]);
  }
  validate ??= compileSchema('document', ReachSnapshotSchema);
  if (!validate(document.data)) {
    throw new InputError(problemsToDiagnostics(document.path, describeSchemaErrors(validate.errors ?? []), (p) => document.locate(p)));
  }
  return document.data as ReachSnapshot;
}

export type ChangeKind = 'new-access' | 'wider-scope' | 'new-fields' | 'new-actions' | 'access-removed' | 'narrower-scope' | 'fields-removed' | 'actions-removed';

export type Watch = 'all' | 'sensitive';

export interface ReachChange {
  kind: ChangeKind;
  widening: boolean;
  sensitive: boolean;
  subjectKind: SnapshotEntry['subjectKind'];
  subject: string;
  category: string;
  before: { scope: string; fields: string[]; actions: string[] } | null;
  after: { scope: string; fields: string[]; actions: string[] } | null;
  /** The fields or actions added or removed, or the scopes compared. */
  detail: string[];
  /** How the subject now reaches the category (for a widening: the paths to review). */
  paths: string[];
  /** new-actions: why an added action is counted when no grant states it (a path that exports or prints). */
  reasons?: string[];
}

const keyOf = (e: SnapshotEntry) => `${e.subjectKind}\0${e.subject}\0${e.category}`;

export function compareSnapshots(reviewed: ReachSnapshot, current: ReachSnapshot, watch: Watch = 'all'): ReachChange[] {
  const watched = (e: SnapshotEntry) => watch === 'all' || e.sensitive;
  const before = new Map(reviewed.entries.filter(watched).map((e) => [keyOf(e), e]));
  const after = new Map(current.entries.filter(watched).map((e) => [keyOf(e), e]));
  const changes: ReachChange[] = [];
  const summary = (e: SnapshotEntry) => ({ scope: e.scope, fields: e.fields, actions: e.actions });
  const change = (kind: ChangeKind, widening: boolean, b: SnapshotEntry | undefined, a: SnapshotEntry | undefined, detail: string[]) => {
    const e = (a ?? b) as SnapshotEntry;
    changes.push({ kind, widening, sensitive: e.sensitive, subjectKind: e.subjectKind, subject: e.subject, category: e.category, before: b ? summary(b) : null, after: a ? summary(a) : null, detail, paths: a?.paths ?? [] });
  };
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) {
      change('new-access', true, undefined, a, a.fields);
      continue;
    }
    const rankA = scopeRank(a.scope) ?? 0;
    const rankB = scopeRank(b.scope) ?? 0;
    if (rankA > rankB) change('wider-scope', true, b, a, [b.scope, a.scope]);
    if (rankA < rankB) change('narrower-scope', false, b, a, [b.scope, a.scope]);
    const addedFields = a.fields.filter((f) => !b.fields.includes(f));
    const removedFields = b.fields.filter((f) => !a.fields.includes(f));
    const addedActions = a.actions.filter((x) => !b.actions.includes(x));
    const removedActions = b.actions.filter((x) => !a.actions.includes(x));
    if (addedFields.length > 0) change('new-fields', true, b, a, addedFields);
    if (removedFields.length > 0) change('fields-removed', false, b, a, removedFields);
    if (addedActions.length > 0) {
      change('new-actions', true, b, a, addedActions);
      const reasons = (a.actionReasons ?? []).filter((r) => addedActions.some((x) => r.startsWith(`${x}:`)));
      const last = changes[changes.length - 1];
      if (last && reasons.length > 0) last.reasons = reasons;
    }
    if (removedActions.length > 0) change('actions-removed', false, b, a, removedActions);
  }
  for (const [key, b] of before) if (!after.has(key)) change('access-removed', false, b, undefined, b.fields);
  return changes.sort((x, y) => Number(y.widening) - Number(x.widening) || x.subject.localeCompare(y.subject) || x.category.localeCompare(y.category) || x.kind.localeCompare(y.kind));
}
