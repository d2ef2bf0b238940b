// Differential test: the scope the static extraction gives each (role, action, subject) of CASL
// rules written as TypeScript source equals what the real @casl/ability engine decides on the
// same rules. The rules are written once, as data; the test renders them as source for the
// scanner and feeds them to the engine (the rendered source itself is never run).
//
// Scope is checked on records: a stranger's record (no condition field matches the holder) is
// allowed only under scope any; a record of the holder's unit matches the holder on the unit
// fields; one assigned to the holder also on the assigned fields; the holder's own record on
// every tie field (one's own record is also in one's unit). The widest of these the engine allows
// must be the scope the scan reports, the fields tied to each scope being those the project
// file's scopeFields/ownerFields and the documented defaults give.
import { AbilityBuilder, createMongoAbility, subject, type MongoAbility } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { ScopeFields, type GrantScope, type ScopeOptions } from '../src/importers/typescript/grant-scope.js';
import { parseCodeFile } from '../src/importers/typescript/parse-code-file.js';
import { caslPermissions } from '../src/importers/typescript/resolve-permissions.js';

/** A condition value: the holder's attribute (`user.id`), one of a list (`$in: user.classIds`), or a constant. */
type Value = { eq: string } | { in: string } | { constant: string };
interface Rule {
  kind: 'can' | 'cannot';
  action: string;
  subject: string;
  fields?: string[];
  conditions?: Record<string, Value>;
}

const HOLDER = { id: 'u-1', classIds: ['c-7', 'c-9'], outletId: 'o-3', orgId: 'org-1', role: '' };
const STRANGER: Record<string, string> = { id: 'u-99', classIds: 'c-99', outletId: 'o-99', orgId: 'org-99' };

function renderValue(v: Value): string {
  if ('eq' in v) return `user.${v.eq}`;
  if ('in' in v) return `{ $in: user.${v.in} }`;
  return JSON.stringify(v.constant);
}

function renderRule(r: Rule): string {
  const args = [JSON.stringify(r.action), JSON.stringify(r.subject)];
  if (r.fields) args.push(JSON.stringify(r.fields));
  if (r.conditions) args.push(`{ ${Object.entries(r.conditions).map(([k, v]) => `${k}: ${renderValue(v)}`).join(', ')} }`);
  return `${r.kind}(${args.join(', ')});`;
}

/** An ability definition as real projects write it: an AbilityBuilder and a switch on the role. */
function source(byRole: Record<string, Rule[]>): string {
  const cases = Object.entries(byRole).map(([role, rules]) => `    case ${JSON.stringify(role)}:\n${rules.map((r) => `      ${renderRule(r)}`).join('\n')}\n      break;`);
  return [
    "import { AbilityBuilder, createMongoAbility } from '@casl/ability';",
    '',
    'export function defineAbilityFor(user: User) {',
    '  const { can, cannot, build } = new AbilityBuilder(createMongoAbility);',
    '  switch (user.role) {',
    ...cases,
    '  }',
    '  return build();',
    '}',
    '',
  ].join('\n');
}

function engineFor(rules: Rule[], user: typeof HOLDER): MongoAbility {
  const { can, cannot, build } = new AbilityBuilder<MongoAbility>(createMongoAbility);
  for (const r of rules) {
    const conditions = r.conditions
      ? Object.fromEntries(
          Object.entries(r.conditions).map(([k, v]) => [k, 'eq' in v ? (user as Record<string, unknown>)[v.eq] : 'in' in v ? { $in: (user as Record<string, unknown>)[v.in] } : v.constant]),
        )
      : undefined;
    const define = r.kind === 'can' ? can : cannot;
    if (r.fields && conditions) define(r.action, r.subject, r.fields, conditions);
    else if (r.fields) define(r.action, r.subject, r.fields);
    else if (conditions) define(r.action, r.subject, conditions);
    else define(r.action, r.subject);
  }
  return build();
}

const RECORD_CLASSES: GrantScope[] = ['own', 'assigned', 'unit', 'organization', 'any'];

/** The record of a class: tie fields of that scope and wider match the holder, the others a stranger; constants hold. */
function recordOf(cls: GrantScope, rules: Rule[], scopes: ScopeFields): Record<string, unknown> {
  const rank = RECORD_CLASSES.indexOf(cls);
  const record: Record<string, unknown> = {};
  for (const r of rules) {
    for (const [field, v] of Object.entries(r.conditions ?? {})) {
      if ('constant' in v) {
        record[field] = v.constant;
        continue;
      }
      // A field that ties nothing does not say whose record it is: the scan assumes a grant's
      // condition on it holds and an exception's (`cannot`) does not - the widest reading.
      const tie = scopes.of(field);
      const attribute = 'eq' in v ? v.eq : v.in;
      const inGrant = rules.some((x) => x.kind === 'can' && x.conditions?.[field] !== undefined);
      const matches = tie === undefined ? inGrant : RECORD_CLASSES.indexOf(tie) >= rank;
      const holderValue = (HOLDER as Record<string, unknown>)[attribute];
      record[field] = matches ? (Array.isArray(holderValue) ? holderValue[0] : holderValue) : STRANGER[attribute];
    }
  }
  return record;
}

function compare(byRole: Record<string, Rule[]>, options: ScopeOptions, subjects: string[], actions: string[]) {
  const facts = parseCodeFile('src/casl/ability.ts', source(byRole));
  expect(facts.syntaxErrors).toEqual([]);
  const scopes = new ScopeFields(options);
  const ours = caslPermissions(facts.grants, scopes);
  const differences: string[] = [];
  let checked = 0;
  for (const [role, rules] of Object.entries(byRole)) {
    const engine = engineFor(rules, { ...HOLDER, role });
    for (const subjectType of subjects) for (const action of actions) {
      const allowed = RECORD_CLASSES.filter((cls) => engine.can(action, subject(subjectType, recordOf(cls, rules, scopes))));
      const real = allowed.length === 0 ? 'none' : allowed[allowed.length - 1];
      // A `manage` or `all` permission is a grant on every action or subject (link-code-base.ts).
      const mine = (ours.find((p) => p.role === role && p.resource === subjectType && p.action === action) ?? ours.find((p) => p.role === role && [subjectType, 'all'].includes(p.resource) && [action, 'manage'].includes(p.action)))?.scope ?? 'none';
      checked++;
      if (real !== mine) differences.push(`${role} ${action} ${subjectType}: @casl/ability ${real}, static ${mine}`);
    }
  }
  return { checked, differences };
}

const SCHOOL: Record<string, Rule[]> = {
  parent: [
    { kind: 'can', action: 'read', subject: 'Student', conditions: { parentId: { eq: 'id' } } },
    { kind: 'can', action: 'read', subject: 'Attendance', conditions: { parentId: { eq: 'id' }, published: { constant: 'yes' } } },
  ],
  teacher: [
    { kind: 'can', action: 'read', subject: 'Student', conditions: { classId: { in: 'classIds' } } },
    { kind: 'can', action: 'update', subject: 'Attendance', conditions: { classId: { in: 'classIds' } } },
    { kind: 'can', action: 'read', subject: 'Attendance', conditions: { outletId: { eq: 'outletId' } } },
  ],
  frontDesk: [
    { kind: 'can', action: 'read', subject: 'Student', conditions: { outletId: { eq: 'outletId' } } },
    { kind: 'can', action: 'create', subject: 'Student' },
    { kind: 'can', action: 'update', subject: 'Student', conditions: { outletId: { eq: 'outletId' }, createdBy: { eq: 'id' } } },
  ],
  principal: [
    { kind: 'can', action: 'manage', subject: 'all', conditions: { orgId: { eq: 'orgId' } } },
    { kind: 'can', action: 'read', subject: 'Student' },
    { kind: 'cannot', action: 'read', subject: 'Student', fields: ['idCardNo'] },
  ],
  auditor: [
    { kind: 'can', action: 'read', subject: 'Attendance' },
    { kind: 'cannot', action: 'read', subject: 'Attendance', conditions: { classId: { in: 'classIds' } } },
    { kind: 'can', action: 'read', subject: 'Student', conditions: { outletId: { eq: 'outletId' } } },
    { kind: 'can', action: 'read', subject: 'Student', conditions: { parentId: { eq: 'id' } } },
  ],
};
const ACTIONS = ['read', 'create', 'update', 'delete'];
const SUBJECTS = ['Student', 'Attendance'];

describe('CASL: the scope the scan gives equals what @casl/ability decides', () => {
  it('with scopeFields from the project file (parentId own, classId assigned, outletId unit, orgId organization)', () => {
    const options = { scopeFields: { parentId: 'own', classId: 'assigned', outletId: 'unit', orgId: 'organization' } } as const;
    const { checked, differences } = compare(SCHOOL, options, SUBJECTS, ACTIONS);
    expect(checked).toBe(5 * 2 * 4);
    expect(differences).toEqual([]);
    // The cases the differential covers are the interesting ones, not only "none".
    const scopes = caslPermissions(parseCodeFile('a.ts', source(SCHOOL)).grants, new ScopeFields(options)).map((p) => `${p.role} ${p.action} ${p.resource} ${p.scope}`);
    expect(scopes).toEqual(expect.arrayContaining(['parent read Student own', 'teacher read Student assigned', 'frontDesk read Student unit', 'frontDesk update Student own', 'principal read Student any', 'principal manage all organization', 'auditor read Student unit']));
  });

  it('with the documented defaults only: parentId and classId tie nothing, outletId is unit, createdBy own', () => {
    const { differences } = compare(SCHOOL, {}, SUBJECTS, ACTIONS);
    expect(differences).toEqual([]);
    const scopes = caslPermissions(parseCodeFile('a.ts', source(SCHOOL)).grants).map((p) => `${p.role} ${p.action} ${p.resource} ${p.scope}`);
    expect(scopes).toEqual(expect.arrayContaining(['parent read Student any', 'teacher read Student any', 'frontDesk read Student unit', 'frontDesk update Student own']));
  });

  it('ownerFields makes a CASL condition scope own, as it ties a query to the caller; scopeFields any unties a default', () => {
    const options = { ownerFields: ['parentId'], scopeFields: { outletId: 'any' } } as const;
    const { differences } = compare(SCHOOL, options, SUBJECTS, ACTIONS);
    expect(differences).toEqual([]);
    const scopes = caslPermissions(parseCodeFile('a.ts', source(SCHOOL)).grants, new ScopeFields(options)).map((p) => `${p.role} ${p.action} ${p.resource} ${p.scope}`);
    expect(scopes).toEqual(expect.arrayContaining(['parent read Student own', 'frontDesk read Student any']));
  });
});
